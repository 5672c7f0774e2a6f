import { assertIsoDate, type IsoDate } from '../calendar';
import { QuarterNotEndedError } from './errors';

export interface Quarter {
  year: number;
  /** 1 = January to March … 4 = October to December. */
  quarter: 1 | 2 | 3 | 4;
}

const LAST_DAYS = ['03-31', '06-30', '09-30', '12-31'];

export function assertQuarter(value: Quarter, argument = 'quarter'): void {
  const ok =
    typeof value === 'object' &&
    value !== null &&
    Number.isInteger(value.year) &&
    value.year >= 1000 &&
    value.year <= 9999 &&
    [1, 2, 3, 4].includes(value.quarter);
  if (!ok) throw new RangeError(`${argument} must be { year: YYYY, quarter: 1-4 }, got ${JSON.stringify(value)}`);
}

export function quarterOf(date: IsoDate): Quarter {
  assertIsoDate(date);
  return { year: Number(date.slice(0, 4)), quarter: (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter['quarter'] };
}

export function quarterFirstDay(q: Quarter): IsoDate {
  assertQuarter(q);
  return `${q.year}-${String(q.quarter * 3 - 2).padStart(2, '0')}-01`;
}

export function quarterLastDay(q: Quarter): IsoDate {
  assertQuarter(q);
  return `${q.year}-${LAST_DAYS[q.quarter - 1]}`;
}

export function isInQuarter(date: IsoDate, q: Quarter): boolean {
  assertIsoDate(date);
  return date >= quarterFirstDay(q) && date <= quarterLastDay(q);
}

/** True once the quarter's last day has passed: on 30 September the third quarter is still running. */
export function hasQuarterEnded(q: Quarter, asOf: IsoDate): boolean {
  assertIsoDate(asOf, 'asOf');
  return asOf > quarterLastDay(q);
}

/** @throws QuarterNotEndedError when asked on or before the quarter's last day. */
export function assertQuarterEnded(q: Quarter, asOf: IsoDate): void {
  if (!hasQuarterEnded(q, asOf)) throw new QuarterNotEndedError(quarterKey(q), asOf, quarterLastDay(q));
}

export function previousQuarter(q: Quarter): Quarter {
  assertQuarter(q);
  return q.quarter === 1 ? { year: q.year - 1, quarter: 4 } : { year: q.year, quarter: (q.quarter - 1) as Quarter['quarter'] };
}

export function nextQuarter(q: Quarter): Quarter {
  assertQuarter(q);
  return q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: (q.quarter + 1) as Quarter['quarter'] };
}

export function sameQuarter(a: Quarter, b: Quarter): boolean {
  return a.year === b.year && a.quarter === b.quarter;
}

/** 2026-Q3: a stable key for ids and storage. */
export function quarterKey(q: Quarter): string {
  assertQuarter(q);
  return `${q.year}-Q${q.quarter}`;
}

export function parseQuarterKey(key: string): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(typeof key === 'string' ? key : '');
  return match ? { year: Number(match[1]), quarter: Number(match[2]) as Quarter['quarter'] } : null;
}

/** 2026年第3季度, as circulars write it. */
export function quarterLabel(q: Quarter): string {
  assertQuarter(q);
  return `${q.year}年第${q.quarter}季度`;
}
