import { assertIsoDate, type IsoDate } from '../calendar';
import { TaskTransitionIncompleteError, TaskTransitionNotAllowedError } from './errors';
import { TASK_STATUS_LABELS, type TaskStatus } from './supervision-task';

export type TaskAction =
  /** The unit starts work (or resumes it after a return). */
  | { type: 'start'; on: IsoDate }
  /**
   * The unit reports the task done, with evidence (file ids, links, document numbers). A
   * submission made before the system and moved in with its task is `imported`: its evidence
   * stayed in the old way of working, so none is asked for here.
   */
  | { type: 'submit'; on: IsoDate; evidence: readonly string[]; note?: string; imported?: true }
  /** The office accepts the submission: the task is closed. */
  | { type: 'verify'; on: IsoDate }
  /** The office sends the submission back, saying why. */
  | { type: 'return'; on: IsoDate; reason: string }
  /** The office withdraws a task entered by mistake or no longer needed, saying why. */
  | { type: 'cancel'; on: IsoDate; reason: string };

export type TaskActionType = TaskAction['type'];

/** A task's lifecycle as plain JSON, kept by the per-task workflow and its projection. */
export interface TaskLifecycle {
  status: TaskStatus;
  /** How many times the unit has submitted, so a second or third try is visible. */
  submissions: number;
  /** Date of the latest submission. */
  submittedOn: IsoDate | null;
  /** Evidence of the latest submission. */
  evidence: string[];
  note: string | null;
  /** Why the latest submission was returned; null unless the status is returned. */
  returnReason: string | null;
  verifiedOn: IsoDate | null;
}

/** Which status each action may start from. Verified and cancelled are closed: nothing leaves them. */
export const TASK_TRANSITIONS: Readonly<Record<TaskActionType, { from: readonly TaskStatus[]; to: TaskStatus }>> = {
  start: { from: ['assigned', 'returned'], to: 'in_progress' },
  // A unit may do the work without first marking it started; requiring that click adds nothing.
  submit: { from: ['assigned', 'in_progress', 'returned'], to: 'submitted' },
  verify: { from: ['submitted'], to: 'verified' },
  return: { from: ['submitted'], to: 'returned' },
  cancel: { from: ['assigned', 'in_progress', 'submitted', 'returned'], to: 'cancelled' },
};

/** The action as a person names it, in a refusal: 不能核验…的任务. */
const ACTION_VERBS: Record<TaskActionType, string> = {
  start: '开始办理',
  submit: '报送',
  verify: '核验',
  return: '退回',
  cancel: '撤销',
};

export function newTaskLifecycle(): TaskLifecycle {
  return {
    status: 'assigned',
    submissions: 0,
    submittedOn: null,
    evidence: [],
    note: null,
    returnReason: null,
    verifiedOn: null,
  };
}

export function allowedTaskActions(status: TaskStatus): TaskActionType[] {
  return (Object.keys(TASK_TRANSITIONS) as TaskActionType[]).filter((action) =>
    TASK_TRANSITIONS[action].from.includes(status),
  );
}

/**
 * The next lifecycle after `action`, or a named error saying why the action is refused.
 * Never mutates `state`.
 *
 * @throws TaskTransitionNotAllowedError when the status does not allow the action.
 * @throws TaskTransitionIncompleteError for a submission without evidence, a return without a
 *   reason, or a verification or return dated before the submission it judges.
 */
export function applyTaskAction(state: TaskLifecycle, action: TaskAction): TaskLifecycle {
  const rule = TASK_TRANSITIONS[action.type];
  if (!rule) throw new RangeError(`Unknown task action ${JSON.stringify((action as { type: unknown }).type)}`);
  assertIsoDate(action.on, `${action.type}.on`);
  if (!rule.from.includes(state.status)) {
    throw new TaskTransitionNotAllowedError(
      state.status,
      action.type,
      `不能${ACTION_VERBS[action.type]}状态为“${TASK_STATUS_LABELS[state.status]}”的任务：${refusal(state.status, action.type)}`,
    );
  }
  const to = rule.to;
  switch (action.type) {
    case 'start':
      return { ...state, status: to };
    case 'submit': {
      const evidence = Array.isArray(action.evidence)
        ? action.evidence.filter((item) => typeof item === 'string' && item.trim() !== '').map((item) => item.trim())
        : [];
      if (evidence.length === 0 && action.imported !== true) {
        throw incomplete('submit', 'evidence', '须至少列出一项佐证材料');
      }
      const note = typeof action.note === 'string' && action.note.trim() !== '' ? action.note.trim() : null;
      return {
        ...state,
        status: to,
        submissions: state.submissions + 1,
        submittedOn: action.on,
        evidence,
        note,
        returnReason: null,
      };
    }
    case 'verify':
      checkNotBeforeSubmission(state, action);
      return { ...state, status: to, verifiedOn: action.on };
    case 'return': {
      const reason = requiredReason(action, '须写明退回理由');
      checkNotBeforeSubmission(state, action);
      return { ...state, status: to, returnReason: reason };
    }
    case 'cancel':
      requiredReason(action, '须写明撤销理由');
      return { ...state, status: to };
  }
}

function requiredReason(action: { type: TaskActionType; reason: unknown }, detail: string): string {
  const reason = typeof action.reason === 'string' ? action.reason.trim() : '';
  if (reason === '') throw incomplete(action.type, 'reason', detail);
  return reason;
}

function checkNotBeforeSubmission(state: TaskLifecycle, action: { type: 'verify' | 'return'; on: IsoDate }): void {
  if (state.submittedOn !== null && action.on < state.submittedOn) {
    throw incomplete(action.type, 'on', `日期 ${action.on} 早于所${ACTION_VERBS[action.type]}的报送日期 ${state.submittedOn}`);
  }
}

const incomplete = (action: TaskActionType, field: string, detail: string) =>
  new TaskTransitionIncompleteError(action, field, `不能${ACTION_VERBS[action]}该任务：${detail}`);

function refusal(status: TaskStatus, action: TaskActionType): string {
  if (status === 'verified' || status === 'cancelled') return `任务${TASK_STATUS_LABELS[status]}，不能再更改`;
  if (action === 'verify' || action === 'return') return '只有已报送的任务才能核验或退回';
  if (status === 'submitted') return '任务已报送待核验；如需继续办理，请先退回';
  return '任务已在办理中';
}
