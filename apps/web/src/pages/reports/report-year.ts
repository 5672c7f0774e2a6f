import { beijingToday } from '../../format/beijing-time';

/** The year a report page shows: the one in the link, or last year's report (the one being prepared). */
export function reportYear(query: unknown): number {
  return Number(query) || Number(beijingToday().slice(0, 4)) - 1;
}

/** The years offered in a report page's year choice: this year back to three years ago. */
export function reportYears(): number[] {
  const last = Number(beijingToday().slice(0, 4)) - 1;
  return [last + 1, last, last - 1, last - 2];
}
