import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { CASE_KINDS, CASE_RESULTS, type CaseKind, type CaseResult } from '../../../../libs/domain/src/annual-report/review-litigation-case';
import { InformationRequestEntity } from '../../../../libs/persistence/src/entities/information-request.entity';
import { ReviewLitigationCaseEntity } from '../../../../libs/persistence/src/entities/review-litigation-case.entity';
import { writeInOpenYear } from '../annual-reports/year-lock';
import { seesAllUnits } from '../common/access';
import type { Actor } from '../common/actor';
import { AppError, invalid, notFound } from '../common/app-error';
import type { Page } from '../common/paging';
import type { CaseDto, CreateCaseDto, ListCasesQuery, UpdateCaseResultDto } from './dto/review-litigation-case.dto';

function toCaseDto(c: ReviewLitigationCaseEntity): CaseDto {
  return {
    id: c.id,
    kind: c.kind,
    kindLabel: CASE_KINDS[c.kind as CaseKind]?.label ?? c.kind,
    year: c.year,
    result: c.result,
    resultLabel: CASE_RESULTS[c.result as CaseResult] ?? c.result,
    relatedRequestId: c.relatedRequestId,
    reference: c.reference,
    summary: c.summary,
    filedOn: c.filedOn,
    decidedOn: c.decidedOn,
    createdBy: c.createdBy,
    updatedBy: c.updatedBy,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** A decision date belongs to a decided case, and lies in the past. */
function checkDecision(result: CaseResult, decidedOn: string | undefined): void {
  if (decidedOn === undefined) return;
  if (result === 'pending') throw invalid('decidedOn', '尚未审结的案件没有审结日期');
  if (decidedOn > shanghaiDate(new Date())) throw invalid('decidedOn', `${decidedOn} 是将来的日期`);
}

@Injectable()
export class ReviewLitigationService {
  constructor(private readonly dataSource: DataSource) {}

  private get cases() {
    return this.dataSource.getRepository(ReviewLitigationCaseEntity);
  }

  async create(actor: Actor, dto: CreateCaseDto): Promise<CaseDto> {
    const result = dto.result ?? 'pending';
    checkDecision(result, dto.decidedOn);
    const related = dto.relatedRequestId
      ? await this.dataSource.getRepository(InformationRequestEntity).findOne({ select: { id: true, unitId: true }, where: { id: dto.relatedRequestId } })
      : null;
    if (dto.relatedRequestId && !related) throw invalid('relatedRequestId', '不是已知的政府信息公开申请');
    const now = new Date();
    const id = randomUUID();
    await writeInOpenYear(this.dataSource, { year: dto.year, change: '登记该年的行政复议、行政诉讼案件', unitId: related?.unitId ?? null }, (manager) =>
      manager.getRepository(ReviewLitigationCaseEntity).insert({
      id,
      kind: dto.kind,
      year: dto.year,
      result,
      relatedRequestId: dto.relatedRequestId ?? null,
      reference: dto.reference?.trim() || null,
      summary: dto.summary?.trim() || null,
      filedOn: dto.filedOn ?? null,
      decidedOn: dto.decidedOn ?? null,
      createdBy: actor.personId,
      updatedBy: actor.personId,
      createdAt: now,
      updatedAt: now,
      }),
    );
    return toCaseDto(await this.cases.findOneOrFail({ where: { id } }));
  }

  /** A case belongs to a unit through the request it is about, as the unit's report counts it. */
  private async unitOfCase(found: ReviewLitigationCaseEntity): Promise<string | null> {
    if (!found.relatedRequestId) return null;
    const request = await this.dataSource.getRepository(InformationRequestEntity).findOne({ select: { id: true, unitId: true }, where: { id: found.relatedRequestId } });
    return request?.unitId ?? null;
  }

  /** Organisation-wide readers see every case; a unit's people see the cases about their unit's requests. */
  async list(actor: Actor, query: ListCasesQuery): Promise<Page<CaseDto>> {
    const qb = this.cases.createQueryBuilder('c');
    if (!seesAllUnits(actor)) {
      qb.innerJoin(InformationRequestEntity, 'r', 'r.id = c.related_request_id').andWhere('r.unit_id = :own', { own: actor.unitId ?? '' });
    }
    if (query.year !== undefined) qb.andWhere('c.year = :year', { year: query.year });
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.result) qb.andWhere('c.result = :result', { result: query.result });
    const [rows, total] = await qb
      .orderBy('c.year', 'DESC')
      .addOrderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toCaseDto), total, page: query.page, pageSize: query.pageSize };
  }

  async updateResult(actor: Actor, id: string, dto: UpdateCaseResultDto): Promise<CaseDto> {
    const found = await this.cases.findOne({ where: { id } });
    if (!found) throw notFound('复议诉讼案件', id);
    checkDecision(dto.result, dto.decidedOn);
    if (dto.decidedOn && found.filedOn && dto.decidedOn < found.filedOn) {
      throw new AppError('VALIDATION_FAILED', `decidedOn：${dto.decidedOn} 早于立案日期（${found.filedOn}）`, [
        { field: 'decidedOn', reason: `早于立案日期（${found.filedOn}）` },
      ]);
    }
    const decidedOn = dto.result === 'pending' ? null : (dto.decidedOn ?? found.decidedOn);
    await writeInOpenYear(this.dataSource, { year: found.year, change: '修改该年案件的结果', unitId: await this.unitOfCase(found) }, (manager) =>
      manager.getRepository(ReviewLitigationCaseEntity).update({ id }, { result: dto.result, decidedOn, updatedBy: actor.personId, updatedAt: new Date() }),
    );
    return toCaseDto(await this.cases.findOneOrFail({ where: { id } }));
  }
}
