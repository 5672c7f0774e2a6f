import type { CalendarHold } from '../../domain/src/calendar/calendar-hold';
import type { Actor } from '../../domain/src/registry/actor';
import type { TaskDue, TaskTiming } from '../../domain/src/supervision/task-due';
import type { MovedInTask } from '../../domain/src/supervision/moved-in-task';
import type { PendingExtension } from '../../domain/src/supervision/task-due-change';
import type { TaskLifecycle } from '../../domain/src/supervision/task-lifecycle';
import type { TaskSource } from '../../domain/src/supervision/supervision-task';
import type { StepMail } from './step-mail';

// The task workflow's input and state: the circular's activity creates tasks with them, and the
// API reads them, so they live here, below the workflow, not in its messages.
export interface SupervisedTaskInput {
  taskId: string;
  title: string;
  source: TaskSource;
  unitId: string;
  unitName: string;
  owner: { id: string; name: string; email: string } | null;
  due: TaskDue;
  createdBy: Actor;
  /** A task brought in already under way (办理中) from the old way of working; absent, it starts assigned. */
  underWay?: boolean;
  /** A task brought in already submitted (已报送), or submitted and returned (已退回), on the days the old way of working had. */
  movedIn?: MovedInTask;
}

export interface OpenOrder {
  id: string;
  number: string;
  replyDueAt: number;
  /** When the unit's leader is told if no reply came. */
  escalateAt: number;
  replyBy: string;
  status: 'awaiting_reply' | 'replied' | 'escalated';
  /** The notice key of its escalation; absent for an order issued before any change of the due date. */
  unansweredKey?: string;
  /** The day it was issued, to recount its reply date on a new calendar; absent on orders issued before that. */
  issuedOn?: string;
}

/** Everything the task workflow knows; plain JSON. */
export interface TaskState {
  /** Set while a published calendar is held back from an overdue or ordered task (calendar-feed). */
  calendarHold?: CalendarHold | null;
  lifecycle: TaskLifecycle;
  overdue: boolean;
  evidenceLinks: string[];
  evidenceFileIds: string[];
  /** Keys of the notices already sent (or skipped as stale), so none goes out twice. */
  sentNotices: string[];
  order: OpenOrder | null;
  /** The due date in force once changed or extended; absent, the input's due holds. */
  due?: TaskDue;
  /** How many times the timers were re-armed on a new due date; each round has its own notice keys. */
  rearms?: number;
  extension?: PendingExtension | null;
  /** The unit in charge once the task was transferred; absent, the input's unit (and owner) hold. */
  unit?: { id: string; name: string };
  /** The phone calls entered (`<assignment>:<attempt>`): a call told again, in this run or a later one, is entered once. */
  calls?: string[];
}

export interface TaskInput {
  task: SupervisedTaskInput;
  /** Fixed when the task is created, so a later change of settings never moves its dates. */
  timing: TaskTiming;
  /** Set when the workflow continues as new: state and history numbering carry over. */
  /** `steps` is absent in runs continued by code older than the step numbers. */
  resume?: { state: TaskState; seq: number; steps?: number };
}


/** What the API lists and filters: a snapshot of the task workflow's state after a step. */
export interface TaskProjection {
  status: string;
  overdue: boolean;
  submissions: number;
  submittedOn: string | null;
  verifiedOn: string | null;
  returnReason: string | null;
  evidenceNote: string | null;
  evidenceLinks: string[];
  evidenceFileIds: string[];
  /** Set once the due date has been changed or extended; absent, the date given at creation holds. */
  dueOn?: string;
  dueAt?: string;
  /** Set once the task has been transferred: the new unit, and no owner (the owner was the old unit's). */
  unitId?: string;
  ownerId?: null;
}

export interface TaskHistoryContent {
  /** Numbered by the workflow, so a retried step writes no entry twice. */
  seq: number;
  event: string;
  actorId: string | null;
  actorName: string;
  actorRole: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

export interface OrderChange {
  orderId: string;
  /** awaiting_reply: still open, its reply date recounted on a newly published calendar. */
  status: 'replied' | 'escalated' | 'awaiting_reply';
  at: string;
  replyText?: string;
  repliedBy?: string;
  replyDueAt?: string;
}

export interface TaskStep {
  taskId: string;
  /** The step's number in its workflow, across continue-as-new: the projection is written only over an older one. */
  stepSeq: number;
  projection: TaskProjection;
  history: TaskHistoryContent[];
  mails: StepMail[];
  order?: OrderChange;
}

export interface OrderToIssue {
  /** task:<taskId>:overdue: issuing again returns the order issued before. */
  orderKey: string;
  taskId: string;
  unitId: string;
  level: 1 | 2 | 3;
  actionDemanded: string;
  issuedOn: string;
  replyDueAt: string;
}

export interface IssuedOrder {
  orderId: string;
  number: string;
}

export interface TaskActivities {
  /** One transaction: the projection, the history entries, an order's change and the queued mails of one step. */
  recordTaskStep(step: TaskStep): Promise<void>;
  /** Numbers and stores a supervision order once per key. */
  issueSupervisionOrder(order: OrderToIssue): Promise<IssuedOrder>;
}

export interface DailyUrgingActivities {
  /** Queues one digest per unit with something overdue or due soon (key digest:<unitId>:<date>); returns how many units have one. */
  sendDailyDigests(date: string): Promise<number>;
  /** Records the day's call assignments (key call:<unitId>:<date>); returns how many were planned. */
  planPhoneCalls(date: string): Promise<number>;
}
