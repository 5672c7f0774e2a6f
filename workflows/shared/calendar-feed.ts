import { patched, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import { calendarImpactQuery, calendarPublishedSignal } from './calendar.messages';
import type { CalendarActivities, CalendarInForce, CalendarPublished, DeadlineMove } from '../../libs/contracts/src/calendar-activities';
import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { createCalendar, type WorkingDayCalendar } from '../../libs/domain/src/calendar/working-day-calendar';

const { calendarInForce } = proxyLocalActivities<CalendarActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

/** The calendar a case counts on, with what last changed it. */
export interface CalendarChange {
  calendar: WorkingDayCalendar;
  inForce: CalendarInForce;
  /** The publication that brought it; null for the fetch at the start of the run. */
  published: CalendarPublished | null;
  /** The case's deadlines this calendar moves, as the impact query reported them before. */
  moves: DeadlineMove[];
}

export interface CalendarFeed {
  current(): WorkingDayCalendar;
  /** The first fetch, applied; null on the bundled path, where nothing waits (old histories keep their command order). */
  loaded: Promise<void> | null;
}

/**
 * The calendar of one run. Histories recorded before the calendar became data ran on the bundled
 * notices and go on doing so (no marker: no fetch); a new run fetches the database's years through
 * a local activity, whose result the history keeps, and fetches again when a version is published.
 * The signal handler is set at once, in the first activation, whichever path the run is on.
 */
export function followCalendar(
  impactUnder: (calendar: WorkingDayCalendar) => DeadlineMove[],
  onChange: (change: CalendarChange) => Promise<void> | void,
): CalendarFeed {
  let calendar = defaultCalendar();
  let queue: Promise<void> = Promise.resolve();
  const fetch = (published: CalendarPublished | null) => {
    queue = queue.then(async () => {
      const inForce = await calendarInForce();
      const next = createCalendar(inForce.years);
      const moves = impactUnder(next);
      calendar = next;
      await onChange({ calendar, inForce, published, moves });
    });
    return queue;
  };
  setHandler(calendarImpactQuery, (years) => impactUnder(createCalendar(years)));
  setHandler(calendarPublishedSignal, (published) => {
    if (patched('calendar-publications')) void fetch(published);
  });
  const loaded = patched('calendar-from-database') ? fetch(null) : null;
  return { current: () => calendar, loaded };
}

/**
 * The calendar of a short run that follows no publication (the daily urging): the database's
 * years fetched once, or the bundled notices for a history recorded before the calendar became data.
 */
export async function fetchedCalendar(): Promise<WorkingDayCalendar> {
  return patched('calendar-from-database') ? createCalendar((await calendarInForce()).years) : defaultCalendar();
}
