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
    problems.push({ field: '', reason: 'the file must hold a JSON object' });
    return undefined;
  }
  unknownKeys(json, YEAR_KEYS, 'the file', problems);
  const year = json.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9998) {
    problems.push({ field: 'year', reason: `"year" must be a four-digit integer, got ${show(year)}` });
  }
  text(json, 'notice', 'the file', problems);
  text(json, 'title', 'the file', problems);
  date(json, 'published', 'the file', problems);

  const amendments = json.amendments === undefined ? [] : list(json, 'amendments', problems);
  amendments.forEach((item, i) => {
    const where = `amendments[${i}]`;
    if (!isObject(item)) return void problems.push({ field: where, reason: `${where} must be an object` });
    unknownKeys(item, AMENDMENT_KEYS, where, problems);
    text(item, 'notice', where, problems);
    text(item, 'title', where, problems);
    date(item, 'published', where, problems);
    if (item.summary !== undefined) text(item, 'summary', where, problems);
  });

  const holidays = list(json, 'holidays', problems);
  if (Array.isArray(json.holidays) && holidays.length === 0) problems.push({ field: 'holidays', reason: '"holidays" must not be empty' });
  holidays.forEach((item, i) => {
    const where = `holidays[${i}]`;
    if (!isObject(item)) return void problems.push({ field: where, reason: `${where} must be an object` });
    unknownKeys(item, HOLIDAY_KEYS, where, problems);
    text(item, 'name', where, problems);
    date(item, 'from', where, problems);
    date(item, 'to', where, problems);
    if (item.amendedBy !== undefined) text(item, 'amendedBy', where, problems);
  });

  list(json, 'makeupWorkdays', problems).forEach((item, i) => {
    const where = `makeupWorkdays[${i}]`;
    if (!isObject(item)) return void problems.push({ field: where, reason: `${where} must be an object` });
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
  const yearText = `${year} (or its last ${PREVIOUS_YEAR_GRACE_DAYS} days before, for 元旦)`;

  if (data.published > latest) problems.push({ field: 'published', reason: `published ${data.published} is after the year ${year} it governs` });
  const amendmentNotices = new Set((data.amendments ?? []).map((a) => a.notice));
  (data.amendments ?? []).forEach((a, i) => {
    if (a.published < data.published) {
      problems.push({ field: `amendments[${i}].published`, reason: `amendment ${a.notice} published ${a.published}, before the notice it amends (${data.published})` });
    }
  });

  const holidayNames = new Set<string>();
  const holidayDays = new Map<IsoDate, string>();
  data.holidays.forEach((h, i) => {
    const where = `holidays[${i}]`;
    holidayNames.add(h.name);
    if (h.amendedBy !== undefined && !amendmentNotices.has(h.amendedBy)) {
      problems.push({ field: `${where}.amendedBy`, reason: `holiday ${h.name} says it was amended by ${h.amendedBy}, which is not listed in "amendments"` });
    }
    if (!inYear(h.from) || !inYear(h.to)) {
      problems.push({ field: inYear(h.from) ? `${where}.to` : `${where}.from`, reason: `holiday ${h.name} ${h.from} to ${h.to} is not inside ${yearText}` });
      return;
    }
    if (h.from > h.to) {
      problems.push({ field: `${where}.to`, reason: `holiday ${h.name} ends (${h.to}) before it starts (${h.from})` });
      return;
    }
    for (let d = h.from; d <= h.to; d = addDays(d, 1)) {
      const other = holidayDays.get(d);
      if (other !== undefined) problems.push({ field: where, reason: `${d} is in two holidays, ${other} and ${h.name}` });
      holidayDays.set(d, h.name);
    }
  });

  const makeupDays = new Set<IsoDate>();
  data.makeupWorkdays.forEach((m, i) => {
    const field = `makeupWorkdays[${i}].date`;
    if (!inYear(m.date)) problems.push({ field, reason: `make-up workday ${m.date} is not inside ${yearText}` });
    if (!isWeekend(m.date)) problems.push({ field, reason: `make-up workday ${m.date} is not a Saturday or Sunday` });
    if (makeupDays.has(m.date)) problems.push({ field, reason: `make-up workday ${m.date} is listed twice` });
    makeupDays.add(m.date);
    const holiday = holidayDays.get(m.date);
    if (holiday !== undefined) problems.push({ field, reason: `${m.date} is both a make-up workday and a day of ${holiday}` });
    if (!holidayNames.has(m.for)) {
      problems.push({ field: `makeupWorkdays[${i}].for`, reason: `make-up workday ${m.date} is for "${m.for}", which is not a holiday in this notice` });
    }
  });
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKeys(obj: Json, allowed: string[], where: string, problems: Faults): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) problems.push({ field: fieldPath(where, key), reason: `${where} has an unknown field "${key}"` });
  }
}

function text(obj: Json, key: string, where: string, problems: Faults): void {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') {
    problems.push({ field: fieldPath(where, key), reason: `${where}: "${key}" must be a non-empty string, got ${show(value)}` });
  }
}

function date(obj: Json, key: string, where: string, problems: Faults): void {
  if (!isIsoDate(obj[key])) {
    problems.push({ field: fieldPath(where, key), reason: `${where}: "${key}" must be an existing date written YYYY-MM-DD, got ${show(obj[key])}` });
  }
}

function list(obj: Json, key: string, problems: Faults): unknown[] {
  const value = obj[key];
  if (Array.isArray(value)) return value;
  problems.push({ field: key, reason: `"${key}" must be an array, got ${show(value)}` });
  return [];
}

/** `holidays[2].from`, or the bare key for the file's own fields. */
function fieldPath(where: string, key: string): string {
  return where === 'the file' ? key : `${where}.${key}`;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  return typeof value === 'bigint' ? `${value}n` : JSON.stringify(value);
}
