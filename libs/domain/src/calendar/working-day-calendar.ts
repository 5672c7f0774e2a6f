import type { CalendarYearData } from './calendar-year-data';
import { calendarVersion } from './calendar-version';
import type { DayInfo } from './day-info';
import type { AddWorkingDaysOptions, BeyondCoverage, CountFrom, Deadline, SkippedDay } from './deadline';
import { explainDeadline } from './deadline-explanation';
import { CalendarDataError, CalendarNotCoveredError } from './errors';
import {
  addDays,
  assertIsoDate,
  fromDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
  yearOf,
  type IsoDate,
} from './iso-date';
import { parseCalendarYear } from './parse-calendar-year';

export interface WorkingDayCalendar {
  /** Content hash of the loaded notices plus the years covered, e.g. cn-2020-2026-3f9a1c2b7d4e. */
  readonly version: string;
  readonly firstYear: number;
  readonly lastYear: number;
  covers(date: IsoDate): boolean;
  /** @throws CalendarNotCoveredError outside the loaded years. */
  dayInfo(date: IsoDate): DayInfo;
  /** @throws CalendarNotCoveredError outside the loaded years, unless Monday to Friday is to be assumed there. */
  isWorkingDay(date: IsoDate, beyondCoverage?: BeyondCoverage): boolean;
  /** The date on which a period of `workingDays` working days runs out. */
  addWorkingDays(start: IsoDate, workingDays: number, options?: AddWorkingDaysOptions): Deadline;
  /** Working days d with from < d <= to; negative (the mirror image) when to < from. */
  workingDaysBetween(from: IsoDate, to: IsoDate, beyondCoverage?: BeyondCoverage): number;
}

// Statutory periods are tens of working days; this only stops a typo from looping for years.
const MAX_WORKING_DAYS = 10_000;

interface SpecialDay {
  kind: 'holiday' | 'makeup_workday';
  holiday: string;
  notice: string;
  amendedBy?: string;
  source: string;
}

/** Calendars last built, by their years' content: a handful of versions are in use at a time. */
const built = new Map<string, WorkingDayCalendar>();
const BUILT_KEPT = 8;

/**
 * The calendar of these years. Equal years give the same calendar object: it is frozen and keeps
 * nothing a caller can change, so one is shared by every caller in the process, and by every
 * workflow of a worker thread (this module is preloaded there), instead of each open workflow
 * holding its own tables built from the same fetched notices.
 */
export function createCalendar(years: readonly CalendarYearData[]): WorkingDayCalendar {
  const key = JSON.stringify(years);
  const found = built.get(key);
  if (found) return found;
  const calendar = buildCalendar(years);
  if (built.size >= BUILT_KEPT) built.delete(built.keys().next().value!);
  built.set(key, calendar);
  return calendar;
}

