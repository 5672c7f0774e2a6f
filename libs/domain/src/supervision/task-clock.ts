import { addDays, assertIsoDate, type IsoDate, type WorkingDayCalendar } from '../calendar';

// Holidays run at most about nine days; a month without a working day means broken data.
const MAX_SEARCH_DAYS = 31;

/**
 * A due date that falls on a weekend or holiday runs to the next working day, as the Civil Code
 * (art. 203) treats a period whose last day is a rest day. Dates from addWorkingDays are always
 * working days already; this matters for dates a coordinator types in. Past the loaded notices,
 * Monday to Friday is assumed (the due is then provisional).
 */
export function effectiveDueDate(due: IsoDate, calendar: WorkingDayCalendar): IsoDate {
  assertIsoDate(due, 'due');
  let day = due;
  for (let i = 0; i <= MAX_SEARCH_DAYS; i++) {
    if (calendar.isWorkingDay(day, 'provisional')) return day;
    day = addDays(day, 1);
  }
  throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days after ${due}`);
}

/** The working day `workingDays` working days before `date` (which itself is not counted). */
export function workingDaysBefore(date: IsoDate, workingDays: number, calendar: WorkingDayCalendar): IsoDate {
  assertIsoDate(date, 'date');
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`workingDays must be a non-negative integer, got ${String(workingDays)}`);
  }
  let day = date;
  let counted = 0;
  while (counted < workingDays) {
    day = addDays(day, -1);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return day;
}

export interface TaskClock {
  /** The due date after moving a rest day to the next working day. */
  due: IsoDate;
  overdue: boolean;
  /** Working days after the due date up to and including today; 0 while not overdue. */
  overdueWorkingDays: number;
  /** Working days from tomorrow up to and including the due date; 0 when due today or overdue. */
  workingDaysLeft: number;
}

/** Where a task stands on `today` against its due date, counted in working days. */
export function taskClock(due: IsoDate, today: IsoDate, calendar: WorkingDayCalendar): TaskClock {
  assertIsoDate(today, 'today');
  const effective = effectiveDueDate(due, calendar);
  const overdue = today > effective;
  return {
    due: effective,
    overdue,
    overdueWorkingDays: overdue ? calendar.workingDaysBetween(effective, today, 'provisional') : 0,
    workingDaysLeft: overdue ? 0 : calendar.workingDaysBetween(today, effective, 'provisional'),
  };
}
