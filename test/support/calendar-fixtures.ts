import { MoreThanOrEqual } from 'typeorm';
import { CalendarService } from '../../apps/api/src/calendar/calendar.service';
import { BUNDLED_CALENDAR_YEARS } from '../../libs/domain/src/calendar/data';
import { CalendarVersionEntity } from '../../libs/persistence/src/entities/calendar-version.entity';
import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import type { TestApi } from './test-api';

/**
 * A made-up 2027 for tests only: no real notice for 2027 is shipped or guessed. 元旦 runs eight days
 * (2027-01-01 Friday to 2027-01-08 Friday) and the Sunday after it, 2027-01-10, is worked.
 */
export function fictional2027(): Record<string, unknown> {
  return {
    year: 2027,
    notice: '测试发明电〔2026〕1号',
    title: '测试用：2027年部分节假日安排（虚构）',
    published: '2026-12-01',
    holidays: [
      { name: '元旦', from: '2027-01-01', to: '2027-01-08' },
      { name: '春节', from: '2027-02-06', to: '2027-02-12' },
    ],
    makeupWorkdays: [{ date: '2027-01-10', for: '元旦' }],
  };
}

/** The correction of the made-up year: 元旦 shortened to end on Wednesday 2027-01-06, no make-up day. */
export function fictional2027Corrected(): Record<string, unknown> {
  return {
    ...fictional2027(),
    amendments: [{ notice: '测试发明电〔2026〕2号', title: '测试用：关于调整2027年元旦安排的通知（虚构）', published: '2026-12-02' }],
    holidays: [
      { name: '元旦', from: '2027-01-01', to: '2027-01-06', amendedBy: '测试发明电〔2026〕2号' },
      { name: '春节', from: '2027-02-06', to: '2027-02-12' },
    ],
    makeupWorkdays: [],
  };
}

/** Makes the office's database hold the shipped years before `year` only, and the API count on them. */
export async function calendarBefore(api: TestApi, year: number): Promise<void> {
  await api.db.dataSource.getRepository(CalendarVersionEntity).delete({ year: MoreThanOrEqual(year) });
  await api.app.get(CalendarService).install();
}

export async function loadYear(api: TestApi, year: Record<string, unknown>, auth = api.adminAuth) {
  return api.http.put(`/calendar/years/${String(year.year)}`).set('authorization', auth).send(year);
}

