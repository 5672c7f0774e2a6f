import type { DataSource } from 'typeorm';
import { describeCell, requestCellRef, reviewLitigationCellRef, type CellRef } from '../../../../libs/domain/src/annual-report/cell-ref';
import { isOutcomeCode, REQUEST_COLUMN_CODES, type RequestColumnCode, type RequestRowCode } from '../../../../libs/domain/src/annual-report/request-format';
import { REVIEW_LITIGATION_COLUMNS, type ReviewLitigationColumnCode } from '../../../../libs/domain/src/annual-report/review-litigation-format';
import { CASE_KINDS, CASE_KIND_CODES } from '../../../../libs/domain/src/annual-report/review-litigation-case';
import { InformationRequestEntity } from '../../../../libs/persistence/src/entities/information-request.entity';
import { ReviewLitigationCaseEntity } from '../../../../libs/persistence/src/entities/review-litigation-case.entity';
import { invalid } from '../common/app-error';
import { REQUEST_ROW_SQL, yearBounds } from './report-counts-query';

export interface CellRecords {
  cell: CellRef;
  /** 第三部分“…”行“…”列. */
  cellLabel: string;
  /** What the ids name: information requests (section 三) or review and litigation cases (四). */
  records: 'information_requests' | 'review_litigation_cases';
  count: number;
  ids: string[];
}

const REQUEST_ROW_CONDITIONS: Partial<Record<RequestRowCode, string>> = {
  new: REQUEST_ROW_SQL.new,
  carried_over_from_last_year: REQUEST_ROW_SQL.carried_over_from_last_year,
  total_handled: REQUEST_ROW_SQL.handled,
  carried_over_to_next_year: REQUEST_ROW_SQL.carried_over_to_next_year,
};

/**
 * The records one cell counts, by the same conditions the figures are aggregated with, so the
 * number of ids is the number in the cell. Rows are section 三's row codes (new, granted,
 * withheld.state_secret, total_handled…) or section 四's (review, direct_suit, suit_after_review).
 */
export async function cellRecords(dataSource: DataSource, year: number, row: string, column: string, unitId?: string): Promise<CellRecords> {
  const bounds = yearBounds(year);
  const caseKind = CASE_KIND_CODES.find((kind) => CASE_KINDS[kind].row === row);
  if (caseKind) {
    const columns = REVIEW_LITIGATION_COLUMNS.map((c) => c.code) as string[];
    if (!columns.includes(column)) throw invalid('column', `第四部分的列应为以下之一：${columns.join(', ')}`);
    const qb = dataSource.getRepository(ReviewLitigationCaseEntity).createQueryBuilder('c').select('c.id', 'id').where('c.year = :year', { year }).andWhere('c.kind = :kind', { kind: caseKind });
    if (column !== 'total') qb.andWhere('c.result = :result', { result: column });
    if (unitId !== undefined) qb.andWhere('c.related_request_id IN (SELECT q.id FROM information_requests q WHERE q.unit_id = :unitId)', { unitId });
    const ids = (await qb.orderBy('c.id').getRawMany<{ id: string }>()).map((r) => r.id);
    const cell = reviewLitigationCellRef(CASE_KINDS[caseKind].row, column as ReviewLitigationColumnCode);
    return { cell, cellLabel: describeCell(cell), records: 'review_litigation_cases', count: ids.length, ids };
  }
  const condition = REQUEST_ROW_CONDITIONS[row as RequestRowCode] ?? (isOutcomeCode(row) ? `${REQUEST_ROW_SQL.handled} AND r.outcome = :outcome` : null);
  if (!condition) throw invalid('row', '不是第三部分的行（如 new、granted、total_handled）或第四部分的行（review、direct_suit、suit_after_review）');
  if (!(REQUEST_COLUMN_CODES as readonly string[]).includes(column)) throw invalid('column', `第三部分的列应为以下之一：${REQUEST_COLUMN_CODES.join(', ')}`);
  const qb = dataSource.getRepository(InformationRequestEntity).createQueryBuilder('r').select('r.id', 'id').where(condition, { ...bounds, outcome: row });
  if (column !== 'total') qb.andWhere('r.requester_type = :column', { column });
  if (unitId !== undefined) qb.andWhere('r.unit_id = :unitId', { unitId });
  const ids = (await qb.orderBy('r.received_on').addOrderBy('r.number').getRawMany<{ id: string }>()).map((r) => r.id);
  const cell = requestCellRef(row as RequestRowCode, column as RequestColumnCode);
  return { cell, cellLabel: describeCell(cell), records: 'information_requests', count: ids.length, ids };
}
