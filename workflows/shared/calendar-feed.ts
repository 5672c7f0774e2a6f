import { patched, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import { calendarHoldQuery, calendarImpactQuery, calendarPublishedSignal, decideCalendarHoldUpdate, type CalendarHoldDecision, type CalendarHoldReceipt } from './calendar.messages';
import { guard } from './rule-guard';
import type { CalendarActivities, CalendarInForce, CalendarPublished, DeadlineMove } from '../../libs/contracts/src/calendar-activities';
import { CalendarHoldError, checkHoldDecision, holdAfter, holdWhole, type CalendarHold } from '../../libs/domain/src/calendar/calendar-hold';
import type { CalendarYearData } from '../../libs/domain/src/calendar/calendar-year-data';
import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { createCalendar, type WorkingDayCalendar } from '../../libs/domain/src/calendar/working-day-calendar';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { workflowNow } from './workflow-clock';

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
  /** A coordinator's decision on the case's hold, which this change carries out. */
  decided?: CalendarHoldDecision;
}

export interface CalendarFeed {
  current(): WorkingDayCalendar;
  /** The first fetch, applied; null on the bundled path, where nothing waits (old histories keep their command order). */
  loaded: Promise<void> | null;
}

/** Where a case keeps its hold, so that it outlives a continue-as-new: the workflow's state. */
export interface HoldKeeper {
  calendarHold?: CalendarHold | null;
}

/**
 * The calendar of one run. Histories recorded before the calendar became data ran on the bundled
 * notices and go on doing so (no marker: no fetch); a new run fetches the database's years through
 * a local activity, whose result the history keeps, and fetches again when a version is published.
 * A publication that would move a deadline the case has acted on leaves the case on the calendar
 * it counts on (a hold, in `keeper`) until a coordinator decides through decideCalendarHold.
 * The handlers are set at once, in the first activation, whichever path the run is on.
 */
export function followCalendar(
  impactUnder: (calendar: WorkingDayCalendar) => DeadlineMove[],
  onChange: (change: CalendarChange) => Promise<void> | void,
  /** Read when a hold changes or is read, after the workflow has built its state. */
  keeperOf: () => HoldKeeper = () => ({}),
): CalendarFeed {
  let calendar = defaultCalendar();
  let counting: { years: CalendarYearData[]; label: string } | null = null;
  let queue: Promise<void> = Promise.resolve();
  const inTurn = <T>(step: () => Promise<T>): Promise<T> => {
    const done = queue.then(step);
    queue = done.then(
      () => undefined,
      () => undefined,
    );
    return done;
  };
  const fetch = (published: CalendarPublished | null) =>
    inTurn(async () => {
      const inForce = await calendarInForce();
      const latest = createCalendar(inForce.years);
      const keeper = keeperOf();
      const hold = keeper.calendarHold ?? null;
      if (published && counting && patched('calendar-holds')) {
        const moves = holdWhole(impactUnder(latest));
        const next = holdAfter(hold, moves, counting, published);
        keeper.calendarHold = next;
        if (next) return onChange({ calendar, inForce: { ...inForce, label: next.label }, published, moves });
        calendar = latest;
        counting = inForce;
        return onChange({ calendar, inForce, published, moves });
      }
      // A run that starts on a hold (continue-as-new) counts on the held years, as the last did.
      const on = hold ? { years: hold.years, label: hold.label } : inForce;
      const next = hold ? createCalendar(hold.years) : latest;
      const moves = impactUnder(next);
      calendar = next;
      counting = on;
      await onChange({ calendar, inForce: { ...inForce, label: on.label }, published, moves });
    });
  setHandler(calendarImpactQuery, (years) => holdWhole(impactUnder(createCalendar(years))));
  setHandler(calendarHoldQuery, () => keeperOf().calendarHold ?? null);
  setHandler(calendarPublishedSignal, (published) => {
    if (patched('calendar-publications')) void fetch(published);
  });
  setHandler(
    decideCalendarHoldUpdate,
    (decided) =>
      inTurn(async (): Promise<CalendarHoldReceipt> => {
        const keeper = keeperOf();
        const hold = keeper.calendarHold!;
        if (decided.decision === 'keep') {
          hold.kept = { by: decided.actor.name, on: shanghaiDate(new Date(workflowNow())), reason: decided.reason.trim() };
          await onChange({ calendar, inForce: { label: hold.label, versions: [], years: hold.years }, published: null, moves: [], decided });
          return { decision: 'keep', moves: [] };
        }
        const inForce = await calendarInForce();
        const latest = createCalendar(inForce.years);
        const moves = impactUnder(latest).map((m) => ({ ...m, held: false }));
        keeper.calendarHold = null;
        calendar = latest;
        counting = inForce;
        const published = hold.published;
        await onChange({ calendar, inForce, published, moves, decided });
        return { decision: 'apply', moves };
      }),
    { validator: ({ decision, actor, reason }) => guard([CalendarHoldError], () => checkHoldDecision(keeperOf().calendarHold ?? null, decision, actor.roles, reason)) },
  );
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
