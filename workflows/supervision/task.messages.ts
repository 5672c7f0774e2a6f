import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { TaskDue, TaskTiming } from '../../libs/domain/src/supervision/task-due';
import type { PendingExtension } from '../../libs/domain/src/supervision/task-due-change';
import type { TaskLifecycle } from '../../libs/domain/src/supervision/task-lifecycle';
import type { TaskSource } from '../../libs/domain/src/supervision/supervision-task';

/** The caller as the server knows them; `role` is what the history shows (unit_contact, coordinator). */
export interface TaskActor {
  id: string;
  name: string;
  role: string;
}

export interface SupervisedTaskInput {
  taskId: string;
  title: string;
  source: TaskSource;
  unitId: string;
  unitName: string;
  owner: { id: string; name: string; email: string } | null;
  due: TaskDue;
  createdBy: TaskActor;
  /** A task brought in already under way (办理中) from the old way of working; absent, it starts assigned. */
  underWay?: boolean;
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
}

export interface TaskInput {
  task: SupervisedTaskInput;
  /** Fixed when the task is created, so a later change of settings never moves its dates. */
  timing: TaskTiming;
  /** Set when the workflow continues as new: state and history numbering carry over. */
  /** `steps` is absent in runs continued by code older than the step numbers. */
  resume?: { state: TaskState; seq: number; steps?: number };
}

export interface ActorArgs {
  actor: TaskActor;
}

export interface SubmitTaskArgs {
  actor: TaskActor;
  note: string | null;
  links: string[];
  /** Evidence files the API stored before asking. */
  fileIds: string[];
}

export interface ProgressArgs {
  actor: TaskActor;
  note: string;
}

export interface OrderReplyArgs {
  actor: TaskActor;
  orderId: string;
  text: string;
}

/** A return for rework or a cancellation: who, and why. */
export interface ReasonArgs {
  actor: TaskActor;
  reason: string;
}

/** A new due: a date, or (as at creation, for urgent tasks) a time limit counted from now; one of the two. */
export interface DueDateArgs {
  actor: TaskActor;
  dueOn?: string;
  timeLimit?: string;
  reason: string;
}

export interface ExtensionDecisionArgs {
  actor: TaskActor;
  approve: boolean;
  reason: string;
}

export interface TransferArgs {
  actor: TaskActor;
  /** As the API read it from the registry. */
  unit: { id: string; name: string; active: boolean };
  reason: string;
}

export const startTaskUpdate = defineUpdate<TaskState, [ActorArgs]>('startTask');
export const submitTaskUpdate = defineUpdate<TaskState, [SubmitTaskArgs]>('submitTask');
export const verifyTaskUpdate = defineUpdate<TaskState, [ActorArgs]>('verifyTask');
export const returnTaskUpdate = defineUpdate<TaskState, [ReasonArgs]>('returnTask');
export const progressUpdate = defineUpdate<TaskState, [ProgressArgs]>('progress');
export const replyToOrderUpdate = defineUpdate<TaskState, [OrderReplyArgs]>('replyToOrder');
export const cancelTaskUpdate = defineUpdate<TaskState, [ReasonArgs]>('cancelTask');
export const changeDueUpdate = defineUpdate<TaskState, [DueDateArgs]>('changeDue');
export const requestExtensionUpdate = defineUpdate<TaskState, [DueDateArgs]>('requestExtension');
export const decideExtensionUpdate = defineUpdate<TaskState, [ExtensionDecisionArgs]>('decideExtension');
export const transferTaskUpdate = defineUpdate<TaskState, [TransferArgs]>('transferTask');
export const taskStatusQuery = defineQuery<TaskState>('taskStatus');
