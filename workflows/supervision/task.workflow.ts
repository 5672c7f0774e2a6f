import { continueAsNew, setHandler, workflowInfo } from '@temporalio/workflow';
import { CaseKernel, stepActivities, SYSTEM, type EntryActor } from '../shared/case-kernel';
import { refuse } from '../shared/rule-guard';
import type { Recipient, StepMail } from '../../libs/contracts/src/step-mail';
import type { OrderChange, TaskActivities, TaskHistoryContent, TaskInput, TaskProjection, TaskState, TaskStep } from '../../libs/contracts/src/supervision-activities';
import type { Actor } from '../../libs/domain/src/registry/actor';
import { taskRole } from '../../libs/domain/src/supervision/task-actor';
import { followCalendar, type CalendarChange } from '../shared/calendar-feed';
import { dueTimes, parseDueSpec } from '../../libs/domain/src/calendar/due-spec';
import { shanghaiDate, shanghaiInstant } from '../../libs/domain/src/calendar/iso-date';
import type { WorkingDayCalendar } from '../../libs/domain/src/calendar/working-day-calendar';
import type { DeadlineMove } from '../../libs/contracts/src/calendar-activities';
import { TaskChangeRefusedError, TaskExtensionDeciderError, TaskExtensionStateError, TaskTransitionIncompleteError, TaskTransitionNotAllowedError } from '../../libs/domain/src/supervision/errors';
import { DEFAULT_SUPERVISION_ORDER_CONFIG, SUPERVISION_ORDER_LEVEL_NAMES } from '../../libs/domain/src/supervision/supervision-order';
import type { SupervisionRuleCode } from '../../libs/domain/src/supervision/supervision-rule-codes';
import { isClosedTaskStatus, isOpenTaskStatus } from '../../libs/domain/src/supervision/supervision-task';
import { recountTaskDue, taskDueDate, taskDueFromDate, taskDueFromLimit, taskTimes, type TaskDue } from '../../libs/domain/src/supervision/task-due';
import { checkDueChange, checkExtensionDecider, extensionToDecide, requestExtension } from '../../libs/domain/src/supervision/task-due-change';
import { applyTaskAction, newTaskLifecycle, type TaskAction } from '../../libs/domain/src/supervision/task-lifecycle';
import { movedInActions, type MovedInTask } from '../../libs/domain/src/supervision/moved-in-task';
import { taskMail, type TaskMailText } from '../../libs/domain/src/supervision/task-mail';
import { checkTransfer } from '../../libs/domain/src/supervision/task-transfer';
import { orderActionDemanded, orderReplyBy } from '../../libs/domain/src/supervision/order-wording';
import {
  cancelTaskUpdate,
  changeDueUpdate,
  decideExtensionUpdate,
  progressUpdate,
  recordCallUpdate,
  replyToOrderUpdate,
  requestExtensionUpdate,
  returnTaskUpdate,
  startTaskUpdate,
  submitTaskUpdate,
  transferTaskUpdate,
  taskStatusQuery,
  verifyTaskUpdate,
  type ActorArgs,
  type CallArgs,
  type ProgressArgs,
  type DueDateArgs,
  type ExtensionRequestArgs,
  type TransferArgs,
} from './task.messages';
import { workflowNow } from '../shared/workflow-clock';

const { recordTaskStep, issueSupervisionOrder } = stepActivities<TaskActivities>();

/** A reminder this late, with a later step already due, is news to nobody: it is skipped. */
const STALE_REMINDER_MS = 60_000;

/** A refusal of the task's own, with a code of the supervision rules. */
const refuseTask: (code: SupervisionRuleCode, message: string, field?: string | null) => never = refuse;

/**
 * One supervised task, from assignment to verification: the unit's actions and the office's
 * verdicts arrive as updates checked against the lifecycle; reminders, the overdue notice, a
 * supervision order and its escalation follow the time limit on the working-day calendar; every
 * step is written by one idempotent activity whose history numbers come from here.
 */
