import type { TaskClock } from './task-clock';
import { isOpenTaskStatus, type TaskStatus } from './supervision-task';

/**
 * 三色督办: blue, the deadline is within the warning window; yellow, due today or late by
 * less than the supervision-order threshold; red, a supervision order is out or it is later.
 */
export type TaskWarning = 'blue' | 'yellow' | 'red';

export const TASK_WARNING_LABELS: Record<TaskWarning, string> = {
  blue: '蓝色预警',
  yellow: '黄色预警',
  red: '红色督办',
};

export interface TaskWarningInput {
  status: TaskStatus;
  clock: TaskClock;
  /** A supervision order of the task awaits its reply or went to the leader. */
  orderOut: boolean;
}

export interface TaskWarningRule {
  /** Working days before the due date from which the task is flagged blue (the first reminder). */
  warnWithinWorkingDays: number;
  /** Working days late at which a supervision order goes out. */
  orderAfterWorkingDays: number;
}

/** The colour of an open task, or null when it is not at risk or no longer with the unit. */
export function taskWarning(input: TaskWarningInput, rule: TaskWarningRule): TaskWarning | null {
  if (!isOpenTaskStatus(input.status)) return null;
  const { clock } = input;
  if (input.orderOut || (clock.overdue && clock.overdueWorkingDays >= rule.orderAfterWorkingDays)) return 'red';
  if (clock.overdue || clock.workingDaysLeft === 0) return 'yellow';
  return clock.workingDaysLeft <= rule.warnWithinWorkingDays ? 'blue' : null;
}