function buildCalendar(years: readonly CalendarYearData[]): WorkingDayCalendar {
  if (!Array.isArray(years) || years.length === 0) {
    throw new CalendarDataError('日历数据', ['at least one year file is needed']);
  }
  const parsed = years
    .map((entry, i) => parseCalendarYear(entry, sourceName(entry, i)))
    .sort((a, b) => a.year - b.year);
  checkYearsContiguous(parsed);
  const special = indexSpecialDays(parsed);
  const firstYear = parsed[0].year;
  const lastYear = parsed[parsed.length - 1].year;
  // Hashing every notice is the costliest part of building a calendar, and most callers (a
  // workflow computing a reminder time) never ask for the version: compute it on first use.
  let versionCache: string | undefined;
  const version = () => (versionCache ??= calendarVersion(parsed));

  // Counting is array lookups: a running count of working days is built up front from day
  // numbers alone. A day's full description (its date text, the holiday) is built only when asked
  // for, since a workflow builds this calendar anew and usually looks at a dozen days.
  const firstDay = toDayNumber(`${firstYear}-01-01`);
  const lastDay = toDayNumber(`${lastYear}-12-31`);
  const workingBefore = new Int32Array(lastDay - firstDay + 2);
  for (let day = firstDay; day <= lastDay; day++) {
    const found = special.get(day);
    const working = found ? found.kind === 'makeup_workday' : !isWeekend(day);
    workingBefore[day - firstDay + 1] = workingBefore[day - firstDay] + (working ? 1 : 0);
  }
  const days: (DayInfo | undefined)[] = new Array(lastDay - firstDay + 1);
  const covered = (day: number): DayInfo => (days[day - firstDay] ??= Object.freeze(classify(day, special.get(day))));
  const isCoveredWorkingDay = (day: number): boolean => workingBefore[day - firstDay + 1] > workingBefore[day - firstDay];

  const covers = (date: IsoDate): boolean => {
    const year = yearOf(date);
    return year >= firstYear && year <= lastYear;
  };

  const refuseUncovered = (day: number): void => {
    if (day < firstDay || day > lastDay) throw new CalendarNotCoveredError(fromDayNumber(day), firstYear, lastYear);
  };

  /** Outside the notices only 'provisional' gets an answer: Monday to Friday, marked as assumed. */
  const examine = (day: number, beyond: BeyondCoverage): { info: DayInfo; assumed: boolean } => {
    if (day >= firstDay && day <= lastDay) return { info: covered(day), assumed: false };
    if (beyond === 'refuse') refuseUncovered(day);
    return { info: classify(day, undefined), assumed: true };
  };

  const dayInfo = (date: IsoDate): DayInfo => ({ ...examine(toDayNumber(date), 'refuse').info });

  const addWorkingDays = (start: IsoDate, workingDays: number, options: AddWorkingDaysOptions = {}): Deadline => {
    assertIsoDate(start, 'start');
    if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
      throw new RangeError(
        `workingDays must be an integer from 0 to ${MAX_WORKING_DAYS}, got ${String(workingDays)}`,
      );
    }
    const countFrom: CountFrom = options.countFrom ?? 'next_day';
    const beyond: BeyondCoverage = options.beyondCoverage ?? 'refuse';
    if (countFrom !== 'next_day' && countFrom !== 'same_day') {
      throw new RangeError(`options.countFrom must be 'next_day' or 'same_day', got ${String(countFrom)}`);
    }
    if (beyond !== 'refuse' && beyond !== 'provisional') {
      throw new RangeError(`options.beyondCoverage must be 'refuse' or 'provisional', got ${String(beyond)}`);
    }

    const counted: IsoDate[] = [];
    const skipped: SkippedDay[] = [];
    const makeupWorkdaysCounted: IsoDate[] = [];
    const assumedDays: IsoDate[] = [];
    let day = toDayNumber(start) + (countFrom === 'same_day' ? 0 : 1);
    while (counted.length < workingDays) {
      const { info, assumed } = examine(day, beyond);
      const { date } = info;
      if (assumed) assumedDays.push(date);
      if (info.working) {
        counted.push(date);
        if (info.kind === 'makeup_workday') makeupWorkdaysCounted.push(date);
      } else {
        const kind = info.kind === 'holiday' ? 'holiday' : 'weekend';
        skipped.push(info.holiday !== undefined ? { date, kind, holiday: info.holiday } : { date, kind });
      }
      day++;
    }

    const due = counted.length > 0 ? counted[counted.length - 1] : start;
    const explanation = explainDeadline({
      start,
      workingDays,
      countFrom,
      due,
      startCounted: counted[0] === start,
      skipped,
      makeupWorkdaysCounted,
      assumedDays,
      firstYear,
      lastYear,
      calendarVersion: version(),
    });
    return {
      start,
      workingDays,
      countFrom,
      due,
      provisional: assumedDays.length > 0,
      calendarVersion: version(),
      skipped,
      counted,
      explanation,
    };
  };

  /** Monday to Friday counted over days outside the notices, for a provisional count. */
  const assumedWorkingDays = (first: number, last: number): number => {
    let count = 0;
    for (let day = first; day <= last; day++) if (!isWeekend(day)) count++;
    return count;
  };

  const workingDaysBetween = (from: IsoDate, to: IsoDate, beyond: BeyondCoverage = 'refuse'): number => {
    assertIsoDate(from, 'from');
    assertIsoDate(to, 'to');
    const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    const [first, last] = [toDayNumber(low) + 1, toDayNumber(high)];
    if (first <= last && beyond === 'refuse') {
      // Report the first uncovered day, as a day-by-day count would have.
      if (first < firstDay) examine(first, 'refuse');
      if (last > lastDay) examine(Math.max(first, lastDay + 1), 'refuse');
    }
    let count = 0;
    if (first <= last) {
      const [a, b] = [Math.max(first, firstDay), Math.min(last, lastDay)];
      if (a <= b) count += workingBefore[b - firstDay + 1] - workingBefore[a - firstDay];
      if (first < firstDay) count += assumedWorkingDays(first, Math.min(last, firstDay - 1));
      if (last > lastDay) count += assumedWorkingDays(Math.max(first, lastDay + 1), last);
    }
    return count === 0 ? 0 : sign * count;
  };

  return Object.freeze({
    get version() {
      return version();
    },
    firstYear,
    lastYear,
    covers,
    dayInfo,
    isWorkingDay: (date: IsoDate, beyond: BeyondCoverage = 'refuse') => {
      const day = toDayNumber(date);
      if (beyond === 'provisional' && (day < firstDay || day > lastDay)) return !isWeekend(day);
      refuseUncovered(day);
      return isCoveredWorkingDay(day);
    },
    addWorkingDays,
    workingDaysBetween,
  });
}

