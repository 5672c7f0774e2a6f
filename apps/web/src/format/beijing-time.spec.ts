import { beijingDate, beijingDateTime, beijingToday, chineseDate } from './beijing-time';
import { addCalendarDays } from './calendar-days';

describe('Beijing time', () => {
  it('gives the Beijing day of an instant late in the UTC day', () => {
    expect(beijingDate('2026-12-01T16:30:00.000Z')).toBe('2026-12-02');
    expect(beijingDateTime('2026-12-01T16:30:00.000Z')).toBe('2026-12-02 00:30');
  });

  it('gives today in Beijing, not in the zone of the browser', () => {
    expect(beijingToday(new Date('2026-12-31T23:00:00.000Z'))).toBe('2027-01-01');
  });

  it('writes a calendar day the Chinese way without leading zeros', () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
  });
});

describe('calendar days', () => {
  it('adds days across a month and a year end', () => {
    expect(addCalendarDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addCalendarDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});
