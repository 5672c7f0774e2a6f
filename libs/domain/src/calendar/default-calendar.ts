import type { CalendarYearData } from './calendar-year-data';
import { BUNDLED_CALENDAR_YEARS } from './data';
import { createCalendar, type WorkingDayCalendar } from './working-day-calendar';

let bundled: WorkingDayCalendar | undefined;
let installed: WorkingDayCalendar | undefined;

/**
 * The calendar in force in this process: the years the database holds once the API or worker
 * installed them, else the notices shipped in data/ (validated once per process). Workflow code
 * gets its calendar from an activity instead; there this is only the one old histories ran on.
 */
export function defaultCalendar(): WorkingDayCalendar {
  if (installed) return installed;
  bundled ??= createCalendar(BUNDLED_CALENDAR_YEARS);
  return bundled;
}

/** Puts the database's years in force for this process (at start, and when a version is published). */
export function installCalendar(years: readonly CalendarYearData[]): WorkingDayCalendar {
  installed = createCalendar(years);
  return installed;
}
