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

describe('parseCalendarYear', () => {
  it('accepts a well-formed year file and returns it unchanged', () => {
    expect(parseCalendarYear(y2024, '2024.json')).toEqual(y2024);
  });

  it('refuses what is not an object', () => {
    expect(problemsOf('2024')).toMatch(/JSON object/);
    expect(problemsOf([])).toMatch(/JSON object/);
  });

  it('names missing and mistyped fields, all at once', () => {
    const json = year2024();
    delete json.notice;
    json.year = '2024';
    json.holidays = {};
    const problems = problemsOf(json);
    expect(problems).toMatch(/"notice" must be a non-empty string/);
    expect(problems).toMatch(/"year" must be a four-digit integer/);
    expect(problems).toMatch(/"holidays" must be an array/);
  });

  it('refuses unknown fields, which are usually typos', () => {
    const json = year2024();
    json.makeupWorkday = [];
    expect(problemsOf(json)).toMatch(/unknown field "makeupWorkday"/);
  });

  it('refuses impossible dates', () => {
    const json = year2024();
    json.holidays[0].to = '2024-02-30';
    expect(problemsOf(json)).toMatch(/holidays\[0\]: "to" must be an existing date.*2024-02-30/);
  });

  it('refuses dates outside the year', () => {
    const json = year2024();
    json.holidays.push({ name: '元旦', from: '2025-01-01', to: '2025-01-01' });
    expect(problemsOf(json)).toMatch(/holiday 元旦 2025-01-01 to 2025-01-01 is not inside 2024/);
  });

  it('lets New Year arrangements reach back into the last days of December, no further', () => {
    const json = year2024();
    json.holidays[0].from = '2023-12-30';
    expect(() => parseCalendarYear(json, '2024.json')).not.toThrow();
    json.holidays[0].from = '2023-11-30';
    expect(problemsOf(json)).toMatch(/is not inside 2024/);
  });

  it('refuses a range that ends before it starts', () => {
    const json = year2024();
    json.holidays[6] = { name: '国庆节', from: '2024-10-07', to: '2024-10-01' };
    expect(problemsOf(json)).toMatch(/ends \(2024-10-01\) before it starts \(2024-10-07\)/);
  });

  it('refuses a make-up workday on a weekday', () => {
    const json = year2024();
    json.makeupWorkdays.push({ date: '2024-10-11', for: '国庆节' });
    expect(problemsOf(json)).toMatch(/2024-10-11 is not a Saturday or Sunday/);
  });

  it('refuses a day that is both a holiday and a make-up workday', () => {
    const json = year2024();
    json.makeupWorkdays.push({ date: '2024-10-05', for: '国庆节' });
    expect(problemsOf(json)).toMatch(/2024-10-05 is both a make-up workday and a day of 国庆节/);
  });

  it('refuses overlapping holidays and a make-up workday for an unknown holiday', () => {
    const json = year2024();
    json.holidays.push({ name: '国庆节', from: '2024-10-07', to: '2024-10-08' });
    json.makeupWorkdays[0].for = '除夕';
    const problems = problemsOf(json);
    expect(problems).toMatch(/2024-10-07 is in two holidays/);
    expect(problems).toMatch(/for "除夕", which is not a holiday in this notice/);
  });

  it('requires an amendedBy reference to name a listed amendment', () => {
    const json = year2024();
    json.holidays[1].amendedBy = '国办发明电〔2024〕1号';
    expect(problemsOf(json)).toMatch(/amended by 国办发明电〔2024〕1号, which is not listed/);
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
    expect(faults.map((f) => f.field)).toEqual(['notice']);
    json.notice = '国办发明电〔2023〕7号';
    try {
      parseCalendarYear(json, 'upload/2024.json');
    } catch (error) {
      faults = (error as CalendarDataError).faults;
    }
    const n = json.makeupWorkdays.length;
    expect(faults.map((f) => f.field)).toEqual([
      'holidays[0].to',
      'holidays[7]',
      `makeupWorkdays[${n - 2}].date`,
      `makeupWorkdays[${n - 1}].date`,
    ]);
    expect(faults[0].reason).toMatch(/not inside 2024/);
    expect(faults[1].reason).toMatch(/2024-10-07 is in two holidays/);
    expect(faults[2].reason).toMatch(/not a Saturday or Sunday/);
    expect(faults[3].reason).toMatch(/both a make-up workday and a day of 国庆节/);
  });
});
