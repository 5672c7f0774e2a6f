import { createCalendar } from '../calendar/working-day-calendar';
import { BUNDLED_CALENDAR_YEARS } from '../calendar/data';
import type { CalendarYearData } from '../calendar/calendar-year-data';
import { shanghaiInstant } from '../calendar/iso-date';
import { taskClock } from './task-clock';
import { recountTaskDue, taskDueFromDate, taskDueFromLimit, taskDueDate, taskTimes } from './task-due';

const until2026 = createCalendar(BUNDLED_CALENDAR_YEARS);
const y2027: CalendarYearData = { year: 2027, notice: '测试〔2026〕1号', title: '测试', published: '2026-12-01', holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-08' }], makeupWorkdays: [{ date: '2027-01-10', for: '元旦' }] };
const with2027 = createCalendar([...BUNDLED_CALENDAR_YEARS, y2027]);
const timing = { remindBefore: '3wd', orderAfter: '3wd', orderLevel: 1 as const, orderReplyWithin: null };
const created = shanghaiInstant('2026-12-02', 10 * 3_600_000);

describe('a task due past the loaded notices', () => {
  it('is counted Monday to Friday, its clock marked provisional', () => {
    const due = taskDueFromDate(created, '2027-01-08', until2026);
    expect(due).toEqual({ startMs: created, due: '27wd', dueOn: '2027-01-08' });
    expect(taskDueDate(taskTimes(due, timing, until2026))).toBe('2027-01-08');
    expect(taskClock('2027-01-08', '2026-12-02', until2026)).toEqual({ due: '2027-01-08', overdue: false, overdueWorkingDays: 0, workingDaysLeft: 27 });
    expect(taskClock('2027-01-08', '2026-12-02', with2027)).toMatchObject({ due: '2027-01-10', workingDaysLeft: 22 });
  });

  it('is recounted to its date on the new calendar, off a new rest day; a limit in hours is left alone', () => {
    const due = taskDueFromDate(created, '2027-01-08', until2026);
    const recounted = recountTaskDue(due, '2027-01-08', with2027);
    // Due Friday 8th, now a holiday: it runs to Sunday 10th, a make-up working day.
    expect(taskDueDate(taskTimes(recounted, timing, with2027))).toBe('2027-01-10');
    // 27 working days from 2 December, Monday to Friday assumed: Friday 8 January, recounted the same way.
    const limit = taskDueFromLimit(created, '27wd')!;
    expect(taskDueDate(taskTimes(recountTaskDue(limit, '2027-01-08', with2027), timing, with2027))).toBe('2027-01-10');
    const hours = taskDueFromLimit(created, '4h')!;
    expect(recountTaskDue(hours, '2026-12-02', with2027)).toBe(hours);
  });
});
