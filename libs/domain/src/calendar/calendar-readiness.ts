import { assertIsoDate, type IsoDate } from './iso-date';

/** The State Council publishes the next year's holidays in late autumn; from this day on its absence is worth a warning. */
export const NEXT_YEAR_WARNING_FROM = '11-01';

export interface CalendarReadiness {
  nextYear: number;
  loaded: boolean;
  /** The day the warning starts, in this year. */
  warnFrom: IsoDate;
  /** True from 1 November while next year's calendar is not in force. */
  warning: boolean;
}

/** Whether next year's calendar is in force, seen on `today` (Beijing) with the calendar covering up to `lastYear`. */
export function calendarReadiness(today: IsoDate, lastYear: number): CalendarReadiness {
  assertIsoDate(today, 'today');
  const year = Number(today.slice(0, 4));
  const warnFrom = `${year}-${NEXT_YEAR_WARNING_FROM}`;
  const loaded = lastYear >= year + 1;
  return { nextYear: year + 1, loaded, warnFrom, warning: !loaded && today >= warnFrom };
}
