import { fictional2027 } from '../../../../test/support/calendar-fixtures';
import { readClock } from '../requests/request-rules';
import { recountTaskDue, taskDueDate, taskDueFromDate, taskTimes, type TaskTiming } from '../supervision/task-due';
import { BUNDLED_CALENDAR_YEARS } from './data';
import { shanghaiInstant } from './iso-date';
import { parseCalendarYear } from './parse-calendar-year';
import { createCalendar } from './working-day-calendar';

/*
 * The issue's own scenario, on its own dates: requests received on 2026-12-10 and 2026-12-24 and a
 * task due 2027-01-08 are counted Monday to Friday while 2027 is missing; the made-up 2027 (元旦
 * 2027-01-01 to 01-08, Sunday 2027-01-10 worked) moves them to the dates counted by hand below.
 * These dates can be registered against the real servers only between 2026-12-24 and 2027-01-08
 * (a receipt may not be in the future, a typed due not in the past), so the e2e suites run the
 * same scenario on dates chosen from the day they run (movingYear), and this one runs the rules
 * the workflows recount with on the literal dates.
 */
const before = createCalendar(BUNDLED_CALENDAR_YEARS.filter((y) => y.year < 2027));
const after = createCalendar([...BUNDLED_CALENDAR_YEARS.filter((y) => y.year < 2027), parseCalendarYear(fictional2027(), '2027.json')]);
const today = '2026-12-24';
const request = (receivedOn: string, calendar: typeof before) => readClock([{ type: 'received', date: receivedOn }], { today, countFrom: 'next_day', calendar });

describe('the issue scenario: a made-up 2027 with one make-up Sunday', () => {
  it('moves the answer dates of requests received on 2026-12-10 and 2026-12-24, and the later one’s correction notice', () => {
    // 2026-12-10: 15 working days to 12-31; then 01-01, 01-04 … 01-07 assumed, or 01-10 (the Sunday), 01-11 … 01-14.
    const early = [request('2026-12-10', before), request('2026-12-10', after)];
    expect(early.map((c) => [c.due?.due, c.due?.provisional])).toEqual([
      ['2027-01-07', true],
      ['2027-01-14', false],
    ]);
    // Its correction notice ran out within 2026: it does not move.
    expect(early.map((c) => c.correctionNoticeDue)).toEqual(['2026-12-21', '2026-12-21']);
    // 2026-12-24: 5 working days to 12-31; then 15 more from 01-01 assumed, or from the Sunday 01-10.
    const late = [request('2026-12-24', before), request('2026-12-24', after)];
    expect(late.map((c) => [c.due?.due, c.due?.provisional])).toEqual([
      ['2027-01-21', true],
      ['2027-01-28', false],
    ]);
    // 7 working days: 12-25, 12-28 … 12-31, then 01-01 and 01-04 assumed, or the Sunday and 01-11.
    expect(late.map((c) => c.correctionNoticeDue)).toEqual(['2027-01-04', '2027-01-11']);
  });

  it('moves a task due 2027-01-08, a holiday of the made-up year, to the make-up Sunday after it', () => {
    const timing: TaskTiming = { remindBefore: '3wd', orderAfter: '3wd', orderLevel: 1, orderReplyWithin: null };
    const created = taskDueFromDate(shanghaiInstant(today) + 3_600_000, '2027-01-08', before);
    const was = taskTimes(created, timing, before);
    expect([taskDueDate(was), was.provisional]).toEqual(['2027-01-08', true]);
    const now = taskTimes(recountTaskDue(created, '2027-01-08', after), timing, after);
    expect([taskDueDate(now), now.provisional]).toEqual(['2027-01-10', false]);
  });
});
