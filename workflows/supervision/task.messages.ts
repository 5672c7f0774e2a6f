import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { TaskState } from '../../libs/contracts/src/supervision-activities';
import { canonicalJson } from '../../libs/domain/src/calendar/calendar-version';
import { sha256Hex } from '../../libs/domain/src/calendar/sha256';
import type { Actor } from '../../libs/domain/src/registry/actor';

export interface ActorArgs {
  actor: Actor;
}

export interface SubmitTaskArgs {
  actor: Actor;
  note: string | null;
  links: string[];
  /** Evidence files the API stored before asking. */
  fileIds: string[];
}

export interface ProgressArgs {
  actor: Actor;
  note: string;
}

export interface OrderReplyArgs {
  actor: Actor;
  orderId: string;
  text: string;
}

/** A return for rework or a cancellation: who, and why. */
export interface ReasonArgs {
  actor: Actor;
  reason: string;
}

/** A new due: a date, or (as at creation, for urgent tasks) a time limit counted from now; one of the two. */
export interface DueDateArgs {
  actor: Actor;
  dueOn?: string;
  timeLimit?: string;
  reason: string;
}

export interface ExtensionDecisionArgs {
  actor: Actor;
  approve: boolean;
  reason: string;
}

/** A phone-dispatch call about the task, as the coordinator recorded it. */
export interface CallArgs {
  actor: Actor;
  call: {
    callId: string;
    attempt: number;
    outcome: 'answered' | 'unreachable';
    contactName: string | null;
    summary: string | null;
    promisedOn: string | null;
    /** What the call leads to, by the phone-dispatch rules. */
    next: 'done' | 'retry' | 'escalate_to_leader';
  };
  /** On one task of the call only: the leader is told once, of every task the unit was called about. */
  escalation?: { unreachableTries: number; titles: string[] };
}

/**
 * The update id of a call on each of its tasks: the same call posted again (after an API that
 * stopped before storing it) is taken once; a call posted again with other content is another entry.
 */
export function callUpdateId(call: CallArgs['call']): string {
  return `call:${call.callId}:${call.attempt}:${sha256Hex(canonicalJson(call)).slice(0, 16)}`;
}

export interface TransferArgs {
  actor: Actor;
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
export const recordCallUpdate = defineUpdate<TaskState, [CallArgs]>('recordCall');
export const taskStatusQuery = defineQuery<TaskState>('taskStatus');
