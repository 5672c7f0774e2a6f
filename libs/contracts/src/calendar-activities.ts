import type { MovedDeadlineKind } from '../../domain/src/calendar/calendar-moves-mail';
import type { CalendarYearData } from '../../domain/src/calendar/calendar-year-data';

/** One year's version in force, as a case records which notice moved its deadline. */
export interface CalendarYearInForce {
  version: number;
  year: number;
  notice: string;
}

/** The working-day calendar in force, whole: a workflow builds its calendar from this, never from a bundled module. */
export interface CalendarInForce {
  /** The content label (cn-2020-2027-…) each computed deadline carries. */
  label: string;
  versions: CalendarYearInForce[];
  years: CalendarYearData[];
}

/** Sent to every open case when a version is published: it fetches the calendar anew and recounts. */
export interface CalendarPublished {
  version: number;
  year: number;
  notice: string;
}

export interface CalendarActivities {
  calendarInForce(): Promise<CalendarInForce>;
}


/** One deadline of an open case that another calendar would move. */
export interface DeadlineMove {
  kind: MovedDeadlineKind;
  /** Dates (YYYY-MM-DD) as people read them; a sign-off level's deadline is its due day. */
  from: string | null;
  to: string | null;
  /** Already acted on (a breach recorded, an order issued, a level escalated): kept, recorded for a coordinator. */
  held: boolean;
}
