import type { SelectQueryBuilder } from 'typeorm';
import type { SupervisionTaskEntity } from '../../../../libs/persistence/src/entities/supervision-task.entity';
import { isOpenTaskStatus, TASK_STATUSES } from '../../../../libs/domain/src/supervision/supervision-task';
import { unitScope } from '../common/access';
import type { Actor } from '../common/actor';
import { likeClause, likeLiteral } from '../common/paging';
import type { TaskFilterQuery } from './dto/task.dto';

const OPEN_STATUSES = TASK_STATUSES.filter(isOpenTaskStatus);

/** The ledger's filters on `t`, inside the caller's unit scope: one place for the table and its export. */
export function filterTasks(qb: SelectQueryBuilder<SupervisionTaskEntity>, actor: Actor, query: TaskFilterQuery): SelectQueryBuilder<SupervisionTaskEntity> {
  const scope = unitScope(actor);
  if (scope !== null) qb.andWhere('t.unit_id = :scope', { scope });
  if (query.unitId) qb.andWhere('t.unit_id = :unitId', { unitId: query.unitId });
  if (query.planId) qb.andWhere('t.plan_id = :planId', { planId: query.planId });
  if (query.status) qb.andWhere('t.status = :status', { status: query.status });
  if (query.open === true) qb.andWhere('t.status IN (:...open)', { open: OPEN_STATUSES });
  if (query.open === false) qb.andWhere('t.status NOT IN (:...open)', { open: OPEN_STATUSES });
  if (query.source) qb.andWhere('t.source = :source', { source: query.source });
  if (query.overdue !== undefined) qb.andWhere('t.overdue = :overdue', { overdue: query.overdue });
  if (query.dueFrom) qb.andWhere('t.due_on >= :dueFrom', { dueFrom: query.dueFrom });
  if (query.dueTo) qb.andWhere('t.due_on <= :dueTo', { dueTo: query.dueTo });
  if (query.q) qb.andWhere(likeClause('t.title', 'q'), { q: `%${likeLiteral(query.q)}%` });
  return qb;
}
