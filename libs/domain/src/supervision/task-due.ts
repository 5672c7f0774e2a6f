import { shanghaiDate, shanghaiInstant, type IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { dueTimes, parseDueSpec, type DueSpec, type DueTimes } from '../calendar/due-spec';
import { effectiveDueDate } from './task-clock';

/**
 * A task's time limit in the sign-off's terms: a start and a limit counted from it, so the
 * sign-off's dueTimes places reminders, the due instant and the supervision order alike.
 */
export interface TaskDue {
  startMs: number;
  due: DueSpec;
  /** The date as the coordinator typed it, kept so a newly published calendar recounts to it. */
  dueOn?: IsoDate;
}

/** The timing settings a task workflow follows (README: Supervision cycle). */
export interface TaskTiming {
  /** A reminder this long before the due date ('3wd'), or before a limit in hours ('2s' in tests). */
  remindBefore: DueSpec;
  /** A supervision order this long after the due date ('3wd'). */
  orderAfter: DueSpec;
  orderLevel: 1 | 2 | 3;
  /** The reply time of an order; null: by level, in working days (一般 5, 重点 3, 特急 1). */
  orderReplyWithin: DueSpec | null;
}

/**
 * A due date typed by a coordinator: working days from the day the task is created. A date
 * already past (a ledger imported late) counts from that date itself, so the task is overdue at once.
 */
export function taskDueFromDate(createdAtMs: number, dueOn: IsoDate, calendar: WorkingDayCalendar): TaskDue {
  const due = effectiveDueDate(dueOn, calendar);
  const today = shanghaiDate(createdAtMs);
  if (due < today) return { startMs: shanghaiInstant(due), due: '0wd', dueOn };
  return { startMs: createdAtMs, due: `${calendar.workingDaysBetween(today, due, 'provisional')}wd`, dueOn };
}

/**
 * The due on another calendar: the date as typed (or, for a limit in working days, the date it
 * gave) stands, moved off a day that calendar makes a rest day; a limit in hours is no date.
 */
export function recountTaskDue(due: TaskDue, dueOn: IsoDate, calendar: WorkingDayCalendar): TaskDue {
  if (parseDueSpec(due.due)?.kind === 'duration') return due;
  return taskDueFromDate(due.startMs, due.dueOn ?? dueOn, calendar);
}

/** A limit such as '10wd' or '4h' counted from creation; null when the text is no limit. */
export function taskDueFromLimit(createdAtMs: number, limit: string): TaskDue | null {
  return parseDueSpec(limit) ? { startMs: createdAtMs, due: limit } : null;
}

/** Reminder, due and supervision-order instants of a task. */
export function taskTimes(due: TaskDue, timing: TaskTiming, calendar: WorkingDayCalendar): DueTimes {
  return dueTimes(calendar, due.startMs, due.due, timing.remindBefore, timing.orderAfter);
}

/** The due date people read: the due day, or the Shanghai day a limit in hours runs out. */
export function taskDueDate(times: DueTimes): IsoDate {
  return times.dueDate ?? shanghaiDate(times.dueAt);
}
