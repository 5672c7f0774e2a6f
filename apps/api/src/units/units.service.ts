import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { PersonEntity } from '../../../../libs/persistence/src/entities/person.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { assertUnitInScope, unitScope } from '../common/access';
import type { Actor } from '../common/actor';
import { AppError, invalid, notFound } from '../common/app-error';
import { containsText, Page } from '../common/paging';
import { CreateUnitDto, ListUnitsQuery, UnitDto, UpdateUnitDto } from './dto/unit.dto';
import { activeUnit } from './active-unit';

export function toUnitDto(unit: UnitEntity): UnitDto {
  return {
    id: unit.id,
    name: unit.name,
    parentId: unit.parentId,
    contactEmails: unit.contactEmails,
    contactPhone: unit.contactPhone,
    leaderEmail: unit.leaderEmail,
    active: unit.active,
    createdAt: unit.createdAt.toISOString(),
    updatedAt: unit.updatedAt.toISOString(),
  };
}

@Injectable()
export class UnitsService {
  constructor(private readonly dataSource: DataSource) {}

  private get units() {
    return this.dataSource.getRepository(UnitEntity);
  }

  async list(actor: Actor, query: ListUnitsQuery): Promise<Page<UnitDto>> {
    const where: FindOptionsWhere<UnitEntity> = {};
    const scope = unitScope(actor);
    if (scope !== null) where.id = scope;
    if (query.active !== undefined) where.active = query.active;
    if (query.parentId) where.parentId = query.parentId;
    if (query.q) where.name = containsText(query.q);
    const [rows, total] = await this.units.findAndCount({
      where,
      order: { name: 'ASC', id: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return { items: rows.map(toUnitDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<UnitDto> {
    const unit = await this.units.findOne({ where: { id } });
    if (!unit) throw notFound('单位', id);
    assertUnitInScope(actor, unit.id);
    return toUnitDto(unit);
  }

  async create(dto: CreateUnitDto): Promise<UnitDto> {
    await this.assertNameFree(dto.name);
    if (dto.parentId) await this.activeParent(dto.parentId);
    const now = new Date();
    const unit = await this.units.save({
      id: randomUUID(),
      name: dto.name,
      parentId: dto.parentId ?? null,
      contactEmails: (dto.contactEmails ?? []).map((e) => e.toLowerCase()),
      contactPhone: dto.contactPhone ?? null,
      leaderEmail: dto.leaderEmail?.toLowerCase() ?? null,
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    return toUnitDto(unit);
  }

  async update(id: string, dto: UpdateUnitDto): Promise<UnitDto> {
    const unit = await this.units.findOne({ where: { id } });
    if (!unit) throw notFound('单位', id);
    if (dto.name !== undefined && dto.name !== unit.name) await this.assertNameFree(dto.name);
    if (dto.parentId) {
      await this.activeParent(dto.parentId);
      await this.assertNoCycle(id, dto.parentId);
    }
    const changes: Partial<UnitEntity> = { updatedAt: new Date() };
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.parentId !== undefined) changes.parentId = dto.parentId;
    if (dto.contactEmails !== undefined) changes.contactEmails = dto.contactEmails.map((e) => e.toLowerCase());
    if (dto.contactPhone !== undefined) changes.contactPhone = dto.contactPhone;
    if (dto.leaderEmail !== undefined) changes.leaderEmail = dto.leaderEmail?.toLowerCase() ?? null;
    await this.units.update({ id }, changes);
    return toUnitDto(await this.units.findOneOrFail({ where: { id } }));
  }

  /** Deactivated, never deleted: tasks, trails and reports keep pointing at it. */
  async setActive(id: string, active: boolean): Promise<UnitDto> {
    const unit = await this.units.findOne({ where: { id } });
    if (!unit) throw notFound('单位', id);
    if (!active) {
      const children = await this.units.count({ where: { parentId: id, active: true } });
      if (children > 0) throw new AppError('CONFLICT', `该单位有 ${children} 个在用的下级单位，请先停用或移走`);
      const people = await this.dataSource.getRepository(PersonEntity).count({ where: { unitId: id, active: true } });
      if (people > 0) throw new AppError('CONFLICT', `该单位有 ${people} 名在用人员，请先停用或移走`);
    } else if (unit.parentId) {
      await this.activeParent(unit.parentId);
    }
    await this.units.update({ id }, { active, updatedAt: new Date() });
    return toUnitDto(await this.units.findOneOrFail({ where: { id } }));
  }

  private async assertNameFree(name: string): Promise<void> {
    if (await this.units.exists({ where: { name } })) {
      throw new AppError('CONFLICT', `名为“${name}”的单位已存在`, [{ field: 'name', reason: '已被占用' }]);
    }
  }

  private async activeParent(parentId: string): Promise<UnitEntity> {
    return activeUnit(this.dataSource, parentId, 'parentId');
  }

  private async assertNoCycle(id: string, parentId: string): Promise<void> {
    let cursor: string | null = parentId;
    for (let depth = 0; cursor !== null && depth < 1000; depth++) {
      if (cursor === id) throw invalid('parentId', '会使该单位成为自己的上级');
      const next: UnitEntity | null = await this.units.findOne({ where: { id: cursor }, select: { id: true, parentId: true } });
      cursor = next?.parentId ?? null;
    }
  }
}
