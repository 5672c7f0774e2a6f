import { assertIsoDate, type IsoDate } from '../calendar';

/** 2024-10-12 -> 2024年10月12日, the form official letters use. */
export function chineseDate(date: IsoDate): string {
  assertIsoDate(date);
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** A share as a percentage with one decimal; '—' when there was nothing to measure. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000 + Number.EPSILON) / 10).toFixed(1)}%`;
}

/** Two decimals, the precision a circular publishes scores with. */
export function twoDecimals(value: number): string {
  return roundTo2(value).toFixed(2);
}

export function roundTo2(value: number): number {
  // The epsilon keeps 84.995 from printing as 84.99 because of binary representation.
  return Math.round((value + Number.EPSILON * Math.max(1, Math.abs(value))) * 100) / 100;
}

/** 1 -> 一, up to 十, for the section numbers of a Chinese document. */
export function chineseOrdinal(n: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new RangeError(`section number must be 1 to 10, got ${n}`);
  return digits[n];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Code-point order: the same on every machine and locale, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
