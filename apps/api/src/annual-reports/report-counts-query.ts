import type { EntityManager } from 'typeorm';
import type { ReportCounts } from '../../../../libs/domain/src/annual-report/figures-from-counts';
import { InformationRequestEntity } from '../../../../libs/persistence/src/entities/information-request.entity';
import { ReviewLitigationCaseEntity } from '../../../../libs/persistence/src/entities/review-litigation-case.entity';

export const yearBounds = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31` });

/**
 * The request conditions of section 三's rows, on civil dates (YYYY-MM-DD text compares as
 * dates). Carry-over is read from the dates, so no job has to run at the year end: open at
 * the start of the year = received before it and not answered before it.
 */
export const REQUEST_ROW_SQL = {
  new: 'r.received_on BETWEEN :start AND :end',
  carried_over_from_last_year: 'r.received_on < :start AND (r.answered_on IS NULL OR r.answered_on >= :start)',
  handled: 'r.answered_on BETWEEN :start AND :end',
  carried_over_to_next_year: 'r.received_on <= :end AND (r.answered_on IS NULL OR r.answered_on > :end)',
} as const;

/**
 * Two grouped scans of information_requests (one for rows 一, 二, 四 by requester type, one for
 * the results by requester type and outcome) and one of the cases: the database adds, only
 * the groups come back, however many requests there are.
 */
export async function countReportRecords(db: EntityManager, year: number, unitId?: string): Promise<ReportCounts> {
  const bounds = yearBounds(year);
  const requests = () => {
    const qb = db.getRepository(InformationRequestEntity).createQueryBuilder('r');
    if (unitId !== undefined) qb.andWhere('r.unit_id = :unitId', { unitId });
    return qb;
  };
  const flag = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
  const rows = await requests()
    .select('r.requester_type', 'requester_type')
    .addSelect(flag(REQUEST_ROW_SQL.new), 'received')
    .addSelect(flag('r.received_on < :start'), 'carried_in')
    .addSelect(flag('r.answered_on IS NULL OR r.answered_on > :end'), 'carried_out')
    .andWhere('r.received_on <= :end AND (r.answered_on IS NULL OR r.answered_on >= :start)', bounds)
    .groupBy('r.requester_type')
    .getRawMany<{ requester_type: string; received: string | number; carried_in: string | number; carried_out: string | number }>();
  const outcomes = await requests()
    .select('r.requester_type', 'requester_type')
    .addSelect('r.outcome', 'outcome')
    .addSelect('COUNT(*)', 'count')
    .andWhere(REQUEST_ROW_SQL.handled, bounds)
    .groupBy('r.requester_type')
    .addGroupBy('r.outcome')
    .getRawMany<{ requester_type: string; outcome: string | null; count: string | number }>();
  const cases = db
    .getRepository(ReviewLitigationCaseEntity)
    .createQueryBuilder('c')
    .select('c.kind', 'kind')
    .addSelect('c.result', 'result')
    .addSelect('COUNT(*)', 'count')
    .where('c.year = :year', { year });
  if (unitId !== undefined) {
    // A case belongs to a unit through the request it is about.
    cases.andWhere('c.related_request_id IN (SELECT q.id FROM information_requests q WHERE q.unit_id = :unitId)', { unitId });
  }
  const caseRows = await cases.groupBy('c.kind').addGroupBy('c.result').getRawMany<{ kind: string; result: string; count: string | number }>();
  // PostgreSQL returns SUM and COUNT as bigint text.
  return {
    requesters: rows.map((r) => ({
      requesterType: r.requester_type,
      received: Number(r.received),
      carriedIn: Number(r.carried_in),
      carriedOut: Number(r.carried_out),
    })),
    outcomes: outcomes.map((r) => ({ requesterType: r.requester_type, outcome: r.outcome ?? 'null', count: Number(r.count) })),
    cases: caseRows.map((r) => ({ kind: r.kind, result: r.result, count: Number(r.count) })),
  };
}
