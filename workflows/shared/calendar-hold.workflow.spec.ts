import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { nthWorkedDayAfter, plusDays, workedOn, type YearRules } from '../../test/support/calendar-fixtures';
import type { CalendarInForce } from '../../libs/contracts/src/calendar-activities';
import type { RequestStep } from '../../libs/contracts/src/request-activities';
import type { SignOffStep } from '../../libs/contracts/src/signoff-activities';
import type { TaskStep } from '../../libs/contracts/src/supervision-activities';
import { dueTimes } from '../../libs/domain/src/calendar/due-spec';
import { createCalendar } from '../../libs/domain/src/calendar/working-day-calendar';
import { signOffWorkflow } from '../signoff/signoff.workflow';
import { statusQuery, submitSignOffUpdate, type SignOffTiming } from '../signoff/signoff.messages';
import { skipTo, startTimeSkipping, startWorkflowWorker, type WorkflowWorker } from '../../test/support/time-skipping';
import type { CalendarYearData } from '../../libs/domain/src/calendar/calendar-year-data';
import { BUNDLED_CALENDAR_YEARS } from '../../libs/domain/src/calendar/data';
import type { Actor } from '../../libs/domain/src/registry/actor';
import { calendarHoldQuery, calendarPublishedSignal, decideCalendarHoldUpdate } from './calendar.messages';
import { requestWorkflow } from '../requests/request.workflow';
import { taskWorkflow } from '../supervision/task.workflow';

/*
 * A published calendar that would move a deadline the case already acted on (a breach recorded,
 * an overdue notice sent) is held back from that case: its dates stay until a coordinator moves
 * them to the new calendar or keeps them, and the case's record says which. A correcting notice
 * makes the old due day a holiday, as the 2020 notice extended the Spring Festival.
 */
const shipped = new Map<number, YearRules>(BUNDLED_CALENDAR_YEARS.map((y) => [y.year, y]));
const beijingDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
const coordinator: Actor = { id: 'u-coord', name: '公开办刘', email: 'liu@gkb.test.cn', roles: ['coordinator'], unitId: null };
const contact: Actor = { id: 'u-contact', name: '教育局王', email: 'wang@jyj.test.cn', roles: ['unit_contact'], unitId: 'unit-1' };

let env: TestWorkflowEnvironment;
let worker: WorkflowWorker;
let served: CalendarYearData[] = [...BUNDLED_CALENDAR_YEARS];
const requestSteps: RequestStep[] = [];
const taskSteps: TaskStep[] = [];
const signOffSteps: SignOffStep[] = [];

beforeAll(async () => {
  env = await startTimeSkipping();
  worker = await startWorkflowWorker(env, {
    async calendarInForce(): Promise<CalendarInForce> {
      return { label: `test-${served.length}-${served.at(-1)!.holidays.length}`, versions: served.map((y, i) => ({ version: i + 1, year: y.year, notice: y.notice })), years: served };
    },
    async recordRequestStep(step: RequestStep): Promise<void> {
      requestSteps.push(step);
    },
    async recordTaskStep(step: TaskStep): Promise<void> {
      taskSteps.push(step);
    },
    async recordSignOffStep(step: SignOffStep): Promise<string[]> {
      signOffSteps.push(step);
      return step.trail.map((e) => `hash-${e.documentId}-${e.seq}`);
    },
    async issueSupervisionOrder() {
      return { orderId: 'order-1', number: '督办〔2026〕1号' };
    },
  });
});
afterAll(async () => {
  await worker?.stop();
  await env?.teardown();
});

/** The calendar served after a notice making `day` a holiday: a correction of a shipped year, or a made-up year when none is shipped. */
function withHolidayOn(day: string): { years: CalendarYearData[]; notice: string } {
  const year = Number(day.slice(0, 4));
  const notice = `测试更正〔${year}〕1号`;
  const holiday = { name: '测试补假', from: day, to: day };
  const known = served.find((y) => y.year === year);
  const corrected: CalendarYearData = known
    ? { ...known, holidays: [...known.holidays, holiday] }
    : { year, notice, title: '测试用（虚构）', published: `${year - 1}-10-15`, holidays: [holiday], makeupWorkdays: [] };
  return { years: [...served.filter((y) => y.year < year), corrected, ...served.filter((y) => y.year > year)], notice };
}

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return ((error as WorkflowUpdateFailedError).cause as { type?: string }).type;
};

