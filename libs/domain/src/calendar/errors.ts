import type { IsoDate } from './iso-date';

export class InvalidDateError extends Error {
  readonly code = 'INVALID_DATE' as const;

  constructor(
    readonly value: unknown,
    detail = 'expected a calendar date written YYYY-MM-DD',
  ) {
    super(`Invalid date ${describe(value)}: ${detail}`);
    this.name = 'InvalidDateError';
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return 'Invalid Date';
  return String(value);
}

/** A date outside the years whose State Council notices are loaded: we refuse to guess. */
export class CalendarNotCoveredError extends Error {
  readonly code = 'CALENDAR_NOT_COVERED' as const;

  constructor(
    readonly date: IsoDate,
    readonly firstYear: number,
    readonly lastYear: number,
  ) {
    super(
      `The working-day calendar covers ${firstYear}-01-01 to ${lastYear}-12-31 only; ${date} is outside it ` +
        `(add the State Council holiday notice for ${date.slice(0, 4)} first)`,
    );
    this.name = 'CalendarNotCoveredError';
  }
}

export class CalendarDataError extends Error {
  readonly code = 'CALENDAR_DATA_INVALID' as const;

  constructor(
    /** The year file (or other source) the problems were found in. */
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid calendar data in ${source}: ${problems.join('; ')}`);
    this.name = 'CalendarDataError';
  }
}
