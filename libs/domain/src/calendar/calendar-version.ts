import type { CalendarYearData } from './calendar-year-data';
import { sha256Hex } from './sha256';

const HASH_LENGTH = 12;

/**
 * Names the exact data a deadline was computed with, e.g. cn-2020-2026-3f9a1c2b7d4e, so a stored
 * deadline can be recomputed or questioned later. Entry order and key order do not matter;
 * any change to a date, name or notice does.
 */
export function calendarVersion(years: readonly CalendarYearData[]): string {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const canonical = sorted.map(canonicalYear);
  const hash = sha256Hex(canonicalJson(canonical)).slice(0, HASH_LENGTH);
  return `cn-${sorted[0].year}-${sorted[sorted.length - 1].year}-${hash}`;
}

/** Names one year file's content: equal data (in any key or entry order) gives the same hash. */
export function yearContentHash(year: CalendarYearData): string {
  return sha256Hex(canonicalJson(canonicalYear(year)));
}

/** JSON with object keys sorted at every level, so equal data always serialises the same way. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

function canonicalYear(y: CalendarYearData): CalendarYearData {
  return {
    ...y,
    amendments: [...(y.amendments ?? [])].sort((a, b) => compare(a.published + a.notice, b.published + b.notice)),
    holidays: [...y.holidays].sort((a, b) => compare(a.from, b.from)),
    makeupWorkdays: [...y.makeupWorkdays].sort((a, b) => compare(a.date, b.date)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
