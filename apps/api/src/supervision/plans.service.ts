import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PlanLetterEntity } from '../../../../libs/persistence/src/entities/plan-letter.entity';
import { SupervisionPlanEntity } from '../../../../libs/persistence/src/entities/supervision-plan.entity';
import { SupervisionTaskEntity } from '../../../../libs/persistence/src/entities/supervision-task.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { assertUnitInScope, unitScope } from '../common/access';
import type { Actor } from '../common/actor';
import { AppError, invalid, notFound } from '../common/app-error';
import { CreatePlanDto, PlanLetterDto } from './dto/task.dto';

const planDto = (p: SupervisionPlanEntity) => ({ id: p.id, year: p.year, title: p.title, createdAt: p.createdAt.toISOString() });
const letterDto = (l: PlanLetterEntity) => ({ id: l.id, unitId: l.unitId, filename: l.filename, mediaType: l.mediaType, sizeBytes: l.sizeBytes, createdAt: l.createdAt.toISOString() });

/** Annual plans and their responsibility letters (责任书). */
@Injectable()
export class PlansService {
  constructor(private readonly dataSource: DataSource) {}

  async create(actor: Actor, dto: CreatePlanDto) {
    const repo = this.dataSource.getRepository(SupervisionPlanEntity);
    if (await repo.exists({ where: { year: dto.year, title: dto.title } })) throw new AppError('CONFLICT', `${dto.year} 年的工作计划“${dto.title}”已存在`);
    const plan = { id: randomUUID(), year: dto.year, title: dto.title, createdBy: actor.personId, createdAt: new Date() };
    await repo.insert(plan);
    return planDto(plan);
  }

  async list() {
    const plans = await this.dataSource.getRepository(SupervisionPlanEntity).find({ order: { year: 'DESC', title: 'ASC' } });
    return { items: plans.map(planDto) };
  }

  private async plan(id: string) {
    const plan = await this.dataSource.getRepository(SupervisionPlanEntity).findOne({ where: { id } });
    if (!plan) throw notFound('工作计划', id);
    return plan;
  }

  /** A scoped caller sees only the letters their own unit signed. */
  async get(actor: Actor, id: string) {
    const plan = await this.plan(id);
    const scope = unitScope(actor);
    const letters = await this.dataSource
      .getRepository(PlanLetterEntity)
      .find({ where: { planId: id, ...(scope !== null && { unitId: scope }) }, order: { createdAt: 'ASC' } });
    const tasks = await this.dataSource.getRepository(SupervisionTaskEntity).count({ where: { planId: id } });
    return { ...planDto(plan), tasks, letters: letters.map(letterDto) };
  }

  async attachLetter(actor: Actor, id: string, dto: PlanLetterDto) {
    await this.plan(id);
    if (dto.unitId && !(await this.dataSource.getRepository(UnitEntity).exists({ where: { id: dto.unitId } }))) throw invalid('unitId', '不是已知的单位');
    const bytes = Buffer.from(dto.contentBase64, 'base64');
    if (bytes.length === 0) throw invalid('contentBase64', '内容为空');
    const letter = {
      id: randomUUID(),
      planId: id,
      unitId: dto.unitId ?? null,
      filename: dto.filename,
      mediaType: dto.mediaType ?? 'application/octet-stream',
      sizeBytes: bytes.length,
      contentBase64: bytes.toString('base64'),
      uploadedBy: actor.personId,
      createdAt: new Date(),
    };
    await this.dataSource.getRepository(PlanLetterEntity).insert(letter);
    return letterDto(letter);
  }

  async letter(actor: Actor, id: string, letterId: string) {
    const letter = await this.dataSource.getRepository(PlanLetterEntity).findOne({ where: { id: letterId, planId: id } });
    if (!letter) throw notFound('责任书', letterId);
    assertUnitInScope(actor, letter.unitId);
    return letter;
  }
}
