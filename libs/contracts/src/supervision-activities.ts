import type { StepMail } from './step-mail';

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
