import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { firedAt, skipTo, startTimeSkipping, startWorkflowWorker, type WorkflowWorker } from '../../test/support/time-skipping';
import { nthWorkedDayAfter, workedOn, type YearRules } from '../../test/support/calendar-fixtures';
import type { CalendarInForce } from '../../libs/contracts/src/calendar-activities';
import type { RequestStep } from '../../libs/contracts/src/request-activities';
import type { TaskStep } from '../../libs/contracts/src/supervision-activities';
import type { CalendarYearData } from '../../libs/domain/src/calendar/calendar-year-data';
import { BUNDLED_CALENDAR_YEARS } from '../../libs/domain/src/calendar/data';
import { calendarPublishedSignal } from './calendar.messages';
import { requestWorkflow } from '../requests/request.workflow';
import { dailyUrgingWorkflow } from '../supervision/daily-urging.workflow';
import { taskWorkflow } from '../supervision/task.workflow';

/*
 * The timers of running cases follow a published calendar, on the real time-skipping server. The
 * worker's calendar starts without the year the deadlines fall in (so they are counted Monday to
 * Friday, provisional); a made-up year whose one holiday is that due day is then published to the
 * running workflows, and time is skipped past the old due day and the new one. Dates are counted
 * here, by the test's own loop.
 */
const shipped = new Map<number, YearRules>(BUNDLED_CALENDAR_YEARS.map((y) => [y.year, y]));
const beijingDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
/** The end of a day in Beijing, when a due on it runs out. */
const endOf = (day: string) => Date.parse(`${day}T16:00:00.000Z`);

let env: TestWorkflowEnvironment;
let worker: WorkflowWorker;
let served: CalendarYearData[] = [];
const requestSteps: RequestStep[] = [];
const taskSteps: TaskStep[] = [];
const urgedOn: string[] = [];

beforeAll(async () => {
  env = await startTimeSkipping();
  worker = await startWorkflowWorker(env, {
    async calendarInForce(): Promise<CalendarInForce> {
      return { label: `test-${served.length}`, versions: served.map((y, i) => ({ version: i + 1, year: y.year, notice: y.notice })), years: served };
    },
    async recordRequestStep(step: RequestStep): Promise<void> {
      requestSteps.push(step);
    },
    async recordTaskStep(step: TaskStep): Promise<void> {
      taskSteps.push(step);
    },
    async issueSupervisionOrder() {
      return { orderId: 'order-1', number: '督办〔2026〕1号' };
    },
    async sendDailyDigests(date: string): Promise<number> {
      urgedOn.push(date);
      return 1;
    },
    async planPhoneCalls(): Promise<number> {
      return 0;
    },
  });
});
afterAll(async () => {
  await worker?.stop();
  await env?.teardown();
});

const requestEntries = () => requestSteps.flatMap((s) => s.entries);
const taskEntries = () => taskSteps.flatMap((s) => s.history);

