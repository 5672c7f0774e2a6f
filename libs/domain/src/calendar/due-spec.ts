import { addDays, fromDayNumber, shanghaiDate, shanghaiInstant, toDayNumber, type IsoDate } from './iso-date';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * A time limit as configured: working days ('3wd'), or a plain duration ('4h', '30m', '45s')
 * for urgent documents (and for tests, which must never wait real days).
 */
export type DueSpec = string;
export type ParsedDueSpec = { kind: 'working_days'; count: number } | { kind: 'duration'; ms: number };

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000 };
const HOUR = 3_600_000;
/** Reminders and escalations go out at the start of the office day, 09:00 in Shanghai. */
const MORNING = 9 * HOUR;

export function parseDueSpec(spec: unknown): ParsedDueSpec | null {
  if (typeof spec !== 'string') return null;
  const m = /^(\d{1,4})(wd|h|m|s)$/.exec(spec);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === 'wd' ? { kind: 'working_days', count: n } : { kind: 'duration', ms: n * UNIT_MS[m[2]] };
}

export function isDueSpec(spec: unknown): spec is DueSpec {
  return parseDueSpec(spec) !== null;
}

function mustParse(spec: DueSpec): ParsedDueSpec {
  const parsed = parseDueSpec(spec);
  if (!parsed) throw new RangeError(`"${String(spec)}" is not a time limit such as 3wd, 4h, 30m or 45s`);
  return parsed;
}

/** Whether a day is worked; outside the published notices, Monday to Friday, flagged as assumed. */
function workingDay(calendar: WorkingDayCalendar, date: IsoDate): { working: boolean; assumed: boolean } {
  return { working: calendar.isWorkingDay(date, 'provisional'), assumed: !calendar.covers(date) };
}

function shiftWorkingDays(calendar: WorkingDayCalendar, date: IsoDate, count: number, direction: 1 | -1) {
  let day = toDayNumber(date);
  let assumed = false;
  for (let left = count; left > 0; ) {
    day += direction;
    const info = workingDay(calendar, fromDayNumber(day));
    assumed ||= info.assumed;
    if (info.working) left--;
  }
  return { date: fromDayNumber(day), assumed };
}

export interface DueTimes {
  /** When the limit runs out (end of the due day for working days). */
  dueAt: number;
  /** The due day in Shanghai, for people; null for plain durations. */
  dueDate: IsoDate | null;
  /** The reminder before the due time, null when it would fall before the start. */
  remindAt: number | null;
  /** The reminder on the due day (09:00), or at the due instant for plain durations. */
  dueReminderAt: number;
  /** When the matter goes to the superior. */
  escalateAt: number;
  /** True when some day counted lies beyond the published calendar (Monday to Friday assumed). */
  provisional: boolean;
}

/**
 * Due, reminder and escalation times for a limit starting at `startMs`. Working-day limits run
 * to the end of the due day; reminders go out at 09:00 on working days; a limit that crosses
 * into a year with no State Council notice is computed on Monday to Friday and flagged.
 */
export function dueTimes(
  calendar: WorkingDayCalendar,
  startMs: number,
  due: DueSpec,
  remindBefore: DueSpec,
  escalateAfter: DueSpec,
): DueTimes {
  const [d, r, e] = [mustParse(due), mustParse(remindBefore), mustParse(escalateAfter)];
  let provisional = false;
  let dueAt: number;
  let dueDate: IsoDate | null = null;
  if (d.kind === 'working_days') {
    const shifted = shiftWorkingDays(calendar, shanghaiDate(new Date(startMs)), d.count, 1);
    provisional ||= shifted.assumed;
    dueDate = shifted.date;
    dueAt = shanghaiInstant(addDays(dueDate, 1));
  } else {
    dueAt = startMs + d.ms;
  }
  const dueReminderAt = dueDate ? shanghaiInstant(dueDate, MORNING) : dueAt;

  let remindAt: number | null;
  if (r.kind === 'working_days') {
    const anchor = dueDate ?? shanghaiDate(new Date(dueAt));
    const shifted = shiftWorkingDays(calendar, anchor, r.count, -1);
    provisional ||= shifted.assumed;
    remindAt = r.count === 0 ? null : shanghaiInstant(shifted.date, MORNING);
  } else {
    remindAt = r.ms === 0 ? null : dueAt - r.ms;
  }
  if (remindAt !== null && (remindAt <= startMs || remindAt >= dueReminderAt)) remindAt = null;

  let escalateAt: number;
  if (e.kind === 'working_days') {
    const anchor = dueDate ?? shanghaiDate(new Date(dueAt));
    const shifted = shiftWorkingDays(calendar, anchor, Math.max(1, e.count), 1);
    provisional ||= shifted.assumed;
    escalateAt = shanghaiInstant(shifted.date, MORNING);
  } else {
    escalateAt = dueAt + e.ms;
  }
  return { dueAt, dueDate, remindAt, dueReminderAt, escalateAt, provisional };
}

/** The next reminder after an overdue instant, repeating every `every` (working days at 09:00). */
export function nextRepeat(calendar: WorkingDayCalendar, fromMs: number, every: DueSpec): number {
  const parsed = mustParse(every);
  if (parsed.kind === 'duration') return fromMs + Math.max(parsed.ms, 1000);
  const shifted = shiftWorkingDays(calendar, shanghaiDate(new Date(fromMs)), Math.max(1, parsed.count), 1);
  return shanghaiInstant(shifted.date, MORNING);
}
