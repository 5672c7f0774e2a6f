import type { CalendarAmendment, CalendarYearData, HolidayRange, MakeupWorkday } from './calendar-year-data';
import { CalendarDataError, type CalendarFault } from './errors';
import { addDays, isIsoDate, isWeekend, type IsoDate } from './iso-date';

type Json = Record<string, unknown>;
type Faults = CalendarFault[];

const YEAR_KEYS = ['year', 'notice', 'title', 'published', 'amendments', 'holidays', 'makeupWorkdays'];
const AMENDMENT_KEYS = ['notice', 'title', 'published', 'summary'];
const HOLIDAY_KEYS = ['name', 'from', 'to', 'amendedBy'];
const MAKEUP_KEYS = ['date', 'for'];

/*
 * New Year arrangements may reach back into the previous December (the 2023 notice puts
 * 元旦 on 2022-12-31 to 2023-01-02); a week's grace admits that and nothing else.
 */
const PREVIOUS_YEAR_GRACE_DAYS = 7;

/**
 * Checks one year file, whether bundled or supplied by an office ahead of a release, and
 * returns it as typed data. Every problem found is reported at once, prefixed by sourceName.
 */
export function parseCalendarYear(json: unknown, sourceName: string): CalendarYearData {
  if (!isObject(json)) throw new CalendarDataError(sourceName, [{ field: '', reason: '文件须为一个 JSON 对象' }]);
  const problems: Faults = [];
  checkShape(json, problems);
  // On whatever dates are well formed, so a missing notice does not hide a holiday out of its year.
  checkDates(json, problems);
  if (problems.length > 0) throw new CalendarDataError(sourceName, problems);
  return copy(json);
}

function checkShape(json: Json, problems: Faults): void {
  unknownKeys(json, YEAR_KEYS, '文件', problems);
  const year = json.year;
  if (!validYear(year)) {
    problems.push({ field: 'year', reason: `“year”须为四位整数，实际为 ${show(year)}` });
  }
  text(json, 'notice', '文件', problems);
  text(json, 'title', '文件', problems);
  date(json, 'published', '文件', problems);

  const amendments = json.amendments === undefined ? [] : list(json, 'amendments', problems);
  amendments.forEach((item, i) => {
    const where = `amendments[${i}]`;
    if (!isObject(item)) return void problems.push({ field: where, reason: `${where} 须为对象` });
    unknownKeys(item, AMENDMENT_KEYS, where, problems);
    text(item, 'notice', where, problems);
    text(item, 'title', where, problems);
    date(item, 'published', where, problems);
    if (item.summary !== undefined) text(item, 'summary', where, problems);
  });

  const holidays = list(json, 'holidays', problems);
  if (Array.isArray(json.holidays) && holidays.length === 0) problems.push({ field: 'holidays', reason: '“holidays”不能为空' });
  holidays.forEach((item, i) => {
    const where = `holidays[${i}]`;
    if (!isObject(item)) return void problems.push({ field: where, reason: `${where} 须为对象` });
    unknownKeys(item, HOLIDAY_KEYS, where, problems);
    text(item, 'name', where, problems);
    date(item, 'from', where, problems);
    date(item, 'to', where, problems);
    if (item.amendedBy !== undefined) text(item, 'amendedBy', where, problems);
  });

  list(json, 'makeupWorkdays', problems).forEach((item, i) => {
    const where = `makeupWorkdays[${i}]`;
    if (!isObject(item)) return void problems.push({ field: where, reason: `${where} 须为对象` });
    unknownKeys(item, MAKEUP_KEYS, where, problems);
    date(item, 'date', where, problems);
    text(item, 'for', where, problems);
  });
}

function validYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9998;
}

/** Keeps only the known fields, so nothing an office adds by mistake leaks into the version hash. */
function copy(json: Json): CalendarYearData {
  const data = json as unknown as CalendarYearData;
  const result: CalendarYearData = {
    year: data.year,
    notice: data.notice,
    title: data.title,
    published: data.published,
    holidays: data.holidays.map(
      (h): HolidayRange => ({
        name: h.name,
        from: h.from,
        to: h.to,
        ...(h.amendedBy ? { amendedBy: h.amendedBy } : {}),
      }),
    ),
    makeupWorkdays: data.makeupWorkdays.map((m): MakeupWorkday => ({ date: m.date, for: m.for })),
  };
  if (data.amendments) {
    result.amendments = data.amendments.map(
      (a): CalendarAmendment => ({
        notice: a.notice,
        title: a.title,
        published: a.published,
        ...(a.summary ? { summary: a.summary } : {}),
      }),
    );
  }
  return result;
}

/** The objects of a list with their places in it; none when it is not a list (a fault already reported). */
function items(value: unknown): Array<[Json, number]> {
  return Array.isArray(value) ? value.flatMap((item, i): Array<[Json, number]> => (isObject(item) ? [[item, i]] : [])) : [];
}

const dateOf = (value: unknown): IsoDate | undefined => (isIsoDate(value) ? value : undefined);
const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The checks between dates, on the file as given: each runs when the fields it compares are well
 * formed. Without a year, the days of the year are not known: what needs them waits.
 */
