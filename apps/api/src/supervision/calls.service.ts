import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { nextCallStep, type CallAttempt } from '../../../../libs/domain/src/supervision/phone-dispatch';
import { CallAssignmentEntity } from '../../../../libs/persistence/src/entities/call-assignment.entity';
import { CallAttemptEntity } from '../../../../libs/persistence/src/entities/call-attempt.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { ApiContext } from '../api-context';
import { caseActor, type Actor } from '../common/actor';
import { AppError, invalid, notFound } from '../common/app-error';
import { callUpdateId, recordCallUpdate, type CallArgs } from '../../../../workflows/supervision/task.messages';
import { CallOutcomeDto, ListCallsQuery } from './dto/task.dto';
import { TaskWorkflows } from './task-workflows';

/**
 * Phone dispatch (电话调度): the calls planned by daily urging, and their outcomes. A call is the
 * coordinator's own record, written here; what it means for a task (its history, the leader told
 * after too many unanswered tries) is the task's workflow's to record.
 */
@Injectable()
export class CallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly context: ApiContext,
    private readonly tasks: TaskWorkflows,
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
    const assignment = await this.dataSource.getRepository(CallAssignmentEntity).findOne({ where: { id } });
    if (!assignment) throw notFound('电话督办', id);
    if (assignment.status !== 'open') throw new AppError('CALL_CLOSED', `该电话督办状态为 ${assignment.status}，不能再记录`);
    const previous = await this.dataSource.getRepository(CallAttemptEntity).find({ where: { assignmentId: id }, order: { attempt: 'ASC' } });
    const calledOn = shanghaiDate(new Date());
    const tried = (on: string, outcome: string): CallAttempt => ({ on, outcome: outcome === 'answered' ? 'reached' : 'unreachable' });
    const tries = [...previous.map((a) => tried(a.calledOn, a.outcome)), tried(calledOn, dto.outcome)];
    const next = nextCallStep(tries, { maxUnreachableTries: this.context.config.supervision.maxUnreachableTries });
    const call: CallArgs['call'] = {
      callId: id,
      attempt: previous.length + 1,
      outcome: dto.outcome,
      contactName: dto.contactName ?? null,
      summary: dto.summary ?? null,
      promisedOn: dto.promisedOn ?? null,
      next: next.action,
    };
    await this.tellTasks(actor, assignment, call, next.action === 'escalate_to_leader' ? { unreachableTries: next.unreachableTries, titles: assignment.items.map((i) => i.title) } : undefined);
    const change = next.action === 'retry' ? { callOn: next.on } : { status: next.action === 'done' ? 'done' : 'escalated' };
    const answer = { id, status: change.status ?? 'open', callOn: change.callOn ?? assignment.callOn, attempt: call.attempt, next: next.action };
    await this.dataSource.transaction(async (manager) => {
      // The same call posted twice at once reached the tasks once (one update id); it is stored once too.
      if (await manager.getRepository(CallAttemptEntity).exists({ where: { assignmentId: id, attempt: call.attempt } })) return;
      await manager.getRepository(CallAttemptEntity).insert({
        id: randomUUID(),
        assignmentId: id,
        attempt: call.attempt,
        calledOn,
        outcome: dto.outcome,
        contactName: call.contactName,
        summary: call.summary,
        promisedOn: call.promisedOn,
        calledBy: actor.personId,
        createdAt: new Date(),
      });
      await manager.getRepository(CallAssignmentEntity).update({ id }, change);
    });
    return answer;
  }

  /**
   * Each task's workflow enters the call in its history, and the first that takes it tells the
   * leader, before the call is stored: a call Temporal cannot take is refused whole (503), and
   * posting it again sends the same updates, which each workflow takes once.
   */
  private async tellTasks(actor: Actor, assignment: CallAssignmentEntity, call: CallArgs['call'], escalation?: CallArgs['escalation']): Promise<void> {
    let leaderToTell = escalation;
    for (const item of assignment.items) {
      try {
        await this.tasks.act(item.taskId, recordCallUpdate, { actor: caseActor(actor), call, ...(leaderToTell ? { escalation: leaderToTell } : {}) }, callUpdateId(call));
        leaderToTell = undefined;
      } catch (error) {
        // A task verified or cancelled since the call was planned has ended its workflow, and needs no more chasing.
        if (!(error instanceof AppError && error.code === 'TASK_CLOSED')) throw error;
      }
    }
  }
}