it('a breached request keeps its due date when a correcting notice would move it, until a coordinator moves it: the breach stays on record, once', async () => {
  const today = beijingDay(await env.currentTimeMs());
  const receivedOn = plusDays(today, -40);
  const oldDue = nthWorkedDayAfter(receivedOn, 20, workedOn(shipped));
  expect(oldDue < today).toBe(true);
  const request = await env.client.workflow.start(requestWorkflow, {
    taskQueue: worker.taskQueue,
    workflowId: 'request-r-held',
    args: [
      {
        request: {
          requestId: 'r-held',
          number: '依申请〔2026〕9号',
          unitId: 'unit-1',
          receivedOn,
          channel: 'online',
          requesterType: 'natural_person',
          requesterName: '申请人乙',
          excerpt: '申请公开本区道路养护合同',
          registeredBy: coordinator,
        },
        settings: { countFrom: 'next_day', reminderLeads: [3] },
      },
    ],
  });
  await env.sleep('1 minute');
  const entries = () => requestSteps.flatMap((s) => s.entries);
  expect(entries().filter((e) => e.type === 'breach_recorded').map((e) => e.data.dueOn)).toEqual([oldDue]);

  // A working day inside the answer period becomes a holiday: the due would be a day later.
  const moved = withHolidayOn(oldDue);
  served = moved.years;
  const newDue = nthWorkedDayAfter(receivedOn, 20, workedOn(new Map(served.map((y) => [y.year, y]))));
  expect(newDue).not.toBe(oldDue);
  await request.signal(calendarPublishedSignal, { version: 99, year: Number(oldDue.slice(0, 4)), notice: moved.notice });
  await env.sleep('1 minute');
  expect(entries().filter((e) => e.type === 'due_recount_held').map((e) => e.data)).toMatchObject([{ kind: 'request_answer', from: oldDue, wouldBe: newDue, calendarVersion: 99 }]);
  expect(requestSteps.at(-1)!.snapshot).toMatchObject({ dueOn: oldDue });
  expect(await request.query(calendarHoldQuery)).toMatchObject({ published: { version: 99 }, moves: [{ kind: 'request_answer', from: oldDue, wouldBe: newDue }], kept: null });

  // Only the office decides, and with a reason.
  expect(await refusal(request.executeUpdate(decideCalendarHoldUpdate, { args: [{ actor: contact, decision: 'apply', reason: '按新通知' }] }))).toBe('CALENDAR_HOLD_NEEDS_COORDINATOR');
  expect(await refusal(request.executeUpdate(decideCalendarHoldUpdate, { args: [{ actor: coordinator, decision: 'apply', reason: ' ' }] }))).toBe('CALENDAR_HOLD_REASON_REQUIRED');

  const receipt = await request.executeUpdate(decideCalendarHoldUpdate, { args: [{ actor: coordinator, decision: 'apply', reason: '更正通知对本件同样适用' }] });
  expect(receipt).toMatchObject({ decision: 'apply', moves: [{ kind: 'request_answer', from: oldDue, to: newDue, held: false }] });
  expect(entries().filter((e) => e.type === 'calendar_hold_decided')).toMatchObject([{ actorName: '公开办刘', actorRole: 'coordinator', data: { decision: 'apply', reason: '更正通知对本件同样适用' } }]);
  expect(entries().filter((e) => e.type === 'due_recounted').map((e) => e.data)).toMatchObject([{ from: oldDue, dueOn: newDue }]);
  expect(requestSteps.at(-1)!.snapshot).toMatchObject({ dueOn: newDue });
  expect(await request.query(calendarHoldQuery)).toBeNull();
  expect(await refusal(request.executeUpdate(decideCalendarHoldUpdate, { args: [{ actor: coordinator, decision: 'keep', reason: '再次决定' }] }))).toBe('CALENDAR_HOLD_NONE');

  // Still past its (new) due: no second breach.
  await env.sleep('2 days');
  expect(entries().filter((e) => e.type === 'breach_recorded')).toHaveLength(1);
  await request.terminate('test done');
}, 120_000);

