import { CalendarNotCoveredError } from '../calendar/errors';
import { shanghaiDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';

export interface LevelClock {
  overdue: boolean;
  /** Working days from tomorrow up to and including the due day; 0 when due today or late. */
  workingDaysLeft: number;
  /** Working days after the due day up to and including today; 0 while not late. */
  overdueWorkingDays: number;
}

/**
 * Where a sign-off level stands at `now` against its due instant. Late is read from the
 * instant (a level may be due within hours); the days are counted on the calendar in
 * Shanghai. Null when the span lies outside the published calendar: no count is guessed.
 */
export function levelClock(dueAt: Date, now: Date, calendar: WorkingDayCalendar): LevelClock | null {
  const overdue = now.getTime() > dueAt.getTime();
  const today = shanghaiDate(now);
  const dueDay = shanghaiDate(dueAt);
  try {
    return {
      overdue,
      workingDaysLeft: overdue ? 0 : Math.max(0, calendar.workingDaysBetween(today, dueDay)),
      overdueWorkingDays: overdue ? Math.max(0, calendar.workingDaysBetween(dueDay, today)) : 0,
    };
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return null;
    throw error;
  }
}
