/** The body-wide number of a request: year received and its order in that year, e.g. 2026-0001. */
export function requestNumber(year: number, numberInYear: number): string {
  if (!Number.isInteger(numberInYear) || numberInYear < 1) throw new RangeError(`numberInYear must be a positive integer, got ${numberInYear}`);
  return `${year}-${String(numberInYear).padStart(4, '0')}`;
}
