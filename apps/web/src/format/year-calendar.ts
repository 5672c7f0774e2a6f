/** A year file's days as the console lays them out: month by month, weeks from Monday. */
export type CalendarDayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';

export interface CalendarDay {
  date: string;
  day: number;
  kind: CalendarDayKind;
  /** The holiday's name, or the holiday a make-up day serves. */
  name?: string;
}

export interface CalendarMonth {
  month: number;
  /** Empty cells before the 1st, so the 1st falls under its weekday (Monday first). */
  lead: number;
  days: CalendarDay[];
}

export interface YearFile {
  year: number;
  holidays: { name: string; from: string; to: string }[];
  makeupWorkdays: { date: string; for: string }[];
}

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

export function yearCalendar(file: YearFile): CalendarMonth[] {
  const special = new Map<string, { kind: CalendarDayKind; name: string }>();
  for (const h of file.holidays) {
    for (let d = h.from; d <= h.to; d = addOne(d)) special.set(d, { kind: 'holiday', name: h.name });
  }
  for (const m of file.makeupWorkdays) special.set(m.date, { kind: 'makeup', name: m.for });
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const length = new Date(Date.UTC(file.year, month, 0)).getUTCDate();
    const days = Array.from({ length }, (_, j): CalendarDay => {
      const date = iso(file.year, month, j + 1);
      const found = special.get(date);
      if (found) return { date, day: j + 1, kind: found.kind, name: found.name };
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      return { date, day: j + 1, kind: weekday === 0 || weekday === 6 ? 'weekend' : 'workday' };
    });
    const first = new Date(`${iso(file.year, month, 1)}T00:00:00Z`).getUTCDay();
    return { month, lead: (first + 6) % 7, days };
  });
}

function addOne(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return iso(y, m, d + 1);
}
