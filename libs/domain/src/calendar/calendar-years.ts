/**
 * Whether `year` may join a calendar holding `years` (consecutive, any order): one of them (a
 * correction) or the one after the last. Anything else would leave a gap, and a calendar with a
 * gap is refused whole (createCalendar), so every case's calendar fetch would fail. Returns why
 * not, in Chinese, or null when it may; a calendar holding no year takes any.
 */
export function yearGap(year: number, years: readonly number[]): string | null {
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (year >= first && year <= last + 1) return null;
  const span = first === last ? `${first} 年` : `${first}–${last} 年`;
  return year > last
    ? `${year} 年与日历现有的 ${span}不连续：须先有 ${last + 1} 年的节假日安排`
    : `${year} 年早于日历现有的 ${span}：只能是 ${first}–${last + 1} 年之一，日历的年份须连续`;
}
