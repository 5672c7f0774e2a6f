import { BUNDLED_CALENDAR_YEARS } from './data';
import { createCalendar, type WorkingDayCalendar } from './working-day-calendar';

let bundled: WorkingDayCalendar | undefined;

/** The calendar built from the notices shipped in data/, validated once per process. */
export function defaultCalendar(): WorkingDayCalendar {
  bundled ??= createCalendar(BUNDLED_CALENDAR_YEARS);
  return bundled;
}
