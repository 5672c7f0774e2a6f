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
  const problems: Faults = [];
  const data = checkShape(json, problems);
  if (data) checkDates(data, problems);
  if (problems.length > 0 || !data) throw new CalendarDataError(sourceName, problems);
  return data;
}

function checkShape(json: unknown, problems: Faults): CalendarYearData | undefined {
  if (!isObject(json)) {
    problems.push({ field: '', reason: '文件须为一个 JSON 对象' });
    return undefined;
  }
  unknownKeys(json, YEAR_KEYS, '文件', problems);
  const year = json.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9998) {
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

  return problems.length > 0 ? undefined : copy(json);
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

function checkDates(data: CalendarYearData, problems: Faults): void {
  const { year } = data;
  const earliest = addDays(`${year}-01-01`, -PREVIOUS_YEAR_GRACE_DAYS);
  const latest = `${year}-12-31`;
  const inYear = (d: IsoDate) => d >= earliest && d <= latest;
  const yearText = `${year} 年（元旦可含上一年最后 ${PREVIOUS_YEAR_GRACE_DAYS} 天）`;

  if (data.published > latest) problems.push({ field: 'published', reason: `发布日期 ${data.published} 晚于其所安排的 ${year} 年` });
  const amendmentNotices = new Set((data.amendments ?? []).map((a) => a.notice));
  (data.amendments ?? []).forEach((a, i) => {
    if (a.published < data.published) {
      problems.push({ field: `amendments[${i}].published`, reason: `更正通知 ${a.notice} 的发布日期 ${a.published} 早于被更正的通知（${data.published}）` });
    }
  });

  const holidayNames = new Set<string>();
  const holidayDays = new Map<IsoDate, string>();
  data.holidays.forEach((h, i) => {
    const where = `holidays[${i}]`;
    holidayNames.add(h.name);
    if (h.amendedBy !== undefined && !amendmentNotices.has(h.amendedBy)) {
      problems.push({ field: `${where}.amendedBy`, reason: `节假日“${h.name}”称由 ${h.amendedBy} 更正，但“amendments”中没有该通知` });
    }
    if (!inYear(h.from) || !inYear(h.to)) {
      problems.push({ field: inYear(h.from) ? `${where}.to` : `${where}.from`, reason: `节假日“${h.name}”${h.from} 至 ${h.to} 不在 ${yearText} 之内` });
      return;
    }
    if (h.from > h.to) {
      problems.push({ field: `${where}.to`, reason: `节假日“${h.name}”的结束日（${h.to}）早于开始日（${h.from}）` });
      return;
    }
    for (let d = h.from; d <= h.to; d = addDays(d, 1)) {
      const other = holidayDays.get(d);
      if (other !== undefined) problems.push({ field: where, reason: `${d} 同时属于两个节假日：“${other}”和“${h.name}”` });
      holidayDays.set(d, h.name);
    }
  });

  const makeupDays = new Set<IsoDate>();
  data.makeupWorkdays.forEach((m, i) => {
    const field = `makeupWorkdays[${i}].date`;
    if (!inYear(m.date)) problems.push({ field, reason: `调休上班日 ${m.date} 不在 ${yearText} 之内` });
    if (!isWeekend(m.date)) problems.push({ field, reason: `调休上班日 ${m.date} 不是周六或周日` });
    if (makeupDays.has(m.date)) problems.push({ field, reason: `调休上班日 ${m.date} 重复列出` });
    makeupDays.add(m.date);
    const holiday = holidayDays.get(m.date);
    if (holiday !== undefined) problems.push({ field, reason: `${m.date} 既是调休上班日，又是“${holiday}”的假日` });
    if (!holidayNames.has(m.for)) {
      problems.push({ field: `makeupWorkdays[${i}].for`, reason: `调休上班日 ${m.date} 所属的“${m.for}”不是本通知中的节假日` });
    }
  });
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
