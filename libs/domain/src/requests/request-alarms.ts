import { addDays, type IsoDate, isWeekend, shanghaiInstant } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { RequestClock } from './request-clock';

/** Reminders to the handling unit, in working days before the answer is due. */
export const DEFAULT_REMINDER_LEADS: readonly number[] = [3, 1];
/** A lead longer than the answer period itself would fire on the day of receipt. */
export const MAX_REMINDER_LEAD = 20;
/** Reminders go out at the start of the office day, 09:00 in Shanghai. */
const MORNING_MS = 9 * 3_600_000;

/** What the workflow has already done about time, so nothing is sent or recorded twice. */
export interface AlarmMemory {
  /** Leads reminded (or passed over) while the current due date approached. */
  remindedLeads: number[];
  /** The due date whose breach is recorded, while the request stays overdue. */
  breachedDue: IsoDate | null;
}

export interface RequestAlarms {
  /** The reminder to send now: the most urgent lead whose time has come. */
  reminder: { lead: number; due: IsoDate; workingDaysLeft: number } | null;
  /** The memory to keep once what is asked here is done. */
  memory: AlarmMemory;
  /** The answer period ran out and its breach is not recorded yet. */
  breach: { due: IsoDate; overdueWorkingDays: number } | null;
  /** The requester let the correction window pass (art. 30): close the request as abandoned. */
  abandon: { correctionDue: IsoDate } | null;
  /** When the clock next changes by itself; null when only a person can move it on. */
  nextAt: number | null;
}

/**
 * What time asks of one open information request at `nowMs`, read from its clock. Several
 * reminders that have come due at once (a request registered late) give one: the closest to
 * the due date. When the due date moves away (an extension), the reminders start afresh. A
 * request stays breached once overdue: facts entered late that move its due date but leave it
 * overdue record no second breach; one that is back in time and runs out again does.
 */
export function requestAlarms(
  clock: RequestClock,
  leads: readonly number[],
  memory: AlarmMemory,
  nowMs: number,
  calendar: WorkingDayCalendar,
): RequestAlarms {
  const quiet: RequestAlarms = { reminder: null, memory, breach: null, abandon: null, nextAt: null };
  if (clock.answeredOn) return quiet;
  if (clock.status === 'abandoned') return { ...quiet, abandon: { correctionDue: clock.correction!.correctionDue } };

  const wakes: number[] = [];
  if (clock.status === 'awaiting_correction' && clock.correction) wakes.push(dayStart(addDays(clock.correction.correctionDue, 1)));
  // An open consultation pushes the due date on by a day each working day.
  if (clock.dueMoves) wakes.push(dayStart(addDays(clock.today, 1)));

  let reminder: RequestAlarms['reminder'] = null;
  let breach: RequestAlarms['breach'] = null;
  let reminded = memory.remindedLeads;
  let breachedDue = memory.breachedDue;
  const due = clock.due?.due ?? null;
  if (due && clock.status === 'overdue') {
    if (breachedDue === null) {
      breach = { due, overdueWorkingDays: clock.overdueWorkingDays };
      breachedDue = due;
    }
  } else if (due) {
    breachedDue = null;
    wakes.push(dayStart(addDays(due, 1)));
    const left = clock.workingDaysLeft ?? 0;
    if (reminded.length > 0 && left > Math.max(...reminded)) reminded = [];
    const pending = leads.filter((lead) => !reminded.includes(lead));
    const remindAt = (lead: number) => dayStart(workingDaysEarlier(due, lead, calendar)) + MORNING_MS;
    const come = pending.filter((lead) => remindAt(lead) <= nowMs);
    if (come.length > 0) {
      reminder = { lead: Math.min(...come), due, workingDaysLeft: left };
      reminded = [...reminded, ...come].sort((a, b) => b - a);
    }
    for (const lead of pending) if (!come.includes(lead)) wakes.push(remindAt(lead));
  }
  return {
    reminder,
    memory: { remindedLeads: reminded, breachedDue },
    breach,
    abandon: null,
    nextAt: wakes.length > 0 ? Math.min(...wakes) : null,
  };
}

const dayStart = (date: IsoDate) => shanghaiInstant(date);

/** The day `count` working days before `date`; beyond the notices, Monday to Friday as the clock assumes. */
function workingDaysEarlier(date: IsoDate, count: number, calendar: WorkingDayCalendar): IsoDate {
  let day = date;
  for (let left = count; left > 0; ) {
    day = addDays(day, -1);
    if (calendar.covers(day) ? calendar.isWorkingDay(day) : !isWeekend(day)) left--;
  }
  return day;
}

/** Reminder leads as configured: distinct whole working days from 1 to 20, longest first. */
export function checkReminderLeads(leads: readonly number[]): string | null {
  if (leads.length === 0) return 'name at least one lead, e.g. 3,1';
  const bad = leads.find((lead) => !Number.isInteger(lead) || lead < 1 || lead > MAX_REMINDER_LEAD);
  if (bad !== undefined) return `each lead is a whole number of working days from 1 to ${MAX_REMINDER_LEAD}, got ${bad}`;
  if (new Set(leads).size !== leads.length) return 'a lead is named twice';
  return null;
}
