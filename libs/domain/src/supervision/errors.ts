import type { IsoDate } from '../calendar';

/** An action the task's current status does not allow, e.g. verifying a task never submitted. */
export class TaskTransitionNotAllowedError extends Error {
  readonly code = 'TASK_TRANSITION_NOT_ALLOWED' as const;

  constructor(
    readonly from: string,
    readonly action: string,
    /** In Chinese, naming the action and the status as people say them. */
    message: string,
  ) {
    super(message);
    this.name = 'TaskTransitionNotAllowedError';
  }
}

/** An allowed action missing what makes it meaningful: evidence for a submission, a reason for a return. */
export class TaskTransitionIncompleteError extends Error {
  readonly code = 'TASK_TRANSITION_INCOMPLETE' as const;

  constructor(
    readonly action: string,
    readonly field: string,
    /** In Chinese, naming the action as people say it. */
    message: string,
  ) {
    super(message);
    this.name = 'TaskTransitionIncompleteError';
  }
}

/** A supervision setting that would make a rule meaningless (a negative weight, a zero cap…). */
export class SupervisionConfigError extends Error {
  readonly code = 'SUPERVISION_CONFIG_INVALID' as const;

  constructor(
    /** The configuration section, e.g. 'scoring'. */
    readonly section: string,
    readonly problems: readonly string[],
  ) {
    super(`督办设置有误（${section}）：${problems.join('；')}`);
    this.name = 'SupervisionConfigError';
  }
}

/** Ranking a quarter before its last day has passed would publish a score that can still change. */
export class QuarterNotEndedError extends Error {
  readonly code = 'QUARTER_NOT_ENDED' as const;

  constructor(
    /** e.g. '2026-Q3'. */
    readonly quarter: string,
    readonly asOf: IsoDate,
    readonly lastDay: IsoDate,
  ) {
    super(`${quarter} 于 ${lastDay} 结束，截至 ${asOf} 尚未结束：季度结束后才能排名通报`);
    this.name = 'QuarterNotEndedError';
  }
}

/** Two quarters that were meant to follow each other (or to be the same) do not. */
export class QuarterMismatchError extends Error {
  readonly code = 'QUARTER_MISMATCH' as const;

  constructor(
    readonly expected: string,
    readonly actual: string,
    detail: string,
  ) {
    super(`应为季度 ${expected}，却是 ${actual}：${detail}`);
    this.name = 'QuarterMismatchError';
  }
}

/** A change refused for one field: a due date (past, unchanged, an extension shortening the time), a transfer's unit. */
export class TaskChangeRefusedError extends Error {
  constructor(
    readonly code: 'TASK_DUE_INVALID' | 'TASK_TRANSFER_INVALID',
    readonly field: 'dueOn' | 'unitId',
    message: string,
  ) {
    super(message);
    this.name = 'TaskChangeRefusedError';
  }
}

/** An extension asked while another awaits a decision, or a decision with none awaiting. */
export class TaskExtensionStateError extends Error {
  constructor(
    readonly code: 'TASK_EXTENSION_PENDING' | 'TASK_EXTENSION_NOT_PENDING',
    message: string,
  ) {
    super(message);
    this.name = 'TaskExtensionStateError';
  }
}

/** A decision on a unit's extension by someone not of the office, or by the unit (or person) that asked. */
export class TaskExtensionDeciderError extends Error {
  readonly code = 'TASK_EXTENSION_NEEDS_OFFICE' as const;

  constructor(message: string) {
    super(message);
    this.name = 'TaskExtensionDeciderError';
  }
}
