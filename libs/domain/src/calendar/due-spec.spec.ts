import { defaultCalendar } from './default-calendar';
import { dueTimes, nextRepeat, parseDueSpec } from './due-spec';
import { shanghaiInstant } from './iso-date';

const calendar = defaultCalendar();
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('time limits of a sign-off level', () => {
  it('reads working days and plain durations, and nothing else', () => {
    expect(parseDueSpec('3wd')).toEqual({ kind: 'working_days', count: 3 });
    expect(parseDueSpec('4h')).toEqual({ kind: 'duration', ms: 4 * 3_600_000 });
    expect(parseDueSpec('45s')).toEqual({ kind: 'duration', ms: 45_000 });
    for (const bad of ['3', 'wd', '3d', '-1wd', ' 3wd', 3, null]) expect(parseDueSpec(bad)).toBeNull();
  });

  it('runs three working days over the 2024 National Day holiday to the end of the due day', () => {
    // Submitted Monday 2024-09-30 at 10:00 Shanghai: Oct 1-7 are off, so days 1-3 are Oct 8, 9, 10.
    const times = dueTimes(calendar, at('2024-09-30T02:00:00Z'), '3wd', '1wd', '1wd');
    expect(times.dueDate).toBe('2024-10-10');
    expect(iso(times.dueAt)).toBe('2024-10-10T16:00:00.000Z'); // midnight after Oct 10 in Shanghai
    expect(iso(times.dueReminderAt)).toBe('2024-10-10T01:00:00.000Z'); // 09:00 on the due day
    expect(iso(times.remindAt)).toBe('2024-10-09T01:00:00.000Z'); // 09:00 one working day before
    // One working day after Thursday Oct 10 is Friday Oct 11; Saturday Oct 12 is a make-up day.
    expect(iso(times.escalateAt)).toBe('2024-10-11T01:00:00.000Z');
    expect(times.provisional).toBe(false);
  });

  it('counts the make-up Sunday 2024-09-29 as a working day', () => {
    // Submitted Friday 2024-09-27: day 1 is Sunday 09-29 (调休), day 2 Monday 09-30.
    const times = dueTimes(calendar, at('2024-09-27T03:00:00Z'), '2wd', '0wd', '1wd');
    expect(times.dueDate).toBe('2024-09-30');
    expect(times.remindAt).toBeNull();
    expect(iso(times.escalateAt)).toBe('2024-10-08T01:00:00.000Z');
  });

  it('uses plain durations for urgent documents', () => {
    const start = at('2026-03-02T01:00:00Z');
    const times = dueTimes(calendar, start, '4h', '1h', '30m');
    expect(times).toMatchObject({ dueDate: null, dueAt: start + 4 * 3_600_000, remindAt: start + 3 * 3_600_000, dueReminderAt: start + 4 * 3_600_000, escalateAt: start + 4.5 * 3_600_000 });
  });

  it('drops a reminder that would come before the level started', () => {
    expect(dueTimes(calendar, at('2026-03-02T01:00:00Z'), '4s', '10s', '2s').remindAt).toBeNull();
  });

  it('flags, never hides, a limit that runs past the published calendar', () => {
    const times = dueTimes(calendar, at('2026-12-30T02:00:00Z'), '5wd', '1wd', '1wd');
    expect(times.provisional).toBe(true);
    // Monday to Friday assumed in 2027: Dec 31, Jan 1, 4, 5, 6.
    expect(times.dueDate).toBe('2027-01-06');
  });

  it('repeats an overdue reminder every N working days at 09:00', () => {
    expect(iso(nextRepeat(calendar, shanghaiInstant('2024-09-30', 9 * 3_600_000), '2wd'))).toBe('2024-10-09T01:00:00.000Z');
    expect(nextRepeat(calendar, 1000, '3s')).toBe(4000);
  });
});
