import type { EntityManager } from 'typeorm';
import type { TimelinessCount } from '../../domain/src/supervision/quarterly-scoring';
import { quarterFirstDay, quarterLastDay, type Quarter } from '../../domain/src/supervision/quarter';

type ByUnit = Record<string, TimelinessCount>;

function byUnit(rows: { unitId: string; total: string | number; onTime: string | number }[]): ByUnit {
  // Counts arrive as text from PostgreSQL and as numbers from SQLite.
  return Object.fromEntries(rows.map((r) => [r.unitId, { total: Number(r.total), onTime: Number(r.onTime) }]));
}

/**
 * The two timeliness measures of the scoring formula, counted in the database per unit:
 * proactive documents whose publication deadline (art. 26) ran out in the quarter, and
 * information requests whose answer deadline (art. 33) ran out in it; on time when published
 * or answered on or before that day. Dates are ISO text in both databases, so they compare
 * as strings.
 */
export async function quarterTimeliness(manager: EntityManager, q: Quarter): Promise<{ signOffs: ByUnit; requests: ByUnit }> {
  const period = { from: quarterFirstDay(q), to: quarterLastDay(q) };
  const signOffs = await manager
    .createQueryBuilder()
    .select('d.unit_id', 'unitId')
    .addSelect('COUNT(*)', 'total')
    .addSelect('SUM(CASE WHEN d.published_on IS NOT NULL AND d.published_on <= d.publication_due_on THEN 1 ELSE 0 END)', 'onTime')
    .from('documents', 'd')
    .where('d.publication_due_on >= :from AND d.publication_due_on <= :to', period)
    .groupBy('d.unit_id')
    .getRawMany();
  const requests = await manager
    .createQueryBuilder()
    .select('r.unit_id', 'unitId')
    .addSelect('COUNT(*)', 'total')
    .addSelect('SUM(CASE WHEN r.answered_on IS NOT NULL AND r.answered_on <= r.due_on THEN 1 ELSE 0 END)', 'onTime')
    .from('information_requests', 'r')
    .where('r.due_on >= :from AND r.due_on <= :to', period)
    .groupBy('r.unit_id')
    .getRawMany();
  return { signOffs: byUnit(signOffs), requests: byUnit(requests) };
}
