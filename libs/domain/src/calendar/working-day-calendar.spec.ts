import y2023 from './data/2023.json';
import y2024 from './data/2024.json';
import { BUNDLED_CALENDAR_YEARS } from './data';
import type { CalendarYearData } from './calendar-year-data';
import { defaultCalendar, installCalendar } from './default-calendar';
import { CalendarDataError, CalendarNotCoveredError, InvalidDateError } from './errors';
import { createCalendar } from './working-day-calendar';

const calendar = defaultCalendar();
const bundled = () => structuredClone(BUNDLED_CALENDAR_YEARS) as CalendarYearData[];

function refusal(years: unknown[]): CalendarDataError {
  try {
    createCalendar(years as CalendarYearData[]);
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarDataError);
    return error as CalendarDataError;
  }
  throw new Error('expected the data to be refused');
}

describe('the bundled calendar', () => {
  it('covers 2020 to 2026', () => {
    expect([calendar.firstYear, calendar.lastYear]).toEqual([2020, 2026]);
    expect(calendar.covers('2020-01-01')).toBe(true);
    expect(calendar.covers('2026-12-31')).toBe(true);
    expect(calendar.covers('2019-12-31')).toBe(false);
    expect(calendar.covers('2027-01-01')).toBe(false);
    expect(defaultCalendar()).toBe(calendar);
  });

  it('has National Day 2024 off from 1 to 7 October', () => {
    for (let day = 1; day <= 7; day++) {
      const date = `2024-10-0${day}`;
      expect(calendar.dayInfo(date)).toEqual({
        date,
        working: false,
        kind: 'holiday',
        holiday: '国庆节',
        notice: '国办发明电〔2023〕7号',
      });
    }
    expect(calendar.isWorkingDay('2024-10-08')).toBe(true);
  });

  it('makes Sunday 2024-09-29 and Saturday 2024-10-12 working days', () => {
    expect(calendar.dayInfo('2024-09-29')).toMatchObject({ working: true, kind: 'makeup_workday', holiday: '国庆节' });
    expect(calendar.dayInfo('2024-10-12')).toMatchObject({ working: true, kind: 'makeup_workday', holiday: '国庆节' });
    expect(calendar.dayInfo('2024-10-13')).toEqual({ date: '2024-10-13', working: false, kind: 'weekend' });
    expect(calendar.dayInfo('2024-10-14')).toEqual({ date: '2024-10-14', working: true, kind: 'workday' });
  });

  it('has the 2025 Spring Festival off from 28 January to 4 February, including the eve', () => {
    for (const date of ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04']) {
      expect(calendar.dayInfo(date)).toMatchObject({ working: false, kind: 'holiday', holiday: '春节', notice: '国办发明电〔2024〕12号' });
    }
    expect(calendar.isWorkingDay('2025-01-27')).toBe(true);
    expect(calendar.isWorkingDay('2025-02-05')).toBe(true);
    expect(calendar.dayInfo('2025-01-26')).toMatchObject({ working: true, kind: 'makeup_workday', holiday: '春节' });
    expect(calendar.dayInfo('2025-02-08')).toMatchObject({ working: true, kind: 'makeup_workday', holiday: '春节' });
  });

  it('has the extra Labour Day of 2025 (5 May) and a 9-day Spring Festival in 2026', () => {
    expect(calendar.dayInfo('2025-05-05')).toMatchObject({ kind: 'holiday', holiday: '劳动节' });
    expect(calendar.isWorkingDay('2025-05-06')).toBe(true);
    expect(calendar.dayInfo('2026-02-15')).toMatchObject({ kind: 'holiday', holiday: '春节', notice: '国办发明电〔2025〕7号' });
    expect(calendar.dayInfo('2026-02-23')).toMatchObject({ kind: 'holiday', holiday: '春节' });
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
    expect(calendar.dayInfo('2026-01-04')).toMatchObject({ working: true, kind: 'makeup_workday', holiday: '元旦' });
  });

  it('records the 2020 Spring Festival as extended by 国办发明电〔2020〕1号', () => {
    expect(calendar.dayInfo('2020-01-31')).toMatchObject({ kind: 'holiday', holiday: '春节', notice: '国办发明电〔2019〕16号', amendedBy: '国办发明电〔2020〕1号' });
    // Saturday 1 February was to be worked under the first notice; the extension cancelled it.
    expect(calendar.dayInfo('2020-02-01')).toMatchObject({ working: false, kind: 'holiday' });
    expect(calendar.dayInfo('2020-02-02')).toMatchObject({ working: false, kind: 'holiday' });
    expect(calendar.isWorkingDay('2020-02-03')).toBe(true);
  });

  it('takes 2022-12-31 from the 2023 notice, which started 元旦 on that day', () => {
    expect(calendar.dayInfo('2022-12-31')).toMatchObject({ kind: 'holiday', holiday: '元旦', notice: '国办发明电〔2022〕16号' });
  });

  it('refuses dates in 2019 and 2027 with CALENDAR_NOT_COVERED', () => {
    for (const date of ['2019-06-03', '2027-01-04']) {
      expect(() => calendar.dayInfo(date)).toThrow(CalendarNotCoveredError);
      expect(() => calendar.isWorkingDay(date)).toThrow(CalendarNotCoveredError);
    }
    try {
      calendar.dayInfo('2019-12-31');
    } catch (error) {
      expect(error).toMatchObject({ code: 'CALENDAR_NOT_COVERED', date: '2019-12-31', firstYear: 2020, lastYear: 2026 });
    }
    expect.assertions(5);
  });

  it('refuses malformed dates with INVALID_DATE', () => {
    expect(() => calendar.dayInfo('2024-02-30')).toThrow(InvalidDateError);
    expect(() => calendar.covers('2024/10/01')).toThrow(InvalidDateError);
  });
});