it('a request and a task on provisional dates move with the published year: reminders, the breach and the overdue notice come on the new dates, none on the old', async () => {
  // The year the twentieth working day from today falls in, with the day after it; the worker's calendar stops before it.
  const yearAfter = (day: string) => {
    const thisYear = Number(day.slice(0, 4));
    return [thisYear + 1, thisYear].find((y) => {
      const worked = workedOn(new Map([...shipped].filter(([k]) => k < y)));
      const due = nthWorkedDayAfter(day, 20, worked);
      return due.startsWith(`${y}-`) && nthWorkedDayAfter(due, 1, worked).startsWith(`${y}-`);
    });
  };
  // In the first days of December the twentieth working day is the year's last: none fits, so the test's clock moves on a week.
  while (yearAfter(beijingDay(await env.currentTimeMs())) === undefined) await env.sleep('7 days');
  const now = await env.currentTimeMs();
  const today = beijingDay(now);
  const thisYear = Number(today.slice(0, 4));
  const year = yearAfter(today)!;
  served = BUNDLED_CALENDAR_YEARS.filter((y) => y.year < year);
  const before = workedOn(new Map([...shipped].filter(([k]) => k < year)));
  const oldDue = nthWorkedDayAfter(today, 20, before);
  const holiday = { name: '测试假日', from: oldDue, to: oldDue };
  const madeUp: CalendarYearData = { year, notice: `测试发明电〔${year - 1}〕1号`, title: '测试用（虚构）', published: `${year - 1}-10-15`, holidays: [holiday], makeupWorkdays: [] };
  const after = workedOn(new Map([...shipped].filter(([k]) => k < year)).set(year, madeUp));
  const newDue = nthWorkedDayAfter(oldDue, 1, after);
  const remindOn = (due: string, worked: (d: string) => boolean) => {
    let day = due;
    for (let left = 3; left > 0; ) {
      day = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      if (worked(day)) left -= 1;
    }
    return day;
  };

  const request = await env.client.workflow.start(requestWorkflow, {
    taskQueue: worker.taskQueue,
    workflowId: 'request-r-moved',
    args: [
      {
        request: {
          requestId: 'r-moved',
          number: `依申请〔${thisYear}〕1号`,
          unitId: 'unit-1',
          receivedOn: today,
          channel: 'online',
          requesterType: 'natural_person',
          requesterName: '申请人甲',
          excerpt: '申请公开本区学校食堂检查记录',
          registeredBy: { id: 'u-coord', name: '公开办刘', email: 'liu@gkb.test.cn', roles: ['coordinator'], unitId: null },
        },
        settings: { countFrom: 'next_day', reminderLeads: [3] },
      },
    ],
  });
  const task = await env.client.workflow.start(taskWorkflow, {
    taskQueue: worker.taskQueue,
    workflowId: 'task-t-moved',
    args: [
      {
        task: {
          taskId: 't-moved',
          title: '更新政府信息公开指南',
          source: 'plan',
          unitId: 'unit-1',
          unitName: '区教育局',
          owner: null,
          due: { startMs: now, due: '20wd' },
          createdBy: { id: 'u-coord', name: '公开办刘', email: 'liu@gkb.test.cn', roles: ['coordinator'], unitId: null },
        },
        timing: { remindBefore: '3wd', orderAfter: '1wd', orderLevel: 1, orderReplyWithin: null },
      },
    ],
  });
  await env.sleep('1 minute');
  // The receipt is written with the start, the calendar fetched after it: the row then says provisional.
  expect(requestSteps.at(-1)!.snapshot).toMatchObject({ dueOn: oldDue, provisional: true });
  expect(taskEntries()).toMatchObject([{ event: 'assigned', data: { dueOn: oldDue } }]);

  served = [...served, madeUp];
  const published = { version: served.length, year, notice: madeUp.notice };
  await request.signal(calendarPublishedSignal, published);
  await task.signal(calendarPublishedSignal, published);
  await env.sleep('1 minute');
  expect(requestEntries().filter((e) => e.type === 'due_recounted').map((e) => e.data)).toMatchObject([{ from: oldDue, dueOn: newDue, calendarVersion: published.version }]);
  expect(requestSteps.at(-1)!.snapshot).toMatchObject({ dueOn: newDue, provisional: false });
  expect(taskEntries().filter((e) => e.event === 'due_recounted').map((e) => e.data)).toMatchObject([{ from: oldDue, dueOn: newDue, calendarVersion: published.version }]);

  // The old due day ends: nobody is told anything is late.
  await skipTo(env, endOf(oldDue));
  expect(requestEntries().some((e) => e.type === 'breach_recorded')).toBe(false);
  expect(taskEntries().some((e) => e.event === 'overdue')).toBe(false);

  // The new one ends: the request's breach and the task's overdue notice, at that time and for that date.
  await skipTo(env, endOf(newDue) + 3 * 86_400_000);
  const reminders = requestEntries().filter((e) => e.type === 'reminder_sent');
  expect(reminders.map((e) => [e.date, e.data.dueOn])).toEqual([[remindOn(newDue, after), newDue]]);
  expect(requestSteps.flatMap((s) => s.mails.map((m) => m.key)).filter((k) => k.includes('remind') || k.includes('breach'))).toEqual([
    `request:r-moved:remind.${newDue}.3wd`,
    `request:r-moved:breach.${newDue}`,
  ]);
  const breach = requestEntries().find((e) => e.type === 'breach_recorded')!;
  expect(breach.data).toMatchObject({ dueOn: newDue });
  expect(Date.parse(breach.occurredAt)).toBeGreaterThanOrEqual(endOf(newDue));
  const overdue = taskEntries().filter((e) => e.event === 'overdue');
  expect(overdue.map((e) => e.data)).toEqual([{ dueOn: newDue }]);
  expect(firedAt(overdue[0].occurredAt, endOf(newDue))).toBe(true);
  const taskReminders = taskEntries().filter((e) => e.event === 'reminder_sent');
  expect(taskReminders.map((e) => e.data.dueOn)).toEqual([newDue, newDue]);
  expect(beijingDay(Date.parse(taskReminders[0].occurredAt))).toBe(remindOn(newDue, after));
  await request.terminate('test done');
  await task.terminate('test done');
}, 120_000);

it('the daily urging counts on the calendar in force, not the bundled notices: a make-up Saturday of a year only loaded is a working day', async () => {
  const year = BUNDLED_CALENDAR_YEARS[BUNDLED_CALENDAR_YEARS.length - 1].year + 1;
  let saturday = `${year}-01-01`;
  while (new Date(`${saturday}T00:00:00Z`).getUTCDay() !== 6) saturday = new Date(Date.parse(`${saturday}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const holiday = { name: '测试假日', from: `${year}-01-01`, to: `${year}-01-01` };
  served = [
    ...BUNDLED_CALENDAR_YEARS,
    { year, notice: `测试发明电〔${year - 1}〕3号`, title: '测试用（虚构）', published: `${year - 1}-10-15`, holidays: [holiday], makeupWorkdays: [{ date: saturday, for: '测试假日' }] },
  ];
  const urge = (date: string) => env.client.workflow.execute(dailyUrgingWorkflow, { taskQueue: worker.taskQueue, workflowId: `daily-urging-${date}`, args: [{ date }] });
  expect(await urge(saturday)).toEqual({ date: saturday, workingDay: true, digests: 1, calls: 0 });
  expect(await urge(holiday.from)).toMatchObject({ workingDay: false, digests: 0 });
  expect(urgedOn).toEqual([saturday]);
});
