import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { nextCallStep, type CallAttempt } from '../../../../libs/domain/src/supervision/phone-dispatch';
import { taskMail } from '../../../../libs/domain/src/supervision/task-mail';
import { queueMail } from '../../../../libs/mail/src/outbox';
import { CallAssignmentEntity } from '../../../../libs/persistence/src/entities/call-assignment.entity';
import { CallAttemptEntity } from '../../../../libs/persistence/src/entities/call-attempt.entity';
import { TaskHistoryEntity } from '../../../../libs/persistence/src/entities/task-history.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { ApiContext } from '../api-context';
import type { Actor } from '../common/actor';
import { AppError, invalid, notFound } from '../common/app-error';
import { CallOutcomeDto, ListCallsQuery } from './dto/task.dto';

/**
 * Phone dispatch (电话调度): the calls planned by daily urging, and their outcomes. A call is the
 * coordinator's own record, not a task's state, so it is written here; each call also enters the
 * history of every task it was about.
 */
@Injectable()
export class CallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly context: ApiContext,
  ) {}

  async list(query: ListCallsQuery) {
    const on = query.on ?? shanghaiDate(new Date());
    const status = query.status ?? 'open';
    const where = status === 'open' ? { status, callOn: LessThanOrEqual(on) } : { status };
    const [rows, total] = await this.dataSource.getRepository(CallAssignmentEntity).findAndCount({
      where,
      order: { callOn: 'ASC', plannedOn: 'ASC', key: 'ASC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const unitIds = [...new Set(rows.map((r) => r.unitId))];
    const units = new Map((unitIds.length ? await this.dataSource.getRepository(UnitEntity).find({ where: { id: In(unitIds) } }) : []).map((u) => [u.id, u]));
    const attempts = rows.length ? await this.dataSource.getRepository(CallAttemptEntity).find({ where: { assignmentId: In(rows.map((r) => r.id)) }, order: { attempt: 'ASC' } }) : [];
    return {
      items: rows.map((a) => ({
        id: a.id,
        unitId: a.unitId,
        unitName: units.get(a.unitId)?.name ?? null,
        phone: units.get(a.unitId)?.contactPhone ?? null,
        plannedOn: a.plannedOn,
        callOn: a.callOn,
        status: a.status,
        items: a.items,
        attempts: attempts.filter((t) => t.assignmentId === a.id).map(({ assignmentId: _, calledBy: __, createdAt, ...t }) => ({ ...t, createdAt: createdAt.toISOString() })),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
      /** After this many unreachable tries the unit's leader is told (SUPERVISION_MAX_UNREACHABLE_TRIES). */
      maxUnreachableTries: this.context.config.supervision.maxUnreachableTries,
    };
  }

  async recordOutcome(actor: Actor, id: string, dto: CallOutcomeDto) {
    if (dto.outcome === 'answered' && !dto.contactName) throw invalid('contactName', '电话接通时必须填写');
    if (dto.outcome === 'answered' && !dto.summary) throw invalid('summary', '电话接通时必须填写');
    const today = shanghaiDate(new Date());
    return this.dataSource.transaction(async (manager) => {
      const assignments = manager.getRepository(CallAssignmentEntity);
      const assignment = await assignments.findOne({ where: { id } });
      if (!assignment) throw notFound('电话督办', id);
      if (assignment.status !== 'open') throw new AppError('CALL_CLOSED', `该电话督办状态为 ${assignment.status}，不能再记录`);
      const previous = await manager.getRepository(CallAttemptEntity).find({ where: { assignmentId: id }, order: { attempt: 'ASC' } });
      const attempt = {
        id: randomUUID(),
        assignmentId: id,
        attempt: previous.length + 1,
        calledOn: today,
        outcome: dto.outcome,
        contactName: dto.contactName ?? null,
        summary: dto.summary ?? null,
        promisedOn: dto.promisedOn ?? null,
        calledBy: actor.personId,
        createdAt: new Date(),
      };
      await manager.getRepository(CallAttemptEntity).insert(attempt);
      const tries: CallAttempt[] = [...previous, attempt].map((a) => ({ on: a.calledOn, outcome: a.outcome === 'answered' ? 'reached' : 'unreachable' }));
      const next = nextCallStep(tries, { maxUnreachableTries: this.context.config.supervision.maxUnreachableTries });
      const change = next.action === 'retry' ? { callOn: next.on } : { status: next.action === 'done' ? 'done' : 'escalated' };
      await assignments.update({ id }, change);

      const history = manager.getRepository(TaskHistoryEntity);
      const occurredAt = attempt.createdAt.toISOString();
      const data = { callId: id, attempt: attempt.attempt, outcome: dto.outcome, contactName: attempt.contactName, summary: attempt.summary, promisedOn: attempt.promisedOn, next: next.action };
      for (const item of assignment.items) {
        await history.insert({ taskId: item.taskId, key: `call:${attempt.id}`, event: 'call', actorId: actor.personId, actorName: actor.name, actorRole: 'coordinator', occurredAt, data: data as never });
      }
      if (next.action === 'escalate_to_leader') {
        const unit = await manager.getRepository(UnitEntity).findOneByOrFail({ id: assignment.unitId });
        const to = unit.leaderEmail ? [unit.leaderEmail] : unit.contactEmails;
        const text = taskMail.callsUnanswered(unit.name, next.unreachableTries, assignment.items.map((i) => i.title));
        if (to.length) await queueMail(manager, { key: `${assignment.key}:escalated`, to, cc: unit.leaderEmail ? unit.contactEmails : [], ...text });
      }
      return { id, status: change.status ?? 'open', callOn: change.callOn ?? assignment.callOn, attempt: attempt.attempt, next: next.action };
    });
  }
}
