import { CalendarNotCoveredError, defaultCalendar } from '../calendar';
import { SupervisionConfigError } from './errors';
import { effectiveDueDate, taskClock, workingDaysBefore } from './task-clock';
import { buildTaskTimeline, resolveTaskTimelineConfig, taskDeadline, timelinePosition } from './task-timeline';

const calendar = defaultCalendar();

/*
 * Around National Day 2024: Sat 14 Sep worked, 15-17 Sep 中秋节 off, Sat 28 Sep off,
 * Sun 29 Sep worked, 1-7 Oct 国庆节 off, Sat 12 Oct worked, Sun 13 Oct off.
 */
describe('task timeline', () => {
  it('dates every step of a task due Wednesday 2024-10-09, across National Day', () => {
    const timeline = buildTaskTimeline({ due: '2024-10-09' });
    // 3 working days before: 8 Oct (1), 30 Sep (2), Sunday 29 Sep, a make-up working day (3).
    // Overdue: 10 Oct, the first working day after. Supervision order after 3 overdue working
    // days: 10 Oct (1), 11 Oct (2), Saturday 12 Oct, a make-up working day (3).
    expect(timeline).toEqual({
      dueAsGiven: '2024-10-09',
      due: '2024-10-09',
      steps: [
        { kind: 'remind', on: '2024-09-29', workingDaysFromDue: -3 },
        { kind: 'remind', on: '2024-10-08', workingDaysFromDue: -1 },
        { kind: 'due', on: '2024-10-09', workingDaysFromDue: 0 },
        { kind: 'overdue', on: '2024-10-10', workingDaysFromDue: 1 },
        { kind: 'supervision_order', on: '2024-10-12', workingDaysFromDue: 3 },
      ],
      calendarVersion: calendar.version,
    });
  });

  it('resolves "5 working days from 2024-09-30" to a Deadline and follows it', () => {
    const deadline = taskDeadline('2024-09-30', 5);
    // 8, 9, 10, 11 Oct and Saturday 12 Oct.
    expect(deadline.due).toBe('2024-10-12');
    expect(deadline.counted).toEqual(['2024-10-08', '2024-10-09', '2024-10-10', '2024-10-11', '2024-10-12']);
    expect(deadline.explanation).toContain('国庆节7天');
    const timeline = buildTaskTimeline({ due: deadline });
    // Overdue skips Sunday 13 Oct; the order comes 3 working days on: 14, 15, 16 Oct.
    expect(timeline.steps.map((s) => [s.kind, s.on])).toEqual([
      ['remind', '2024-10-09'],
      ['remind', '2024-10-11'],
      ['due', '2024-10-12'],
      ['overdue', '2024-10-14'],
      ['supervision_order', '2024-10-16'],
    ]);
  });

  it('moves a due date typed on a holiday to the next working day', () => {
    const timeline = buildTaskTimeline({ due: '2024-10-03' });
    expect(timeline.dueAsGiven).toBe('2024-10-03');
    expect(timeline.due).toBe('2024-10-08');
    // Back from 8 Oct: 30 Sep (1), Sunday 29 Sep (2), Saturday 28 Sep is off, Friday 27 Sep (3).
    expect(timeline.steps.slice(0, 3).map((s) => s.on)).toEqual(['2024-09-27', '2024-09-30', '2024-10-08']);
  });

  it('drops reminders dated on or before the day the task was assigned', () => {
    expect(buildTaskTimeline({ due: '2024-10-09', assignedOn: '2024-09-30' }).steps[0]).toEqual({
      kind: 'remind',
      on: '2024-10-08',
      workingDaysFromDue: -1,
    });
    expect(buildTaskTimeline({ due: '2024-10-09', assignedOn: '2024-10-08' }).steps[0].kind).toBe('due');
  });

  it('follows its configuration: offsets, the due-date reminder, the supervision order', () => {
    const timeline = buildTaskTimeline(
      { due: '2024-10-09' },
      { reminderOffsets: [1, 5, 1], remindOnDueDate: false, supervisionOrderAfterOverdueWorkingDays: null },
    );
    // 5 working days before 9 Oct: 8 Oct, 30 Sep, 29 Sep, 27 Sep, 26 Sep.
    expect(timeline.steps.map((s) => [s.kind, s.on])).toEqual([
      ['remind', '2024-09-26'],
      ['remind', '2024-10-08'],
      ['overdue', '2024-10-10'],
    ]);
    const orderNextDay = buildTaskTimeline({ due: '2024-10-09' }, { supervisionOrderAfterOverdueWorkingDays: 1 });
    expect(orderNextDay.steps.slice(-2)).toEqual([
      { kind: 'overdue', on: '2024-10-10', workingDaysFromDue: 1 },
      { kind: 'supervision_order', on: '2024-10-10', workingDaysFromDue: 1 },
    ]);
  });

  it('refuses a reminder offset that is not a positive whole number of working days', () => {
    expect(() => resolveTaskTimelineConfig({ reminderOffsets: [3, 0] })).toThrow(SupervisionConfigError);
    expect(() => resolveTaskTimelineConfig({ reminderOffsets: [1.5] })).toThrow(/reminderOffsets\[0\] must be an integer/);
    expect(() => resolveTaskTimelineConfig({ supervisionOrderAfterOverdueWorkingDays: 0 })).toThrow(
      /supervisionOrderAfterOverdueWorkingDays/,
    );
  });

  it('refuses a due date outside the published holiday notices', () => {
    expect(() => buildTaskTimeline({ due: '2027-03-10' })).toThrow(CalendarNotCoveredError);
  });
});

