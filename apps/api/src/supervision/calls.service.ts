import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, IsNull, LessThanOrEqual } from 'typeorm';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { nextCallStep, type CallAttempt } from '../../../../libs/domain/src/supervision/phone-dispatch';
import { CallAssignmentEntity } from '../../../../libs/persistence/src/entities/call-assignment.entity';
import { CallAttemptEntity } from '../../../../libs/persistence/src/entities/call-attempt.entity';
import { PersonEntity } from '../../../../libs/persistence/src/entities/person.entity';
import { SupervisionTaskEntity } from '../../../../libs/persistence/src/entities/supervision-task.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { isUniqueViolation } from '../../../../libs/persistence/src/unique-violation';
import { isClosedTaskStatus, type TaskStatus } from '../../../../libs/domain/src/supervision/supervision-task';
import { ApiContext } from '../api-context';
import { PeriodicPass } from '../common/periodic-pass';
import type { Actor } from '../common/actor';
import { AppError, invalid, notFound } from '../common/app-error';
import { callUpdateId, recordCallUpdate, type CallArgs } from '../../../../workflows/supervision/task.messages';
import { CallOutcomeDto, ListCallsQuery } from './dto/task.dto';
import { TaskWorkflows } from './task-workflows';
import { WorkflowGateway } from '../workflow-gateway/workflow-gateway';

/** How long the coordinator waits for the tasks to take a call; what Temporal has not taken by then the next pass tells. */
const TELL_NOW_MS = 5000;

/**
 * Phone dispatch (电话调度): the calls planned by daily urging, and their outcomes. A call is the
 * coordinator's own record, stored here first; what it means for a task (its history, the leader
 * told after too many unanswered tries) is the task's workflow's to record, told after the call is
 * stored and again by a pass until every open task has it.
 */
@Injectable()
export class CallsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('Calls');
  private readonly pass = new PeriodicPass(() => this.tellAll());

  constructor(
    private readonly dataSource: DataSource,
    private readonly context: ApiContext,
    private readonly tasks: TaskWorkflows,
    private readonly workflows: WorkflowGateway,
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
    const stored = await this.dataSource
      .transaction(async (manager) => {
        const assignments = manager.getRepository(CallAssignmentEntity);
        const assignment = await assignments.findOne({ where: { id } });
        if (!assignment) throw notFound('电话督办', id);
        if (assignment.status !== 'open') throw new AppError('CALL_CLOSED', `该电话督办状态为 ${assignment.status}，不能再记录`);
        const previous = await manager.getRepository(CallAttemptEntity).find({ where: { assignmentId: id }, order: { attempt: 'ASC' } });
        const attempt: CallAttemptEntity = {
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
          toldAt: null,
        };
        await manager.getRepository(CallAttemptEntity).insert(attempt);
        const next = this.nextStep([...previous, attempt]);
        const change = next.action === 'retry' ? { callOn: next.on } : { status: next.action === 'done' ? 'done' : 'escalated' };
        await assignments.update({ id }, change);
        return { id, status: change.status ?? 'open', callOn: change.callOn ?? assignment.callOn, attempt: attempt.attempt, next: next.action, attemptId: attempt.id };
      })
      .catch((error: unknown) => {
        // Two coordinators recording the same try at once (PostgreSQL): the second is told, nothing of it stored.
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', '该电话督办刚刚被他人记录了结果，请刷新后再记录');
        throw error;
      });
    const { attemptId, ...answer } = stored;
    // Stored, the call is the coordinator's record; the tasks' histories follow now, or from the next pass.
    await this.workflows.within(TELL_NOW_MS, () => this.tell(attemptId)).catch((error: Error) => this.log.warn(`call ${attemptId} is stored but not yet in its tasks' histories: ${error.message}`));
    return answer;
  }

  private nextStep(attempts: Pick<CallAttemptEntity, 'calledOn' | 'outcome'>[]) {
    const tries: CallAttempt[] = attempts.map((a) => ({ on: a.calledOn, outcome: a.outcome === 'answered' ? 'reached' : 'unreachable' }));
    return nextCallStep(tries, { maxUnreachableTries: this.context.config.supervision.maxUnreachableTries });
  }

  /**
   * Enters a stored call in the history of each task it was about, through the task's workflow,
   * the leader's email with it after too many unanswered tries (one key for the assignment, so it
   * goes once whichever task sends it). A task closed since the call was planned is left out;
   * any other refusal leaves the call to the next pass, and each workflow takes a call once.
   */
  private async tell(attemptId: string): Promise<void> {
    const attempts = this.dataSource.getRepository(CallAttemptEntity);
    const attempt = await attempts.findOneByOrFail({ id: attemptId });
    if (attempt.toldAt) return;
    const assignment = await this.dataSource.getRepository(CallAssignmentEntity).findOneByOrFail({ id: attempt.assignmentId });
    const upTo = await attempts.find({ where: { assignmentId: assignment.id, attempt: LessThanOrEqual(attempt.attempt) }, order: { attempt: 'ASC' } });
    const next = this.nextStep(upTo);
    const call: CallArgs['call'] = {
      callId: assignment.id,
      attempt: attempt.attempt,
      outcome: attempt.outcome as CallArgs['call']['outcome'],
      contactName: attempt.contactName,
      summary: attempt.summary,
      promisedOn: attempt.promisedOn,
      next: next.action,
    };
    const unit = await this.dataSource.getRepository(UnitEntity).findOneByOrFail({ id: assignment.unitId });
    const escalation: CallArgs['escalation'] =
      next.action === 'escalate_to_leader'
        ? { mailKey: `${assignment.key}:escalated`, unitId: unit.id, unitName: unit.name, unreachableTries: next.unreachableTries, titles: assignment.items.map((i) => i.title) }
        : undefined;
    const caller = await this.dataSource.getRepository(PersonEntity).findOneByOrFail({ id: attempt.calledBy });
    const actor = { id: caller.id, name: caller.name, email: caller.email, roles: caller.roles, unitId: caller.unitId };
    for (const item of assignment.items) {
      try {
        await this.tasks.act(item.taskId, recordCallUpdate, { actor, call, ...(escalation ? { escalation } : {}) }, callUpdateId(call));
      } catch (error) {
        const task = await this.dataSource.getRepository(SupervisionTaskEntity).findOne({ where: { id: item.taskId }, select: { id: true, status: true } });
        if (!task || !isClosedTaskStatus(task.status as TaskStatus)) throw error;
      }
    }
    await attempts.update({ id: attempt.id }, { toldAt: new Date() });
  }

  /** Tells the calls stored but not yet in their tasks' histories, oldest first; returns how many are left. */
  tellPending(): Promise<number> {
    return this.pass.now();
  }

  private async tellAll(): Promise<number> {
    const pending = await this.dataSource.getRepository(CallAttemptEntity).find({ where: { toldAt: IsNull() }, select: { id: true }, order: { createdAt: 'ASC' } });
    let left = 0;
    for (const { id } of pending) left += await this.tell(id).then(() => 0, () => 1);
    return left;
  }

  onApplicationBootstrap(): void {
    this.pass.every(this.context.config.temporal.pendingStartIntervalMs);
  }

  onModuleDestroy(): Promise<void> {
    return this.pass.stop();
  }
}
