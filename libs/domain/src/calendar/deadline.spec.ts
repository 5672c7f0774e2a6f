import { defaultCalendar } from './default-calendar';
import { CalendarNotCoveredError } from './errors';
import { addDays } from './iso-date';

const calendar = defaultCalendar();

describe('addWorkingDays', () => {
  it('runs 20 working days from a receipt on 2024-09-30 to Friday 2024-11-01, over National Day', () => {
    // By hand: 1-7 Oct off (国庆节); 8-11 Oct and Saturday 12 Oct (worked) are days 1-5;
    // 14-18 Oct days 6-10; 21-25 Oct days 11-15; 28 Oct-1 Nov days 16-20.
    const deadline = calendar.addWorkingDays('2024-09-30', 20);
    expect(deadline.due).toBe('2024-11-01');
    expect(deadline.countFrom).toBe('next_day');
    expect(deadline.provisional).toBe(false);
    expect(deadline.calendarVersion).toBe(calendar.version);
    expect(deadline.counted).toHaveLength(20);
    expect(deadline.counted[0]).toBe('2024-10-08');
    expect(deadline.counted).toContain('2024-10-12');
    expect(deadline.skipped.filter((d) => d.kind === 'holiday')).toEqual(
      ['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2024-10-${d}`, kind: 'holiday', holiday: '国庆节' })),
    );
    expect(deadline.skipped.filter((d) => d.kind === 'weekend').map((d) => d.date)).toEqual([
      '2024-10-13',
      '2024-10-19',
      '2024-10-20',
      '2024-10-26',
      '2024-10-27',
    ]);
    expect(deadline.explanation).toBe(
      '自2024-09-30次日起算20个工作日，至2024-11-01（星期五）届满；' +
        '跳过国庆节7天（2024-10-01至2024-10-07）、周末5天（2024-10-13、2024-10-19至2024-10-20、2024-10-26至2024-10-27）；' +
        `调休上班日2024-10-12计入。依据日历版本 ${calendar.version}。`,
    );
  });

  it('counts the Sunday worked before the 2025 Spring Festival and skips the whole break', () => {
    const deadline = calendar.addWorkingDays('2025-01-24', 3);
    // 25 Jan Sat off, 26 Jan Sun worked (1), 27 Jan (2), 28 Jan-4 Feb 春节, 5 Feb (3).
    expect(deadline.due).toBe('2025-02-05');
    expect(deadline.counted).toEqual(['2025-01-26', '2025-01-27', '2025-02-05']);
    expect(deadline.explanation).toContain('春节8天（2025-01-28至2025-02-04）');
  });

  it('returns a plain JSON-serialisable object', () => {
    const deadline = calendar.addWorkingDays('2024-09-30', 20);
    expect(JSON.parse(JSON.stringify(deadline))).toEqual(deadline);
    expect(Object.getPrototypeOf(deadline)).toBe(Object.prototype);
  });

  describe('same_day vs next_day', () => {
    it('counts a working start day as day 1 only under same_day', () => {
      expect(calendar.addWorkingDays('2024-10-08', 1).due).toBe('2024-10-09');
      const sameDay = calendar.addWorkingDays('2024-10-08', 1, { countFrom: 'same_day' });
      expect(sameDay.due).toBe('2024-10-08');
      expect(sameDay.counted).toEqual(['2024-10-08']);
      expect(sameDay.explanation).toContain('自2024-10-08当日起算1个工作日（当日为工作日，计为第1个工作日）');
      expect(calendar.addWorkingDays('2024-10-08', 20, { countFrom: 'same_day' }).due).toBe(
        calendar.addWorkingDays('2024-10-07', 20).due,
      );
    });

    it('makes no difference when the start day is not a working day', () => {
      const sameDay = calendar.addWorkingDays('2024-10-01', 5, { countFrom: 'same_day' });
      expect(sameDay.due).toBe(calendar.addWorkingDays('2024-10-01', 5).due);
      expect(sameDay.due).toBe('2024-10-12');
      expect(sameDay.skipped[0]).toEqual({ date: '2024-10-01', kind: 'holiday', holiday: '国庆节' });
      expect(sameDay.explanation).toContain('（当日非工作日，不计入）');
    });
  });

  it('is due on the start date for zero working days', () => {
    expect(calendar.addWorkingDays('2024-10-01', 0)).toMatchObject({ due: '2024-10-01', counted: [], skipped: [] });
  });

  it('refuses a count that is not a non-negative integer, naming the argument', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '20' as unknown as number]) {
      expect(() => calendar.addWorkingDays('2024-09-30', bad)).toThrow(RangeError);
      expect(() => calendar.addWorkingDays('2024-09-30', bad)).toThrow(/workingDays/);
    }
    expect(() => calendar.addWorkingDays('2024-09-30', 1, { countFrom: 'today' as never })).toThrow(/countFrom/);
  });

  describe('beyond the published notices', () => {
    it('refuses by default a deadline that runs past 2026', () => {
      expect(() => calendar.addWorkingDays('2026-12-15', 20)).toThrow(CalendarNotCoveredError);
      expect(() => calendar.addWorkingDays('2026-12-15', 20)).toThrow(expect.objectContaining({ date: '2027-01-01', lastYear: 2026 }));
    });

    it('assumes Monday to Friday and says so when asked for a provisional result', () => {
      const deadline = calendar.addWorkingDays('2026-12-15', 20, { beyondCoverage: 'provisional' });
      // 16-18 Dec (3), 21-25 Dec (8), 28-31 Dec (12), then assumed: 1 Jan (13), 4-8 Jan (18), 11-12 Jan (20).
      expect(deadline.due).toBe('2027-01-12');
      expect(deadline.provisional).toBe(true);
      expect(deadline.explanation).toContain('2027-01-01至2027-01-12超出日历覆盖范围（2020年至2026年）');
      expect(deadline.explanation).toContain('暂定');
    });

    it('is not provisional when it stays inside the notices', () => {
      const deadline = calendar.addWorkingDays('2024-09-30', 20, { beyondCoverage: 'provisional' });
      expect(deadline).toEqual(calendar.addWorkingDays('2024-09-30', 20));
    });

    it('refuses a count through 2019', () => {
      expect(() => calendar.addWorkingDays('2019-12-20', 5)).toThrow(CalendarNotCoveredError);
      expect(() => calendar.workingDaysBetween('2019-12-20', '2020-01-10')).toThrow(CalendarNotCoveredError);
    });
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after `from` up to and including `to`', () => {
    expect(calendar.workingDaysBetween('2024-09-30', '2024-10-08')).toBe(1);
    expect(calendar.workingDaysBetween('2024-09-30', '2024-11-01')).toBe(20);
    expect(calendar.workingDaysBetween('2024-10-01', '2024-10-01')).toBe(0);
    expect(calendar.workingDaysBetween('2024-11-01', '2024-09-30')).toBe(-20);
    expect(calendar.workingDaysBetween('2024-10-07', '2024-09-30')).toBe(0); // not -0: stored as JSON
  });

  it('refuses a span reaching outside the notices, naming the first uncovered day', () => {
    expect(() => calendar.workingDaysBetween('2026-12-30', '2027-01-05')).toThrow(expect.objectContaining({ date: '2027-01-01' }));
    expect(() => calendar.workingDaysBetween('2020-01-10', '2019-12-20')).toThrow(expect.objectContaining({ date: '2019-12-21' }));
    expect(calendar.workingDaysBetween('2019-12-31', '2020-01-03')).toBe(2); // 1 January is 元旦
  });

  it('inverts addWorkingDays for every start from 2020 to 2026', () => {
    // Failures are collected rather than asserted one by one: ~15,000 cases.
    const failures: string[] = [];
    const check = (ok: boolean, what: string) => ok || failures.push(what);
    let checked = 0;
    for (let start = '2019-12-31'; start <= '2026-08-31'; start = addDays(start, 1)) {
      for (const n of [0, 1, 5, 15, 20, 60]) {
        const { due, counted } = calendar.addWorkingDays(start, n);
        check(calendar.workingDaysBetween(start, due) === n, `${start}+${n}: between(start, due)`);
        check(calendar.workingDaysBetween(due, start) === -n, `${start}+${n}: between(due, start)`);
        if (n > 0) {
          check(calendar.isWorkingDay(due), `${start}+${n}: due ${due} is not a working day`);
          // `due` is the first day on which the period is used up.
          check(calendar.workingDaysBetween(start, addDays(due, -1)) === n - 1, `${start}+${n}: due is not the first`);
          check(counted.length === n && counted.every((d) => calendar.isWorkingDay(d)), `${start}+${n}: counted`);
          if (start >= '2020-01-01') {
            const sameDay = calendar.addWorkingDays(start, n, { countFrom: 'same_day' });
            check(calendar.workingDaysBetween(addDays(start, -1), sameDay.due) === n, `${start}+${n}: same_day`);
          }
        }
        checked++;
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(14_000);
  });
});