export async function taskWorkflow(input: TaskInput): Promise<TaskState> {
  const feed = followCalendar((next) => impactUnder(next), (change) => calendarChanged(change), () => state);
  let calendar = feed.current();
  const { task, timing } = input;
  const state: TaskState = input.resume?.state ?? {
    lifecycle: newTaskLifecycle(),
    overdue: false,
    evidenceLinks: [],
    evidenceFileIds: [],
    sentNotices: [],
    order: null,
  };
  const kernel = new CaseKernel({
    numbers: input.resume ?? { seq: 0 },
    mailKeyPrefix: `task:${task.taskId}`,
    ruleErrors: [TaskTransitionNotAllowedError, TaskTransitionIncompleteError, TaskChangeRefusedError, TaskExtensionStateError, TaskExtensionDeciderError],
    timers: 'per-wait',
  });
  const guard = <T>(check: () => T) => kernel.guard(check);

  let times = taskTimes(state.due ?? task.due, timing, calendar);
  const facts = { title: task.title, unitName: state.unit?.name ?? task.unitName, dueOn: taskDueDate(times) };
  const now = () => workflowNow();
  const today = () => shanghaiDate(now());
  const unitId = () => state.unit?.id ?? task.unitId;
  /** The unit in charge and, until a transfer, the task's owner in it. */
  const owner = state.unit ? null : task.owner;
  let unit: Recipient[] = [{ unitContactsOf: unitId() }, ...(owner ? [{ email: owner.email, name: owner.name }] : [])];
  let leader: Recipient[] = [{ unitLeaderOf: unitId() }];
  const mail = (key: string, to: Recipient[], text: TaskMailText, cc?: Recipient[]): StepMail => kernel.mail(key, to, text, cc);

  /** Tasks and circulars started before there was one Actor carry the history's role itself; later ones the person's roles. */
  const acting = (actor: Actor | EntryActor): EntryActor => ('role' in actor ? actor : { id: actor.id, name: actor.name, role: taskRole(actor.roles) });
  function entry(event: string, actor: Actor | EntryActor, data: Record<string, unknown> = {}): TaskHistoryContent {
    return { ...kernel.stamp(acting(actor)), event, data };
  }

  function projection(): TaskProjection {
    const l = state.lifecycle;
    return {
      status: l.status,
      overdue: state.overdue,
      submissions: l.submissions,
      submittedOn: l.submittedOn,
      verifiedOn: l.verifiedOn,
      returnReason: l.returnReason,
      evidenceNote: l.note,
      evidenceLinks: state.evidenceLinks,
      evidenceFileIds: state.evidenceFileIds,
      ...(state.due ? { dueOn: facts.dueOn, dueAt: new Date(times.dueAt).toISOString() } : {}),
      ...(state.unit ? { unitId: state.unit.id, ownerId: null } : {}),
    };
  }

  /** Queues the step's writes in order: history numbers must reach the database in sequence. */
  function record(history: TaskHistoryContent[], mails: StepMail[] = [], order?: OrderChange): Promise<void> {
    return kernel.record(
      (stepSeq): TaskStep => ({ taskId: task.taskId, stepSeq, projection: projection(), history, mails, ...(order ? { order } : {}) }),
      recordTaskStep,
    );
  }

  const assigned = () => {
    const recorded = record([entry('assigned', task.createdBy, { dueOn: facts.dueOn, unitId: task.unitId, ownerId: task.owner?.id ?? null })], [mail('assigned', unit, taskMail.assigned(facts))]);
    if (task.movedIn) return movedIn(task.movedIn);
    if (!task.underWay) return recorded;
    state.lifecycle = applyTaskAction(state.lifecycle, { type: 'start', on: today() });
    return record([entry('started', task.createdBy, { imported: true })]);
  };
  /**
   * A submission (and its return) the old way of working had, recorded on its own days by whoever
   * moved the task in; the unit learns of the task by its assignment alone, as nothing here is news.
   */
  function movedIn(moved: MovedInTask): Promise<void> {
    const history = movedInActions(moved).map((action) => {
      state.lifecycle = applyTaskAction(state.lifecycle, action);
      const l = state.lifecycle;
      return action.type === 'submit'
        ? entry('submitted', task.createdBy, { note: l.note, links: [], fileIds: [], late: action.on > facts.dueOn, submission: l.submissions, imported: true, on: action.on })
        : entry('returned', task.createdBy, { reason: l.returnReason, imported: true, on: action.on });
    });
    return record(history);
  }
  if (!input.resume) void (feed.loaded ? feed.loaded.then(assigned) : assigned());

  const recount = (next: WorkingDayCalendar) => {
    const due = recountTaskDue(state.due ?? task.due, facts.dueOn, next);
    return { due, dueOn: taskDueDate(taskTimes(due, timing, next)) };
  };
  /** An order's reply time from its issue, by level unless configured; escalated a working day after. */
  const replySpec = timing.orderReplyWithin ?? `${DEFAULT_SUPERVISION_ORDER_CONFIG.replyWorkingDays[timing.orderLevel]}wd`;
  const replyInWorkingDays = parseDueSpec(replySpec)?.kind === 'working_days';
  const replyTimes = (on: WorkingDayCalendar, issuedAt: number) => dueTimes(on, issuedAt, replySpec, '0s', replyInWorkingDays ? '1wd' : '0s');
  /** A reply in working days is recounted on another calendar; one in hours is no date. */
  const orderReply = (next: WorkingDayCalendar, issuedOn: string) => (replyInWorkingDays ? replyTimes(next, shanghaiInstant(issuedOn)) : null);

  /** The deadlines another calendar would move: the due date, and an open order's reply date. */
  function impactUnder(next: WorkingDayCalendar): DeadlineMove[] {
    if (isClosedTaskStatus(state.lifecycle.status)) return [];
    const moves: DeadlineMove[] = [];
    const { dueOn } = recount(next);
    if (dueOn !== facts.dueOn) moves.push({ kind: 'task_due', from: facts.dueOn, to: dueOn, held: state.overdue || state.order !== null });
    const order = state.order;
    const reply = order?.status === 'awaiting_reply' && order.issuedOn ? orderReply(next, order.issuedOn) : null;
    if (order && reply && reply.dueAt !== order.replyDueAt) moves.push({ kind: 'order_reply', from: shanghaiDate(order.replyDueAt - 1), to: reply.dueDate, held: false });
    return moves;
  }

  /**
   * The calendar fetched at the start counts the due as the API did; a published version recounts
   * it: a move is recorded with the version and notice and the timers re-armed, unless the task
   * was already declared overdue or ordered, which the case records for a coordinator instead.
   */
  async function calendarChanged({ calendar: next, inForce, published, moves, decided }: CalendarChange): Promise<void> {
    calendar = next;
    const because = { calendarVersion: published?.version ?? null, notice: published?.notice ?? null, calendarLabel: inForce.label };
    const history: TaskHistoryContent[] = decided ? [entry('calendar_hold_decided', decided.actor, { decision: decided.decision, reason: decided.reason.trim(), ...because })] : [];
    if (!published) {
      times = taskTimes(state.due ?? task.due, timing, calendar);
      facts.dueOn = taskDueDate(times);
      if (history.length) await record(history);
      else kernel.changed();
      return;
    }
    let orderChange: OrderChange | undefined;
    for (const move of moves) {
      if (move.held) {
        history.push(entry('due_recount_held', SYSTEM, { kind: move.kind, from: move.from, wouldBe: move.to, ...because, reason: state.order ? 'order_issued' : 'overdue_recorded' }));
      } else if (move.kind === 'task_due') {
        const from = rearm(recount(calendar).due);
        history.push(entry('due_recounted', SYSTEM, { kind: move.kind, from, dueOn: facts.dueOn, ...because }));
      } else if (state.order) {
        const reply = orderReply(calendar, state.order.issuedOn!)!;
        Object.assign(state.order, { replyDueAt: reply.dueAt, escalateAt: reply.escalateAt, replyBy: orderReplyBy(reply) });
        orderChange = { orderId: state.order.id, status: 'awaiting_reply', at: new Date(now()).toISOString(), replyDueAt: new Date(reply.dueAt).toISOString() };
        history.push(entry('due_recounted', SYSTEM, { kind: move.kind, number: state.order.number, from: move.from, dueOn: move.to, ...because }));
      }
    }
    if (history.length) await record(history, [], orderChange);
    else {
      times = taskTimes(state.due ?? task.due, timing, calendar);
      kernel.changed();
    }
  }

  // ---- the unit's actions and the office's verdicts -----------------------------------------

  setHandler(taskStatusQuery, () => state);

  const act = (action: TaskAction) => guard(() => applyTaskAction(state.lifecycle, action));

  setHandler(
    startTaskUpdate,
    async ({ actor }) => {
      state.lifecycle = act({ type: 'start', on: today() });
      await record([entry('started', actor)]);
      return state;
    },
    { validator: (_: ActorArgs) => void act({ type: 'start', on: today() }) },
  );

  const submission = (note: string | null, links: string[], fileIds: string[]): TaskAction => ({
    type: 'submit',
    on: today(),
    evidence: [...links, ...fileIds.map((id) => `file:${id}`)],
    ...(note ? { note } : {}),
  });

  setHandler(
    submitTaskUpdate,
    async ({ actor, note, links, fileIds }) => {
      state.lifecycle = act(submission(note, links, fileIds));
      state.evidenceLinks = links;
      state.evidenceFileIds = fileIds;
      const late = state.lifecycle.submittedOn! > facts.dueOn;
      await record([entry('submitted', actor, { note, links, fileIds, late, submission: state.lifecycle.submissions })]);
      return state;
    },
    { validator: ({ note, links, fileIds }) => void act(submission(note, links, fileIds)) },
  );

  setHandler(
    verifyTaskUpdate,
    async ({ actor }) => {
      state.lifecycle = act({ type: 'verify', on: today() });
      await record([entry('verified', actor)]);
      return state;
    },
    { validator: (_: ActorArgs) => void act({ type: 'verify', on: today() }) },
  );

  setHandler(
    returnTaskUpdate,
    async ({ actor, reason }) => {
      state.lifecycle = act({ type: 'return', on: today(), reason });
      const n = state.lifecycle.submissions;
      await record([entry('returned', actor, { reason })], [mail(`returned-${n}`, unit, taskMail.returned(facts, reason))]);
      return state;
    },
    { validator: ({ reason }) => void act({ type: 'return', on: today(), reason }) },
  );

  setHandler(
    progressUpdate,
    async ({ actor, note }) => {
      await record([entry('progress', actor, { note })]);
      return state;
    },
    {
      validator: (_: ProgressArgs) => {
        if (isClosedTaskStatus(state.lifecycle.status)) refuseTask('TASK_CLOSED', '任务已办结或已撤销，不能再记录进展');
      },
    },
  );

  setHandler(
    replyToOrderUpdate,
    async ({ actor, text }) => {
      const order = state.order!;
      const at = now();
      const late = at > order.replyDueAt;
      order.status = 'replied';
      await record([entry('order_replied', actor, { number: order.number, text, late })], [], {
        orderId: order.id,
        status: 'replied',
        at: new Date(at).toISOString(),
        replyText: text,
        repliedBy: actor.id,
      });
      return state;
    },
    {
      validator: ({ orderId }) => {
        const order = state.order;
        if (order === null || order.id !== orderId) refuseTask('ORDER_NOT_OPEN', '该督办单不是此任务当前待回复的督办单', 'orderId');
        if (order.status === 'replied') refuseTask('ORDER_NOT_OPEN', `督办单 ${order.number} 已回复`);
      },
    },
  );

  // ---- the office's changes: cancellation, a new due date, the unit's extension ------------

  setHandler(
    cancelTaskUpdate,
    async ({ actor, reason }) => {
      state.lifecycle = act({ type: 'cancel', on: today(), reason });
      state.extension = null;
      await record([entry('cancelled', actor, { reason: reason.trim() })]);
      return state;
    },
    { validator: ({ reason }) => void act({ type: 'cancel', on: today(), reason }) },
  );

  const refuseClosed = () => {
    if (isClosedTaskStatus(state.lifecycle.status)) refuseTask('TASK_CLOSED', '任务已办结或已撤销，不能再调整办理时限');
  };

  /** A new due counted from now as at creation; one outside the calendar is refused, not crashed on. */
  const dueOf = ({ dueOn, timeLimit }: Pick<DueDateArgs, 'dueOn' | 'timeLimit'>): { due: TaskDue; dueOn: string; dueAt: number } =>
    guard(() => {
      let due: TaskDue | null;
      try {
        due = dueOn !== undefined ? taskDueFromDate(now(), dueOn, calendar) : taskDueFromLimit(now(), timeLimit ?? '');
      } catch {
        throw new TaskChangeRefusedError('TASK_DUE_INVALID', 'dueOn', `新的办理时限 ${dueOn} 不是已发布工作日历年份内的有效日期`);
      }
      if (due === null) throw new TaskChangeRefusedError('TASK_DUE_INVALID', 'dueOn', `办理时限 ${timeLimit ?? ''} 无法识别`);
      const next = taskTimes(due, timing, calendar);
      return { due, dueOn: taskDueDate(next), dueAt: next.dueAt };
    });
  const inForce = () => ({ dueOn: facts.dueOn, dueAt: times.dueAt });

  /**
   * Puts the reminders, the overdue notice and the supervision order on the new due. Each round
   * has its own notice keys, so its mails go out once; steps whose time has already passed are
   * skipped, as the unit is told the new date at once. An order already issued stays on record.
   */
  function rearm(due: TaskDue): string {
    const from = facts.dueOn;
    state.due = due;
    state.rearms = (state.rearms ?? 0) + 1;
    times = taskTimes(due, timing, calendar);
    facts.dueOn = taskDueDate(times);
    state.overdue = times.dueAt <= now();
    for (const step of pendingSteps()) if (step.at <= now() && step.kind !== 'order_unanswered') state.sentNotices.push(step.key);
    return from;
  }

  const dueChanged = (args: DueDateArgs) => {
    refuseClosed();
    const next = dueOf(args);
    guard(() => checkDueChange('correction', inForce(), next, now()));
    return next;
  };

  setHandler(
    changeDueUpdate,
    async (args) => {
      const from = rearm(dueChanged(args).due);
      const reason = args.reason.trim();
      await record(
        [entry('due_changed', args.actor, { from, dueOn: facts.dueOn, reason })],
        [mail(`due-changed-r${state.rearms}`, unit, taskMail.dueChanged(facts, from, reason))],
      );
      return state;
    },
    { validator: (args) => void dueChanged(args) },
  );

  const extensionAsked = (args: ExtensionRequestArgs) => {
    refuseClosed();
    if (!isOpenTaskStatus(state.lifecycle.status)) refuseTask('TASK_TRANSITION_NOT_ALLOWED', '任务已报送待核验，不能申请延期');
    const ask = { ...dueOf(args), reason: args.reason, requestedBy: args.actor.id, requestedOn: today(), links: args.links ?? [], fileIds: args.fileIds ?? [] };
    return guard(() => requestExtension(state.extension ?? null, inForce(), ask, now()));
  };

  setHandler(
    requestExtensionUpdate,
    async (args) => {
      const pending = extensionAsked(args);
      state.extension = pending;
      await record([entry('extension_requested', args.actor, { dueOn: pending.dueOn, reason: pending.reason, links: pending.links, fileIds: pending.fileIds })]);
      return state;
    },
    { validator: (args) => void extensionAsked(args) },
  );

  const extensionDecided = (approve: boolean) => {
    refuseClosed();
    return guard(() => extensionToDecide(state.extension ?? null, approve, inForce(), now()));
  };

  setHandler(
    decideExtensionUpdate,
    async ({ actor, approve, reason }) => {
      const pending = extensionDecided(approve);
      state.extension = null;
      const because = reason.trim();
      const from = approve ? rearm(pending.due) : facts.dueOn;
      const n = kernel.nextSeq();
      await record(
        [entry(approve ? 'extension_approved' : 'extension_refused', actor, { from, askedFor: pending.dueOn, dueOn: facts.dueOn, reason: because })],
        [mail(`extension-${n}`, unit, taskMail.extensionDecided(facts, { approved: approve, askedFor: pending.dueOn, reason: because }))],
      );
      return state;
    },
    {
      // Who decides is the validator's alone: a refusal records nothing, and recorded decisions replay as they were.
      validator: ({ actor, approve }) => {
        guard(() => checkExtensionDecider(actor, unitId(), state.extension?.requestedBy ?? null));
        void extensionDecided(approve);
      },
    },
  );

  const transferred = ({ unit: to }: TransferArgs) => {
    refuseClosed();
    guard(() => checkTransfer(unitId(), to));
  };

  setHandler(
    transferTaskUpdate,
    async (args) => {
      transferred(args);
      const from = { id: unitId(), name: facts.unitName };
      // An extension the old unit asked for is theirs to argue; the new unit asks afresh if it needs one.
      state.extension = null;
      state.unit = { id: args.unit.id, name: args.unit.name };
      facts.unitName = args.unit.name;
      unit = [{ unitContactsOf: args.unit.id }];
      leader = [{ unitLeaderOf: args.unit.id }];
      const reason = args.reason.trim();
      const n = kernel.nextSeq();
      await record(
        [entry('transferred', args.actor, { fromUnitId: from.id, fromUnitName: from.name, unitId: args.unit.id, unitName: args.unit.name, reason })],
        [mail(`transferred-${n}`, unit, taskMail.transferred(facts, from.name, reason))],
      );
      return state;
    },
    { validator: transferred },
  );

  setHandler(
    recordCallUpdate,
    async ({ actor, call, escalation }) => {
      const key = `${call.callId}:${call.attempt}`;
      if (state.calls?.includes(key)) return state;
      state.calls = [...(state.calls ?? []), key];
      const leaderTold: StepMail[] = escalation
        ? [
            {
              key: escalation.mailKey,
              to: [{ unitLeaderOf: escalation.unitId }],
              cc: [{ unitContactsOf: escalation.unitId }],
              ...taskMail.callsUnanswered(escalation.unitName, escalation.unreachableTries, escalation.titles),
            },
          ]
        : [];
      await record([entry('call', actor, call)], leaderTold);
      return state;
    },
    {
      validator: (_: CallArgs) => {
        if (isClosedTaskStatus(state.lifecycle.status)) refuseTask('TASK_CLOSED', '任务已办结或已撤销，不再记录电话调度');
      },
    },
  );

  // ---- time ----------------------------------------------------------------------------------

  const waitUntil = (at: number | null) => kernel.waitUntil(at);

  type Step = { key: string; at: number; kind: 'remind' | 'due' | 'overdue' | 'order' | 'order_unanswered' };

  /** A notice's key in the current round: the first round keeps the keys recorded before due dates could change. */
  const roundKey = (key: string) => (state.rearms ? `${key}-r${state.rearms}` : key);

  function pendingSteps(): Step[] {
    const steps: Array<Step | { key: string; at: number | null; kind: Step['kind'] }> = [
      { key: roundKey('remind-before'), at: times.remindAt, kind: 'remind' },
      { key: roundKey('remind-due'), at: times.dueReminderAt, kind: 'due' },
      { key: roundKey('overdue'), at: times.dueAt, kind: 'overdue' },
      { key: roundKey('order'), at: times.escalateAt, kind: 'order' },
    ];
    if (state.order?.status === 'awaiting_reply') steps.push({ key: state.order.unansweredKey ?? 'order-unanswered', at: state.order.escalateAt, kind: 'order_unanswered' });
    return steps.filter((s): s is Step => s.at !== null && !state.sentNotices.includes(s.key)).sort((a, b) => a.at - b.at);
  }

  async function issueOrder(): Promise<void> {
    const level = timing.orderLevel;
    const issuedAt = now();
    const reply = replyTimes(calendar, issuedAt);
    const replyBy = orderReplyBy(reply);
    const actionDemanded = orderActionDemanded(task.title);
    const issued = await issueSupervisionOrder({
      orderKey: `task:${task.taskId}:${roundKey('overdue')}`,
      taskId: task.taskId,
      unitId: unitId(),
      level,
      actionDemanded,
      issuedOn: shanghaiDate(issuedAt),
      replyDueAt: new Date(reply.dueAt).toISOString(),
    });
    state.order = { id: issued.orderId, number: issued.number, replyDueAt: reply.dueAt, escalateAt: reply.escalateAt, replyBy, status: 'awaiting_reply' };
    // Orders issued before the calendar became data have no issue day on record: their reply date stays.
    if (feed.loaded) state.order.issuedOn = shanghaiDate(issuedAt);
    if (state.rearms) state.order.unansweredKey = roundKey('order-unanswered');
    await record(
      [entry('order_issued', SYSTEM, { orderId: issued.orderId, number: issued.number, level, replyDueAt: new Date(reply.dueAt).toISOString() })],
      [mail(roundKey('order'), unit, taskMail.orderIssued(facts, { number: issued.number, levelName: SUPERVISION_ORDER_LEVEL_NAMES[level], actionDemanded, replyBy }))],
    );
  }

  async function dueClock(): Promise<void> {
    const [next, after] = pendingSteps();
    if (!next) {
      await waitUntil(null);
      return;
    }
    if (!(await waitUntil(next.at))) return;
    state.sentNotices.push(next.key);
    const stale = (next.kind === 'remind' || next.kind === 'due') && after !== undefined && after.at <= now() && now() - next.at > STALE_REMINDER_MS;
    if (stale) return;
    switch (next.kind) {
      case 'remind':
      case 'due':
        await record([entry('reminder_sent', SYSTEM, { kind: next.kind, dueOn: facts.dueOn })], [mail(next.key, unit, taskMail.reminder(facts, next.kind === 'due'))]);
        return;
      case 'overdue':
        state.overdue = true;
        await record([entry('overdue', SYSTEM, { dueOn: facts.dueOn })], [mail(next.key, unit, taskMail.overdue(facts))]);
        return;
      case 'order':
        await issueOrder();
        return;
      case 'order_unanswered': {
        const order = state.order!;
        order.status = 'escalated';
        await record(
          [entry('order_escalated', SYSTEM, { number: order.number, replyBy: order.replyBy })],
          [mail(next.key, leader, taskMail.orderUnanswered(facts, order), unit)],
          { orderId: order.id, status: 'escalated', at: new Date(now()).toISOString() },
        );
      }
    }
  }

  if (feed.loaded) await feed.loaded;
  while (!isClosedTaskStatus(state.lifecycle.status)) {
    // A submitted task is with the office: nothing urges the unit until it comes back.
    if (isOpenTaskStatus(state.lifecycle.status)) await dueClock();
    else await waitUntil(null);
    if (workflowInfo().continueAsNewSuggested) {
      await kernel.settle();
      await continueAsNew<typeof taskWorkflow>({ task, timing, resume: { state, ...kernel.numbers() } });
    }
  }
  await kernel.settle();
  return state;
}
