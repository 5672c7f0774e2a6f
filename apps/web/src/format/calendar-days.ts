/** The calendar day `days` after `day` (YYYY-MM-DD), for date filters such as "due within a week". */
export function addCalendarDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
