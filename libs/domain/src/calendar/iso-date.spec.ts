import { InvalidDateError } from './errors';
import { addDays, assertIsoDate, fromDayNumber, isIsoDate, shanghaiDate, toDayNumber, weekday } from './iso-date';

describe('IsoDate', () => {
  it('accepts only existing dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-5', '2024-01-05T00:00', ' 2024-01-05', 20240105, null]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(() => assertIsoDate('2024-02-30')).toThrow(InvalidDateError);
  });

  it('reports INVALID_DATE with the offending value', () => {
    try {
      assertIsoDate('2024-02-30', 'start');
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidDateError);
      expect((error as InvalidDateError).code).toBe('INVALID_DATE');
      expect((error as InvalidDateError).value).toBe('2024-02-30');
      expect((error as Error).message).toContain('start');
    }
  });

  it('does date arithmetic across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2026-12-31'))).toBe('2026-12-31');
  });

  it('agrees with Date.UTC on every day from 2019 to 2027', () => {
    for (let ms = Date.UTC(2019, 0, 1); ms <= Date.UTC(2027, 11, 31); ms += 86_400_000) {
      const iso = new Date(ms).toISOString().slice(0, 10);
      expect(toDayNumber(iso)).toBe(ms / 86_400_000);
      expect(weekday(iso)).toBe(new Date(ms).getUTCDay());
    }
  });

  it('knows the weekday of dates a user would check', () => {
    expect(weekday('2024-09-29')).toBe(0); // Sunday, worked before National Day 2024
    expect(weekday('2024-10-12')).toBe(6);
    expect(weekday('2025-01-26')).toBe(0);
  });
});

describe('shanghaiDate', () => {
  it('converts an instant to the civil date in Shanghai (UTC+8)', () => {
    expect(shanghaiDate(new Date('2024-09-30T16:30:00Z'))).toBe('2024-10-01');
    expect(shanghaiDate(new Date('2024-09-30T15:59:59.999Z'))).toBe('2024-09-30');
    expect(shanghaiDate(new Date('2024-09-30T16:00:00Z'))).toBe('2024-10-01');
    expect(shanghaiDate(new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01');
  });

  it('refuses an invalid Date', () => {
    expect(() => shanghaiDate(new Date('nonsense'))).toThrow(InvalidDateError);
  });
});