describe('timeline position on a date', () => {
  const timeline = buildTaskTimeline({ due: '2024-10-09' });

  it('on the supervision-order day, Saturday 2024-10-12, the order is due and the task 3 working days overdue', () => {
    expect(timelinePosition(timeline, '2024-10-12')).toEqual({
      date: '2024-10-12',
      stepsDue: [{ kind: 'supervision_order', on: '2024-10-12', workingDaysFromDue: 3 }],
      lastStep: { kind: 'supervision_order', on: '2024-10-12', workingDaysFromDue: 3 },
      nextStep: null,
      overdue: true,
      overdueWorkingDays: 3,
      workingDaysLeft: 0,
    });
  });

  it('during the holiday nothing is due; the next step is the reminder of 8 October', () => {
    const position = timelinePosition(timeline, '2024-10-03');
    expect(position.stepsDue).toEqual([]);
    expect(position.lastStep?.on).toBe('2024-09-29');
    expect(position.nextStep).toEqual({ kind: 'remind', on: '2024-10-08', workingDaysFromDue: -1 });
    // 8 and 9 October remain.
    expect(position).toMatchObject({ overdue: false, workingDaysLeft: 2, overdueWorkingDays: 0 });
  });

  it('on the due date the due reminder fires with 0 working days left', () => {
    expect(timelinePosition(timeline, '2024-10-09')).toMatchObject({
      stepsDue: [{ kind: 'due', on: '2024-10-09', workingDaysFromDue: 0 }],
      overdue: false,
      workingDaysLeft: 0,
    });
  });

  it('counts overdue working days only: Sunday 13 Oct adds none, Monday 14 Oct adds one', () => {
    expect(timelinePosition(timeline, '2024-10-13').overdueWorkingDays).toBe(3);
    expect(timelinePosition(timeline, '2024-10-14').overdueWorkingDays).toBe(4);
  });
});

describe('task clock helpers', () => {
  it('leaves a working due date alone and moves a rest day forward', () => {
    expect(effectiveDueDate('2024-09-30', calendar)).toBe('2024-09-30');
    expect(effectiveDueDate('2024-09-28', calendar)).toBe('2024-09-29');
    expect(effectiveDueDate('2024-10-13', calendar)).toBe('2024-10-14');
  });

  it('counts working days back, skipping the holiday', () => {
    expect(workingDaysBefore('2024-10-08', 1, calendar)).toBe('2024-09-30');
    expect(workingDaysBefore('2024-10-08', 0, calendar)).toBe('2024-10-08');
    expect(() => workingDaysBefore('2024-10-08', -1, calendar)).toThrow(RangeError);
  });

  it('says a task due Friday 2024-09-27 is 2 working days overdue on Monday 30 Sep (Sunday 29 was worked)', () => {
    expect(taskClock('2024-09-27', '2024-09-30', calendar)).toEqual({
      due: '2024-09-27',
      overdue: true,
      overdueWorkingDays: 2,
      workingDaysLeft: 0,
    });
  });
});
