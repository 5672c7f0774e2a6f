import { isWorkday } from 'chinese-days';
import { BUNDLED_CALENDAR_YEARS } from './data';
import { defaultCalendar } from './default-calendar';
import { CalendarNotCoveredError } from './errors';
import { addDays } from './iso-date';

/*
 * chinese-days is an independent transcription of the same State Council notices. It is a
 * devDependency only: it silently treats unpublished years as Monday to Friday, which is
 * exactly what a statutory deadline must not do.
 */
const calendar = defaultCalendar();

interface ChineseDaysYear {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const chineseDaysYear = (year: number): ChineseDaysYear => require(`chinese-days/dist/years/${year}.json`);

describe('bundled data against chinese-days', () => {
  it('agrees on whether every day from 2020-01-01 to 2026-12-31 is a working day', () => {
    const disagreements: string[] = [];
    let days = 0;
    for (let date = '2020-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      if (calendar.isWorkingDay(date) !== isWorkday(date)) disagreements.push(date);
      days++;
    }
    expect(disagreements).toEqual([]);
    expect(days).toBe(2557);
  });

  it('lists exactly the same holidays and make-up workdays', () => {
    const theirs = { holiday: [] as string[], makeup: [] as string[] };
    for (let year = 2020; year <= 2026; year++) {
      const data = chineseDaysYear(year);
      theirs.holiday.push(...Object.keys(data.holidays));
      theirs.makeup.push(...Object.keys(data.workdays));
    }
    const ours = { holiday: [] as string[], makeup: [] as string[] };
    for (let date = '2020-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
      const { kind } = calendar.dayInfo(date);
      if (kind === 'holiday') ours.holiday.push(date);
      if (kind === 'makeup_workday') ours.makeup.push(date);
    }
    expect(ours.holiday).toEqual(theirs.holiday.sort());
    expect(ours.makeup).toEqual(theirs.makeup.sort());
  });

  it('refuses 2027, where chinese-days silently falls back to Monday to Friday', () => {
    // 1 January 2027 is New Year's Day, a Friday: chinese-days calls it a working day.
    expect(isWorkday('2027-01-01')).toBe(true);
    expect(() => calendar.isWorkingDay('2027-01-01')).toThrow(CalendarNotCoveredError);
    expect(() => calendar.addWorkingDays('2026-12-30', 2)).toThrow(CalendarNotCoveredError);
  });
});

describe('bundled notices', () => {
  it('cite one State Council notice per year, 2020 to 2026', () => {
    expect(BUNDLED_CALENDAR_YEARS.map((y) => [y.year, y.notice, y.published])).toEqual([
      [2020, '国办发明电〔2019〕16号', '2019-11-21'],
      [2021, '国办发明电〔2020〕27号', '2020-11-25'],
      [2022, '国办发明电〔2021〕11号', '2021-10-25'],
      [2023, '国办发明电〔2022〕16号', '2022-12-08'],
      [2024, '国办发明电〔2023〕7号', '2023-10-25'],
      [2025, '国办发明电〔2024〕12号', '2024-11-12'],
      [2026, '国办发明电〔2025〕7号', '2025-11-04'],
    ]);
    for (const y of BUNDLED_CALENDAR_YEARS) {
      expect(y.title).toBe(`国务院办公厅关于${y.year}年部分节假日安排的通知`);
    }
    expect(BUNDLED_CALENDAR_YEARS[0].amendments).toEqual([
      expect.objectContaining({ notice: '国办发明电〔2020〕1号', title: '国务院办公厅关于延长2020年春节假期的通知' }),
    ]);
  });

  it('give the 11 statutory days before 2025 and 13 from 2025 (Spring Festival eve and 2 May added)', () => {
    // Each year's off days = statutory holidays + weekends moved by swaps; weekends inside a
    // break are not statutory, so count the weekday holidays and subtract the make-up days.
    for (const y of BUNDLED_CALENDAR_YEARS) {
      let offWeekdays = 0;
      for (const h of y.holidays) {
        for (let d = h.from; d <= h.to; d = addDays(d, 1)) {
          const { kind } = calendar.dayInfo(d);
          const weekend = [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
          if (kind === 'holiday' && !weekend) offWeekdays++;
        }
      }
      const statutory = offWeekdays - y.makeupWorkdays.length;
      // The 2020 extension added Friday 31 January and cancelled the Saturday 1 February swap.
      const expected = (y.year >= 2025 ? 13 : 11) + (y.year === 2020 ? 2 : 0);
      expect({ year: y.year, statutory }).toEqual({ year: y.year, statutory: expected });
    }
  });
});