describe('createCalendar', () => {
  it('refuses bad data with a message naming the year file', () => {
    const years = bundled();
    years[4].makeupWorkdays.push({ date: '2024-10-11', for: '国庆节' });
    const error = refusal(years);
    expect(error.code).toBe('CALENDAR_DATA_INVALID');
    expect(error.source).toBe('2024.json');
    expect(error.message).toMatch(/2024\.json.*2024-10-11 不是周六或周日/);
  });

  it('refuses a date outside its year', () => {
    const years = bundled();
    years[5].holidays[0] = { name: '元旦', from: '2024-01-01', to: '2024-01-01' };
    expect(refusal(years).message).toMatch(/2025\.json.*不在 2025 年/);
  });

  it('refuses duplicate years, gaps and an empty list', () => {
    expect(refusal([y2024, structuredClone(y2024)]).message).toMatch(/2024\.json.*given more than once/);
    expect(refusal([y2023, BUNDLED_CALENDAR_YEARS[6]]).message).toMatch(/2024\.json.*missing between 2023 and 2026/);
    expect(refusal([]).message).toMatch(/at least one year/);
  });

  it('refuses two notices that disagree on a day', () => {
    const years = bundled();
    years[2].makeupWorkdays.push({ date: '2022-12-31', for: '国庆节' });
    expect(refusal(years).message).toMatch(/2022-12-31 is set by both 2022\.json .* and 2023\.json/);
  });

  it('gives the same frozen calendar for equal years, as the workflows of a worker thread share it', () => {
    const first = createCalendar(bundled());
    expect(createCalendar(bundled())).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const changed = bundled();
    changed[4].holidays[0] = { ...changed[4].holidays[0], name: '新年' };
    expect(createCalendar(changed)).not.toBe(first);
    expect(createCalendar(changed).dayInfo('2024-01-01').holiday).toBe('新年');
  });

  it('builds from a subset of years', () => {
    const partial = createCalendar([y2024]);
    expect(partial.version).toMatch(/^cn-2024-2024-[0-9a-f]{12}$/);
    expect(() => partial.dayInfo('2025-01-02')).toThrow(CalendarNotCoveredError);
  });
});

describe('version', () => {
  it('names the years and a 12-hex content hash', () => {
    expect(calendar.version).toMatch(/^cn-2020-2026-[0-9a-f]{12}$/);
  });

  it('is stable: same content in another order gives the same version', () => {
    const years = bundled().reverse();
    years[0].holidays.reverse();
    expect(createCalendar(years).version).toBe(calendar.version);
  });

  it('changes when a single date changes', () => {
    const years = bundled();
    years[4].makeupWorkdays[7].date = '2024-10-13';
    const changed = createCalendar(years);
    expect(changed.version).not.toBe(calendar.version);
    expect(changed.version.startsWith('cn-2020-2026-')).toBe(true);
  });
});

describe('beyond the loaded notices, provisionally', () => {
  it('assumes Monday to Friday for a day and a count past the last year, and still refuses unless asked', () => {
    // 2027-01-01 is a Friday, 2027-01-02 a Saturday.
    expect(calendar.isWorkingDay('2027-01-01', 'provisional')).toBe(true);
    expect(calendar.isWorkingDay('2027-01-02', 'provisional')).toBe(false);
    expect(() => calendar.isWorkingDay('2027-01-01')).toThrow(CalendarNotCoveredError);
    // 2026-12-31 (Thursday) is covered; then Friday 1st, and the week of the 4th to the 8th.
    expect(calendar.workingDaysBetween('2026-12-30', '2027-01-08', 'provisional')).toBe(7);
    expect(calendar.workingDaysBetween('2027-01-08', '2026-12-30', 'provisional')).toBe(-7);
    expect(() => calendar.workingDaysBetween('2026-12-30', '2027-01-08')).toThrow(CalendarNotCoveredError);
  });

  it('installs the database years as the process calendar', () => {
    const years = bundled();
    const extra: CalendarYearData = { year: 2027, notice: '测试〔2026〕1号', title: '测试', published: '2026-12-01', holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-08' }], makeupWorkdays: [{ date: '2027-01-10', for: '元旦' }] };
    const installed = installCalendar([...years, extra]);
    try {
      expect(defaultCalendar()).toBe(installed);
      expect(defaultCalendar().isWorkingDay('2027-01-08')).toBe(false);
      expect(defaultCalendar().isWorkingDay('2027-01-10')).toBe(true);
    } finally {
      installCalendar(years);
    }
  });
});
