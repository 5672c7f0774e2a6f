import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { CalendarPublished, DeadlineMove } from '../../libs/contracts/src/calendar-activities';
import type { CalendarYearData } from '../../libs/domain/src/calendar/calendar-year-data';

/** Sent to every open case when a calendar version is published. */
export const calendarPublishedSignal = defineSignal<[CalendarPublished]>('calendarPublished');
/** What the given years would move in this case, computed by the code that moves it on publication. */
export const calendarImpactQuery = defineQuery<DeadlineMove[], [CalendarYearData[]]>('calendarImpact');
