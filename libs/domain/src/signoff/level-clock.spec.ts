import { defaultCalendar } from '../calendar/default-calendar';
import { levelClock } from './level-clock';

describe('a sign-off level against its due time', () => {
  const calendar = defaultCalendar();

  it('counts the working days left, skipping the National Day holiday', () => {
    // Due Friday 9 October 2026 17:00 in Shanghai, seen on Monday 28 September: 29 and 30 September, 8 and 9 October.
    const clock = levelClock(new Date('2026-10-09T09:00:00Z'), new Date('2026-09-28T02:00:00Z'), calendar);
    expect(clock).toEqual({ overdue: false, workingDaysLeft: 4, overdueWorkingDays: 0 });
  });

  it('is late from the due instant, even on the due day', () => {
    const clock = levelClock(new Date('2026-11-02T02:00:00Z'), new Date('2026-11-02T06:00:00Z'), calendar);
    expect(clock).toEqual({ overdue: true, workingDaysLeft: 0, overdueWorkingDays: 0 });
  });

  it('counts the working days late', () => {
    const clock = levelClock(new Date('2026-11-02T09:00:00Z'), new Date('2026-11-05T02:00:00Z'), calendar);
    expect(clock).toEqual({ overdue: true, workingDaysLeft: 0, overdueWorkingDays: 3 });
  });

  it('gives no count past the published calendar', () => {
    expect(levelClock(new Date('2027-01-05T09:00:00Z'), new Date('2026-12-30T02:00:00Z'), calendar)).toBeNull();
  });
});
