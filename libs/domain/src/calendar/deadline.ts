import type { IsoDate } from './iso-date';

/**
 * next_day: the period starts the day after `start` (the usual reading of 自收到申请之日起…).
 * same_day: `start` itself is day 1 when it is a working day.
 */
export type CountFrom = 'next_day' | 'same_day';

/**
 * refuse: throw when counting reaches a year with no published notice.
 * provisional: assume Monday to Friday there, and flag the result.
 */
export type BeyondCoverage = 'refuse' | 'provisional';

export interface AddWorkingDaysOptions {
  countFrom?: CountFrom;
  beyondCoverage?: BeyondCoverage;
}

export interface SkippedDay {
  date: IsoDate;
  kind: 'weekend' | 'holiday';
  holiday?: string;
}

/**
 * A computed time limit with everything needed to check it by hand. Plain JSON on purpose:
 * it is stored in the database and in Temporal workflow history.
 */
export interface Deadline {
  start: IsoDate;
  workingDays: number;
  countFrom: CountFrom;
  due: IsoDate;
  /** True when some counted or skipped day lies outside the published notices. */
  provisional: boolean;
  calendarVersion: string;
  /** Non-working days passed over while counting, in order. */
  skipped: SkippedDay[];
  /** The working days counted, in order; the last one is `due`. */
  counted: IsoDate[];
  explanation: string;
}