/** The working day `n` working days before today (Beijing): the receipt of a case whose time ran out a while ago. */
export function workingDaysAgo(n: number): string {
  const calendar = defaultCalendar();
  const today = shanghaiDate(new Date());
  let day = today;
  while (calendar.workingDaysBetween(day, today) < n || !calendar.isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** A day plus `n` calendar days, by UTC arithmetic of the test's own. */
export function plusDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export interface YearRules {
  holidays: Array<{ from: string; to: string }>;
  makeupWorkdays: Array<{ date: string }>;
}

/**
 * The test's own count, independent of the engine's calendar: a day is worked when it is a
 * weekday outside every holiday range of its year's rules, or one of its make-up days; a year
 * without rules is worked Monday to Friday.
 */
export function workedOn(rules: ReadonlyMap<number, YearRules>): (date: string) => boolean {
  return (date) => {
    const year = rules.get(Number(date.slice(0, 4)));
    if (year?.makeupWorkdays.some((m) => m.date === date)) return true;
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    return day !== 0 && day !== 6 && !year?.holidays.some((h) => h.from <= date && date <= h.to);
  };
}

/** The `n`th worked day after `date` (the day itself not counted). */
export function nthWorkedDayAfter(date: string, n: number, worked: (date: string) => boolean): string {
  let day = date;
  for (let left = n; left > 0; ) {
    day = plusDays(day, 1);
    if (worked(day)) left -= 1;
  }
  return day;
}

/** A made-up year for tests only, in the shape of the data files. */
export function fictionalYear(year: number, notice: string, rules: { holidays: Array<{ from: string; to: string; amendedBy?: string }>; makeupWorkdays: string[] }, amendment?: { notice: string; published: string }): Record<string, unknown> {
  return {
    year,
    notice,
    title: `测试用：${year}年部分节假日安排（虚构）`,
    published: `${year - 1}-10-15`,
    ...(amendment ? { amendments: [{ notice: amendment.notice, title: `测试用：关于调整${year}年安排的通知（虚构）`, published: amendment.published }] } : {}),
    holidays: rules.holidays.map((h) => ({ name: '测试假日', ...h })),
    makeupWorkdays: rules.makeupWorkdays.map((date) => ({ date, for: '测试假日' })),
  };
}

/**
 * Dates for a publication that moves open deadlines, seen from `on` (Beijing). Two requests are received
 * that day and extended at once (the law's 20 working days, then B by fewer days than A's 20); a
 * task is due on B's date. The target year is the one their dates fall in: next year late in the
 * year, this one before; the office's database holds the shipped notices before it only (a year
 * whose notice is out is removed from the test's office, calendarBefore), so they are provisional until
 * the test's made-up year is published. Its holiday covers B's date and the worked day after, and
 * the first Sunday after it, before A's date, is worked; its correction keeps only B's date off. Every
 * expected date is counted here, by the test's own loop over those rules.
 */
export function movingYear(on: string) {
  const shipped = new Map<number, YearRules>(BUNDLED_CALENDAR_YEARS.map((y) => [y.year, y]));
  const thisYear = Number(on.slice(0, 4));
  for (const year of [thisYear + 1, thisYear]) {
    const before = workedOn(new Map([...shipped].filter(([y]) => y < year)));
    const base = nthWorkedDayAfter(on, 20, before);
    // A's date moves a worked day later on publication: that day, too, must be in the year.
    const inYear = [...Array(20).keys()].map((i) => i + 1).filter((n) => nthWorkedDayAfter(base, n + 1, before).startsWith(`${year}-`) && nthWorkedDayAfter(base, n, before).startsWith(`${year}-`));
    if (inYear.length < 8) continue;
    const longest = inYear[inYear.length - 1];
    // B is extended by 10 where that leaves a week and more before A's date, by the fewest days in the year otherwise.
    const shortest = longest - 10 >= 7 && inYear.includes(10) ? 10 : inYear[0];
    const day = (n: number) => nthWorkedDayAfter(base, n, before);
    // A make-up Sunday, as the scenario has it: the calendar must work a day the week calls rest.
    let makeup = plusDays(day(shortest + 1), 1);
    while (new Date(`${makeup}T00:00:00Z`).getUTCDay() !== 0) makeup = plusDays(makeup, 1);
    if (makeup >= day(longest)) continue;
    const published = { holidays: [{ from: day(shortest), to: day(shortest + 1) }], makeupWorkdays: [makeup] };
    const corrected = { holidays: [{ from: day(shortest), to: day(shortest), amendedBy: `测试发明电〔${year - 1}〕2号` }], makeupWorkdays: [makeup] };
    const under = (rules: { holidays: Array<{ from: string; to: string }>; makeupWorkdays: string[] }) => {
      const known = new Map([...shipped].filter(([y]) => y < year));
      return workedOn(known.set(year, { holidays: rules.holidays, makeupWorkdays: rules.makeupWorkdays.map((date) => ({ date })) }));
    };
    /** A's and B's answer dates and the task's (B's date as typed, moved off a rest day) under the given rules. */
    const dates = (worked: (date: string) => boolean) => {
      let task = day(shortest);
      while (!worked(task)) task = plusDays(task, 1);
      return { a: nthWorkedDayAfter(nthWorkedDayAfter(on, 20, worked), longest, worked), b: nthWorkedDayAfter(nthWorkedDayAfter(on, 20, worked), shortest, worked), task };
    };
    return {
      year,
      extensions: { a: longest, b: shortest },
      provisional: dates(before),
      published: { file: fictionalYear(year, `测试发明电〔${year - 1}〕1号`, published), dates: dates(under(published)) },
      corrected: { file: fictionalYear(year, `测试发明电〔${year - 1}〕1号`, corrected, { notice: `测试发明电〔${year - 1}〕2号`, published: `${year - 1}-11-15` }), dates: dates(under(corrected)) },
    };
  }
  throw new Error(`no year after ${on} takes both requests' extended dates`);
}
