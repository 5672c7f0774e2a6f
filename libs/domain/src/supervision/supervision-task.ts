import type { IsoDate } from '../calendar';
import type { TaskDueChange } from './due-in-force';

/**
 * assigned 已交办 -> in_progress 办理中 -> submitted 已报送 -> verified 已核验办结 (closed),
 * or submitted -> returned 已退回 -> back to work; any task not yet verified may be cancelled
 * 已撤销 by a coordinator (closed: it leaves the scores, its history stays).
 */
export const TASK_STATUSES = ['assigned', 'in_progress', 'submitted', 'verified', 'returned', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  assigned: '已交办',
  in_progress: '办理中',
  submitted: '已报送',
  verified: '已核验办结',
  returned: '已退回',
  cancelled: '已撤销',
};

/** Nothing changes a closed task any more; its workflow has ended. */
export function isClosedTaskStatus(status: TaskStatus): boolean {
  return status === 'verified' || status === 'cancelled';
}

/** Where a task comes from: the plan ledger, a problem found by inspection, or a last-place reminder. */
export const TASK_SOURCES = ['plan', 'inspection', 'last_place_reminder'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

export const TASK_SOURCE_LABELS: Record<TaskSource, string> = {
  plan: '方案台账',
  inspection: '督查发现',
  last_place_reminder: '末位提醒',
};

export function isTaskStatus(value: unknown): value is TaskStatus {
  return (TASK_STATUSES as readonly unknown[]).includes(value);
}

export function isTaskSource(value: unknown): value is TaskSource {
  return (TASK_SOURCES as readonly unknown[]).includes(value);
}

/** Still with the unit: urging, phone dispatch and overdue counting apply. A returned task is back with the unit. */
export function isOpenTaskStatus(status: TaskStatus): boolean {
  return status === 'assigned' || status === 'in_progress' || status === 'returned';
}

/**
 * What the supervision rules need to know of a task: the shape the ledger projection hands to
 * daily urging, phone dispatch and quarterly scoring.
 */
export interface SupervisedTask {
  taskId: string;
  unitId: string;
  title: string;
  source: TaskSource;
  status: TaskStatus;
  /** The due date in force now. */
  due: IsoDate;
  /** Every change of the due, oldest first; none when it never moved. */
  dueChanges?: readonly TaskDueChange[];
  /** Date of the latest submission; read only while the status is submitted or verified. */
  submittedOn?: IsoDate | null;
}