function checkDates(json: Json, problems: Faults): void {
  const year = validYear(json.year) ? json.year : undefined;
  const published = dateOf(json.published);
  const earliest = year === undefined ? undefined : addDays(`${year}-01-01`, -PREVIOUS_YEAR_GRACE_DAYS);
  const latest = year === undefined ? undefined : `${year}-12-31`;
  const inYear = (d: IsoDate) => earliest === undefined || latest === undefined || (d >= earliest && d <= latest);
  const yearText = `${year} 年（元旦可含上一年最后 ${PREVIOUS_YEAR_GRACE_DAYS} 天）`;

  if (published !== undefined && latest !== undefined && published > latest) {
    problems.push({ field: 'published', reason: `发布日期 ${published} 晚于其所安排的 ${year} 年` });
  }
  const amendments = items(json.amendments === undefined ? [] : json.amendments);
  const amendmentNotices = new Set(amendments.map(([a]) => textOf(a.notice)));
  for (const [a, i] of amendments) {
    const at = dateOf(a.published);
    if (at !== undefined && published !== undefined && at < published) {
      problems.push({ field: `amendments[${i}].published`, reason: `更正通知 ${textOf(a.notice) ?? ''} 的发布日期 ${at} 早于被更正的通知（${published}）` });
    }
  }

  const holidayNames = new Set<string | undefined>();
  const holidayDays = new Map<IsoDate, string>();
  for (const [h, i] of items(json.holidays)) {
    const where = `holidays[${i}]`;
    const name = textOf(h.name) ?? '';
    holidayNames.add(textOf(h.name));
    const amendedBy = textOf(h.amendedBy);
    // A list of amendments that is not a list is a fault of its own: no reference is judged against it.
    if (amendedBy !== undefined && (json.amendments === undefined || Array.isArray(json.amendments)) && !amendmentNotices.has(amendedBy)) {
      problems.push({ field: `${where}.amendedBy`, reason: `节假日“${name}”称由 ${amendedBy} 更正，但“amendments”中没有该通知` });
    }
    const from = dateOf(h.from);
    const to = dateOf(h.to);
    if (from === undefined || to === undefined) continue;
    if (!inYear(from) || !inYear(to)) {
      problems.push({ field: inYear(from) ? `${where}.to` : `${where}.from`, reason: `节假日“${name}”${from} 至 ${to} 不在 ${yearText} 之内` });
      continue;
    }
    if (from > to) {
      problems.push({ field: `${where}.to`, reason: `节假日“${name}”的结束日（${to}）早于开始日（${from}）` });
      continue;
    }
    // Day by day only within a known year: a range of centuries is a fault, not a loop.
    if (year === undefined) continue;
    for (let d = from; d <= to; d = addDays(d, 1)) {
      const other = holidayDays.get(d);
      if (other !== undefined) problems.push({ field: where, reason: `${d} 同时属于两个节假日：“${other}”和“${name}”` });
      holidayDays.set(d, name);
    }
  }

  const makeupDays = new Set<IsoDate>();
  for (const [m, i] of items(json.makeupWorkdays)) {
    const field = `makeupWorkdays[${i}].date`;
    const day = dateOf(m.date);
    const holidayName = textOf(m.for);
    if (day !== undefined) {
      if (!inYear(day)) problems.push({ field, reason: `调休上班日 ${day} 不在 ${yearText} 之内` });
      if (!isWeekend(day)) problems.push({ field, reason: `调休上班日 ${day} 不是周六或周日` });
      if (makeupDays.has(day)) problems.push({ field, reason: `调休上班日 ${day} 重复列出` });
      makeupDays.add(day);
      const holiday = holidayDays.get(day);
      if (holiday !== undefined) problems.push({ field, reason: `${day} 既是调休上班日，又是“${holiday}”的假日` });
    }
    if (holidayName !== undefined && Array.isArray(json.holidays) && !holidayNames.has(holidayName)) {
      problems.push({ field: `makeupWorkdays[${i}].for`, reason: `调休上班日 ${day ?? show(m.date)} 所属的“${holidayName}”不是本通知中的节假日` });
    }
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKeys(obj: Json, allowed: string[], where: string, problems: Faults): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) problems.push({ field: fieldPath(where, key), reason: `${where} 含有未知字段“${key}”` });
  }
}

function text(obj: Json, key: string, where: string, problems: Faults): void {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push({ field: fieldPath(where, key), reason: `${where}：“${key}”须为非空字符串，实际为 ${show(value)}` });
  }
}

function date(obj: Json, key: string, where: string, problems: Faults): void {
  if (!isIsoDate(obj[key])) {
    problems.push({ field: fieldPath(where, key), reason: `${where}：“${key}”须为存在的日期（YYYY-MM-DD），实际为 ${show(obj[key])}` });
  }
}

function list(obj: Json, key: string, problems: Faults): unknown[] {
  const value = obj[key];
  if (Array.isArray(value)) return value;
  problems.push({ field: key, reason: `“${key}”须为数组，实际为 ${show(value)}` });
  return [];
}

/** `holidays[2].from`, or the bare key for the file's own fields. */
function fieldPath(where: string, key: string): string {
  return where === '文件' ? key : `${where}.${key}`;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  return typeof value === 'bigint' ? `${value}n` : JSON.stringify(value);
}
