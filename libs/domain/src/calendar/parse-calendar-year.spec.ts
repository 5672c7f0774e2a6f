import y2024 from './data/2024.json';
import { CalendarDataError } from './errors';
import { parseCalendarYear } from './parse-calendar-year';

function problemsOf(json: unknown, source = 'upload/2027.json'): string {
  try {
    parseCalendarYear(json, source);
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarDataError);
    expect((error as CalendarDataError).code).toBe('CALENDAR_DATA_INVALID');
    expect((error as CalendarDataError).source).toBe(source);
    expect((error as Error).message).toContain(source);
    return (error as CalendarDataError).problems.join('\n');
  }
  throw new Error('expected the data to be refused');
}

const year2024 = () => structuredClone(y2024) as Record<string, any>;

function fieldsOf(json: unknown): string[] {
  try {
    parseCalendarYear(json, 'upload/2024.json');
  } catch (error) {
    return (error as CalendarDataError).faults.map((f) => f.field);
  }
  throw new Error('expected the data to be refused');
}

describe('parseCalendarYear', () => {
  it('accepts a well-formed year file and returns it unchanged', () => {
    expect(parseCalendarYear(y2024, '2024.json')).toEqual(y2024);
  });

  it('refuses what is not an object', () => {
    expect(problemsOf('2024')).toMatch(/JSON 对象/);
    expect(problemsOf([])).toMatch(/JSON 对象/);
  });

  it('names missing and mistyped fields, all at once', () => {
    const json = year2024();
    delete json.notice;
    json.year = '2024';
    json.holidays = {};
    const problems = problemsOf(json);
    expect(problems).toMatch(/“notice”须为非空字符串/);
    expect(problems).toMatch(/“year”须为四位整数/);
    expect(problems).toMatch(/“holidays”须为数组/);
  });

  it('refuses unknown fields, which are usually typos', () => {
    const json = year2024();
    json.makeupWorkday = [];
    expect(problemsOf(json)).toMatch(/未知字段“makeupWorkday”/);
  });

  it('refuses impossible dates', () => {
    const json = year2024();
    json.holidays[0].to = '2024-02-30';
    expect(problemsOf(json)).toMatch(/holidays\[0\]：“to”须为存在的日期.*2024-02-30/);
  });

  it('refuses dates outside the year', () => {
    const json = year2024();
    json.holidays.push({ name: '元旦', from: '2025-01-01', to: '2025-01-01' });
    expect(problemsOf(json)).toMatch(/节假日“元旦”2025-01-01 至 2025-01-01 不在 2024 年/);
  });

  it('lets New Year arrangements reach back into the last days of December, no further', () => {
    const json = year2024();
    json.holidays[0].from = '2023-12-30';
    expect(() => parseCalendarYear(json, '2024.json')).not.toThrow();
    json.holidays[0].from = '2023-11-30';
    expect(problemsOf(json)).toMatch(/不在 2024 年/);
  });

  it('refuses a range that ends before it starts', () => {
    const json = year2024();
    json.holidays[6] = { name: '国庆节', from: '2024-10-07', to: '2024-10-01' };
    expect(problemsOf(json)).toMatch(/结束日（2024-10-01）早于开始日（2024-10-07）/);
  });

  it('refuses a make-up workday on a weekday', () => {
    const json = year2024();
    json.makeupWorkdays.push({ date: '2024-10-11', for: '国庆节' });
    expect(problemsOf(json)).toMatch(/调休上班日 2024-10-11 不是周六或周日/);
  });

  it('refuses a day that is both a holiday and a make-up workday', () => {
    const json = year2024();
    json.makeupWorkdays.push({ date: '2024-10-05', for: '国庆节' });
    expect(problemsOf(json)).toMatch(/2024-10-05 既是调休上班日，又是“国庆节”的假日/);
  });

  it('refuses overlapping holidays and a make-up workday for an unknown holiday', () => {
    const json = year2024();
    json.holidays.push({ name: '国庆节', from: '2024-10-07', to: '2024-10-08' });
    json.makeupWorkdays[0].for = '除夕';
    const problems = problemsOf(json);
    expect(problems).toMatch(/2024-10-07 同时属于两个节假日/);
    expect(problems).toMatch(/所属的“除夕”不是本通知中的节假日/);
  });

  it('requires an amendedBy reference to name a listed amendment', () => {
    const json = year2024();
    json.holidays[1].amendedBy = '国办发明电〔2024〕1号';
    expect(problemsOf(json)).toMatch(/由 国办发明电〔2024〕1号 更正，但“amendments”中没有该通知/);
  });

  it('names the field at fault for every problem, all at once', () => {
    const json = year2024();
    delete json.notice;
    json.holidays[0].to = '2025-01-02';
    json.holidays.push({ name: '国庆节', from: '2024-10-07', to: '2024-10-08' });
    json.makeupWorkdays.push({ date: '2024-10-11', for: '国庆节' }, { date: '2024-10-05', for: '国庆节' });
    let faults: readonly { field: string; reason: string }[] = [];
    try {
      parseCalendarYear(json, 'upload/2024.json');
    } catch (error) {
      faults = (error as CalendarDataError).faults;
    }
    const n = json.makeupWorkdays.length;
    // The missing notice does not hide the faults between dates.
    expect(faults.map((f) => f.field)).toEqual([
      'notice',
      'holidays[0].to',
      'holidays[7]',
      `makeupWorkdays[${n - 2}].date`,
      `makeupWorkdays[${n - 1}].date`,
    ]);
    expect(faults[0].reason).toMatch(/“notice”须为非空字符串/);
    expect(faults[1].reason).toMatch(/不在 2024 年/);
    expect(faults[2].reason).toMatch(/2024-10-07 同时属于两个节假日/);
    expect(faults[3].reason).toMatch(/不是周六或周日/);
    expect(faults[4].reason).toMatch(/既是调休上班日，又是“国庆节”的假日/);
  });

  it('checks the dates that are well formed beside those that are not, and what needs the year only with one', () => {
    const json = year2024();
    json.holidays[0].from = '2024-02-30';
    json.holidays[1].to = '2024-01-01';
    json.makeupWorkdays.push({ date: '2024-10-11', for: '国庆节' });
    expect(fieldsOf(json)).toEqual(['holidays[0].from', 'holidays[1].to', `makeupWorkdays[${json.makeupWorkdays.length - 1}].date`]);
    json.year = '2024';
    // Without a year the make-up weekday is still a fault; a holiday outside the year cannot be judged.
    json.holidays[2].to = '2025-03-01';
    expect(fieldsOf(json)).toEqual(['year', 'holidays[0].from', 'holidays[1].to', `makeupWorkdays[${json.makeupWorkdays.length - 1}].date`]);
  });

  it('judges no reference against a list that is not one', () => {
    const json = { ...year2024(), amendments: 'none', holidays: 'none' };
    expect(fieldsOf(json)).toEqual(['amendments', 'holidays']);
  });
});
