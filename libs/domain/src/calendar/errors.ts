export class InvalidDateError extends Error {
  readonly code = 'INVALID_DATE' as const;

  constructor(
    readonly value: unknown,
    detail = '应为存在的日期，格式 YYYY-MM-DD',
  ) {
    super(`日期 ${describe(value)} 无效：${detail}`);
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
    /** 'YYYY-MM-DD' (IsoDate; spelled as string because iso-date.ts imports this file). */
    readonly date: string,
    readonly firstYear: number,
    readonly lastYear: number,
  ) {
    super(
      `工作日日历只包含 ${firstYear}-01-01 至 ${lastYear}-12-31；${date} 不在其中` +
        `（须先载入国务院办公厅 ${date.slice(0, 4)} 年的节假日安排通知）`,
    );
    this.name = 'CalendarNotCoveredError';
  }
}

/** One fault of a year file: the JSON path at fault (`holidays[2].from`; empty for the whole file) and why. */
export interface CalendarFault {
  field: string;
  reason: string;
}

/** The one fault of a year file that is not JSON at all, whether uploaded to the API or given to the CLI. */
export const CALENDAR_FILE_NOT_JSON = 'CALENDAR_FILE_NOT_JSON';
export function notJsonFault(detail?: string): CalendarFault {
  return { field: 'file', reason: `节假日安排文件不是有效的 JSON${detail ? `：${detail}` : ''}，应为一个 JSON 对象（data/<年份>.json 的格式）` };
}

export class CalendarDataError extends Error {
  readonly code = 'CALENDAR_DATA_INVALID' as const;
  readonly problems: readonly string[];
  readonly faults: readonly CalendarFault[];

  constructor(
    /** The year file (or other source) the problems were found in. */
    readonly source: string,
    problems: readonly (string | CalendarFault)[],
  ) {
    const faults = problems.map((p) => (typeof p === 'string' ? { field: '', reason: p } : p));
    super(`日历数据 ${source} 有误：${faults.map((f) => f.reason).join('；')}`);
    this.name = 'CalendarDataError';
    this.faults = faults;
    this.problems = faults.map((f) => f.reason);
  }
}