function isWeekend(day: number): boolean {
  const weekday = weekdayOfDayNumber(day);
  return weekday === 0 || weekday === 6;
}

function classify(day: number, found: SpecialDay | undefined): DayInfo {
  const date = fromDayNumber(day);
  if (found) {
    const info: DayInfo = {
      date,
      working: found.kind === 'makeup_workday',
      kind: found.kind,
      holiday: found.holiday,
      notice: found.notice,
    };
    if (found.amendedBy) info.amendedBy = found.amendedBy;
    return info;
  }
  return isWeekend(day) ? { date, working: false, kind: 'weekend' } : { date, working: true, kind: 'workday' };
}

function sourceName(entry: unknown, index: number): string {
  const year = (entry as { year?: unknown } | null)?.year;
  return typeof year === 'number' && Number.isInteger(year) ? `${year}.json` : `year file #${index + 1}`;
}

/** A gap would make covers() claim a year we know nothing about. */
function checkYearsContiguous(years: readonly CalendarYearData[]): void {
  for (let i = 1; i < years.length; i++) {
    const previous = years[i - 1].year;
    const year = years[i].year;
    if (year === previous) {
      throw new CalendarDataError(`${year}.json`, [`year ${year} is given more than once`]);
    }
    if (year !== previous + 1) {
      throw new CalendarDataError(`${previous + 1}.json`, [
        `year ${previous + 1} is missing between ${previous} and ${year}; the calendar must cover consecutive years`,
      ]);
    }
  }
}

/** One lookup table for every notice, refusing a day that two notices disagree on. */
function indexSpecialDays(years: readonly CalendarYearData[]): Map<number, SpecialDay> {
  const special = new Map<number, SpecialDay>();
  const claim = (date: IsoDate, day: SpecialDay) => {
    const other = special.get(toDayNumber(date));
    if (other) {
      throw new CalendarDataError(day.source, [
        `${date} is set by both ${other.source} (${other.kind} ${other.holiday}) ` +
          `and ${day.source} (${day.kind} ${day.holiday})`,
      ]);
    }
    special.set(toDayNumber(date), day);
  };
  for (const year of years) {
    const source = `${year.year}.json`;
    for (const h of year.holidays) {
      for (let d = h.from; d <= h.to; d = addDays(d, 1)) {
        claim(d, { kind: 'holiday', holiday: h.name, notice: year.notice, amendedBy: h.amendedBy, source });
      }
    }
    for (const m of year.makeupWorkdays) {
      claim(m.date, { kind: 'makeup_workday', holiday: m.for, notice: year.notice, source });
    }
  }
  return special;
}
