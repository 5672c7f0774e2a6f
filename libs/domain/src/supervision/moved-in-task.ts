import { isIsoDate, type IsoDate } from '../calendar/iso-date';
import type { TaskAction } from './task-lifecycle';
import { TASK_STATUS_LABELS } from './supervision-task';

/**
 * How far an open task had gone in the old way of working when it was submitted there: the
 * submission, and the office's return of it if it was sent back. A task under way (办理中) needs
 * none of this and comes in as `underWay`.
 */
export interface MovedInTask {
  submittedOn: IsoDate;
  note: string | null;
  returned: { on: IsoDate; reason: string } | null;
}

/** The statuses a ledger row may move a task in with: only open ones, as a closed task has nothing left to supervise. */
export type MovedInStatus = 'assigned' | 'in_progress' | 'submitted' | 'returned';

/** The ledger's columns for a submission made, and perhaps returned, before the system. */
export interface MovedInCells {
  submittedOn: string;
  note: string;
  returnedOn: string;
  returnReason: string;
}

export interface MovedInProblem {
  field: keyof MovedInCells;
  reason: string;
}

/** As the console's submission and return take them. */
const TEXT_LIMIT = 2000;

/**
 * A row's submission and return, checked against its status: a 已报送 task needs the day it was
 * submitted, a 已退回 one also the day and reason of its return, neither later than today nor the
 * return before the submission; a status that had none must leave those columns empty, so a row
 * whose columns contradict its status is refused rather than half read. Every fault is listed.
 */
export function movedInTask(status: MovedInStatus, cells: MovedInCells, today: IsoDate): { movedIn: MovedInTask | null; problems: MovedInProblem[] } {
  const problems: MovedInProblem[] = [];
  const fail = (field: keyof MovedInCells, reason: string) => problems.push({ field, reason });
  const label = TASK_STATUS_LABELS[status];
  const submitted = status === 'submitted' || status === 'returned';
  const returned = status === 'returned';
  const unexpected = (field: keyof MovedInCells, column: string, hint: string) => {
    if (cells[field] !== '') fail(field, `状态为“${label}”的任务不应填写${column}；${hint}`);
  };
  if (!submitted) {
    const hint = `已报送或已退回的任务请在“状态”列填写“${TASK_STATUS_LABELS.submitted}”或“${TASK_STATUS_LABELS.returned}”`;
    unexpected('submittedOn', '报送日期', hint);
    unexpected('note', '报送说明', hint);
  }
  if (!returned) {
    const hint = `已退回的任务请在“状态”列填写“${TASK_STATUS_LABELS.returned}”`;
    unexpected('returnedOn', '退回日期', hint);
    unexpected('returnReason', '退回原因', hint);
  }

  const day = (field: 'submittedOn' | 'returnedOn', column: string): IsoDate | null => {
    const text = cells[field];
    if (text === '') fail(field, `状态为“${label}”的任务须填写${column}`);
    else if (!isIsoDate(text)) fail(field, `${column}“${text}”不是有效日期（应为 YYYY-MM-DD）`);
    else if (text > today) fail(field, `${column} ${text} 晚于今天（${today}）`);
    else return text;
    return null;
  };
  const submittedOn = submitted ? day('submittedOn', '报送日期') : null;
  if (submitted && cells.note.length > TEXT_LIMIT) fail('note', `报送说明不能超过${TEXT_LIMIT}字`);
  const returnedOn = returned ? day('returnedOn', '退回日期') : null;
  if (returnedOn && submittedOn && returnedOn < submittedOn) fail('returnedOn', `退回日期 ${returnedOn} 早于报送日期 ${submittedOn}`);
  const reason = cells.returnReason.trim();
  if (returned && reason === '') fail('returnReason', '状态为“已退回”的任务须填写退回原因');
  else if (returned && reason.length > TEXT_LIMIT) fail('returnReason', `退回原因不能超过${TEXT_LIMIT}字`);

  if (problems.length || !submittedOn) return { movedIn: null, problems };
  const note = cells.note.trim();
  return { movedIn: { submittedOn, note: note === '' ? null : note, returned: returnedOn ? { on: returnedOn, reason } : null }, problems };
}

/** The lifecycle's actions that bring a moved-in task where the old way of working had it, on the days it happened. */
export function movedInActions(task: MovedInTask): TaskAction[] {
  const submit: TaskAction = { type: 'submit', on: task.submittedOn, evidence: [], imported: true, ...(task.note ? { note: task.note } : {}) };
  return task.returned ? [submit, { type: 'return', on: task.returned.on, reason: task.returned.reason }] : [submit];
}
