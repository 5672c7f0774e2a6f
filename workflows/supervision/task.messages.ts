import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { TaskState } from '../../libs/contracts/src/supervision-activities';
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

/** 延期申请: a new due as DueDateArgs, with the evidence the unit gave; requests before evidence carry none. */
export interface ExtensionRequestArgs extends DueDateArgs {
  links?: string[];
  /** Evidence files the API stored before asking, as for a submission. */
  fileIds?: string[];
}

export interface ExtensionDecisionArgs {
  actor: Actor;
  approve: boolean;
  reason: string;
}

/** A phone-dispatch call about the task, as the coordinator's stored record has it. */
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
  /** After too many unanswered tries: the called unit's leader is told, once under the assignment's key whichever task sends it. */
  escalation?: { mailKey: string; unitId: string; unitName: string; unreachableTries: number; titles: string[] };
}

/** One call's update on each of its tasks: Temporal takes an update id once in a run, and the workflow keeps each call once across runs. */
export const callUpdateId = (call: CallArgs['call']): string => `call:${call.callId}:${call.attempt}`;

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
export const requestExtensionUpdate = defineUpdate<TaskState, [ExtensionRequestArgs]>('requestExtension');
export const decideExtensionUpdate = defineUpdate<TaskState, [ExtensionDecisionArgs]>('decideExtension');
export const transferTaskUpdate = defineUpdate<TaskState, [TransferArgs]>('transferTask');
export const recordCallUpdate = defineUpdate<TaskState, [CallArgs]>('recordCall');
export const taskStatusQuery = defineQuery<TaskState>('taskStatus');
