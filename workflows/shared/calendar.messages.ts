import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CalendarPublished, DeadlineMove } from '../../libs/contracts/src/calendar-activities';
import type { CalendarYearData } from '../../libs/domain/src/calendar/calendar-year-data';
import type { CalendarHold, HoldDecision } from '../../libs/domain/src/calendar/calendar-hold';
import type { Actor } from '../../libs/domain/src/registry/actor';

/** Sent to every open case when a calendar version is published. */
export const calendarPublishedSignal = defineSignal<[CalendarPublished]>('calendarPublished');
/** What the given years would move in this case, computed by the code that moves it on publication. */
export const calendarImpactQuery = defineQuery<DeadlineMove[], [CalendarYearData[]]>('calendarImpact');

/** A coordinator's decision on a case held on its old calendar: move its deadlines to the calendar in force, or keep them. */
export interface CalendarHoldDecision {
  actor: Actor;
  decision: HoldDecision;
  reason: string;
}

export interface CalendarHoldReceipt {
  decision: HoldDecision;
  /** The deadlines the decision moved (none when the old dates are kept). */
  moves: DeadlineMove[];
}

/** The case's hold, while a published calendar is held back from it; null when it counts on the calendar in force. */
export const calendarHoldQuery = defineQuery<CalendarHold | null>('calendarHold');

export const decideCalendarHoldUpdate = defineUpdate<CalendarHoldReceipt, [CalendarHoldDecision]>('decideCalendarHold');