it('an overdue task whose due day a correcting notice makes a holiday keeps it when the coordinator so decides; a second decision is refused', async () => {
  served = [...BUNDLED_CALENDAR_YEARS];
  const now = await env.currentTimeMs();
  const worked = workedOn(shipped);
  let dueOn = plusDays(beijingDay(now), -10);
  while (!worked(dueOn) || shipped.get(Number(dueOn.slice(0, 4)))?.makeupWorkdays.some((m) => m.date === dueOn)) dueOn = plusDays(dueOn, -1);
  const task = await env.client.workflow.start(taskWorkflow, {
    taskQueue: worker.taskQueue,
    workflowId: 'task-t-held',
    args: [
      {
        task: {
          taskId: 't-held',
          title: '更新政府信息公开指南',
          source: 'plan',
          unitId: 'unit-1',
          unitName: '区教育局',
          owner: null,
          due: { startMs: Date.parse(`${dueOn}T00:00:00+08:00`), due: '0wd', dueOn },
          createdBy: coordinator,
        },
        timing: { remindBefore: '3wd', orderAfter: '30wd', orderLevel: 1, orderReplyWithin: null },
      },
    ],
  });
  await env.sleep('1 minute');
  const history = () => taskSteps.flatMap((s) => s.history);
  expect(history().filter((e) => e.event === 'overdue').map((e) => e.data)).toEqual([{ dueOn }]);

  const moved = withHolidayOn(dueOn);
  served = moved.years;
  const wouldBe = nthWorkedDayAfter(plusDays(dueOn, -1), 1, workedOn(new Map(served.map((y) => [y.year, y]))));
  await task.signal(calendarPublishedSignal, { version: 100, year: Number(dueOn.slice(0, 4)), notice: moved.notice });
  await env.sleep('1 minute');
  expect(history().filter((e) => e.event === 'due_recount_held').map((e) => e.data)).toMatchObject([{ kind: 'task_due', from: dueOn, wouldBe, reason: 'overdue_recorded' }]);

  const receipt = await task.executeUpdate(decideCalendarHoldUpdate, { args: [{ actor: coordinator, decision: 'keep', reason: '单位已按原时限逾期，维持' }] });
  expect(receipt).toEqual({ decision: 'keep', moves: [] });
  expect(history().filter((e) => e.event === 'calendar_hold_decided').map((e) => e.data)).toMatchObject([{ decision: 'keep', reason: '单位已按原时限逾期，维持' }]);
  expect(history().some((e) => e.event === 'due_recounted')).toBe(false);
  expect(await task.query(calendarHoldQuery)).toMatchObject({ kept: { by: '公开办刘', reason: '单位已按原时限逾期，维持' } });
  expect(await refusal(task.executeUpdate(decideCalendarHoldUpdate, { args: [{ actor: coordinator, decision: 'apply', reason: '改主意' }] }))).toBe('CALENDAR_HOLD_DECIDED');
  await task.terminate('test done');
}, 120_000);

it('an escalated sign-off level keeps its due day until the coordinator applies the new calendar; the trail records the decision, then the move', async () => {
  served = [...BUNDLED_CALENDAR_YEARS];
  const drafter: Actor = { id: 'u-drafter', name: '起草人小王', email: 'wang@jyj.test.cn', roles: ['unit_contact'], unitId: 'unit-1' };
  const signer = { id: 'u-s1', name: '科长李', email: 'li@jyj.test.cn' };
  const timing: SignOffTiming = { remindBefore: '1wd', escalateAfter: '1wd', publication: { due: '20wd', remindBefore: '3wd', overdueRemindEvery: '5wd' } };
  const doc = await env.client.workflow.start(signOffWorkflow, {
    taskQueue: worker.taskQueue,
    workflowId: 'signoff-doc-held',
    args: [{ document: { documentId: 'doc-held', title: '关于印发某办法的通知', unitId: 'unit-1', drafter, attribute: 'proactive', withholdingBasis: null, version: 1, documentSha256: 'a'.repeat(64) }, trailSeq: 1 }],
  });
  await doc.executeUpdate(submitSignOffUpdate, { args: [{ actor: drafter, revision: null, plan: [{ level: 1, title: '科室负责人', signer, superior: { id: 'u-s2', name: '副区长张', email: 'zhang@gov.test.cn' }, due: '4wd' }], timing }] });
  const startedAt = Date.parse((await doc.query(statusQuery)).levelStartedAt!);
  const times = dueTimes(createCalendar(served), startedAt, '4wd', '1wd', '1wd');
  await skipTo(env, times.escalateAt!);
  const trail = () => signOffSteps.flatMap((s) => s.trail);
  expect(trail().map((e) => e.event)).toContain('escalated');
  const dueDay = times.dueDate ?? beijingDay(times.dueAt);

  const moved = withHolidayOn(dueDay);
  served = moved.years;
  const wouldBe = nthWorkedDayAfter(dueDay, 1, workedOn(new Map(served.map((y) => [y.year, y]))));
  await doc.signal(calendarPublishedSignal, { version: 101, year: Number(dueDay.slice(0, 4)), notice: moved.notice });
  await env.sleep('1 minute');
  expect(trail().filter((e) => e.event === 'deadline_recount_held').map((e) => e.data)).toMatchObject([{ kind: 'document_level', from: dueDay, wouldBe, calendarVersion: 101 }]);
  const heldDueAt = signOffSteps.at(-1)!.projection.levelDueAt;
  expect(heldDueAt).toBe(new Date(times.dueAt).toISOString());

  const receipt = await doc.executeUpdate(decideCalendarHoldUpdate, { args: [{ actor: coordinator, decision: 'apply', reason: '审签时限按更正通知' }] });
  expect(receipt.moves).toMatchObject([{ kind: 'document_level', from: dueDay, to: wouldBe, held: false }]);
  const last = signOffSteps.at(-1)!;
  expect(last.trail.map((e) => [e.event, e.actorName])).toEqual([
    ['calendar_hold_decided', '公开办刘'],
    ['deadline_recounted', '系统'],
  ]);
  expect(beijingDay(Date.parse(last.projection.levelDueAt!) - 1)).toBe(wouldBe);
  await doc.terminate('test done');
}, 120_000);
