import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { firedAt, skipTo, startTimeSkipping, startWorkflowWorker, type WorkflowWorker } from '../../test/support/time-skipping';
import type { IssuedOrder, OrderToIssue, TaskInput, TaskStep } from '../../libs/contracts/src/supervision-activities';
import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { taskTimes, type TaskTiming } from '../../libs/domain/src/supervision/task-due';
import { taskWorkflow } from './task.workflow';

// The task's clock on the real time-skipping server; the activities record what they are asked
// to write and number orders themselves (the edge of this tier).
const timing: TaskTiming = { remindBefore: '3wd', orderAfter: '1wd', orderLevel: 1, orderReplyWithin: null };
const owner = { id: 'u-owner', name: '联络员小周', email: 'zhou@jyj.test.cn' };
const unit = [{ unitContactsOf: 'unit-1' }, { email: owner.email, name: owner.name }];

let env: TestWorkflowEnvironment;
let worker: WorkflowWorker;
const steps: TaskStep[] = [];
const orders: OrderToIssue[] = [];

beforeAll(async () => {
  env = await startTimeSkipping();
  worker = await startWorkflowWorker(env, {
    async recordTaskStep(step: TaskStep): Promise<void> {
      steps.push(step);
    },
    async issueSupervisionOrder(order: OrderToIssue): Promise<IssuedOrder> {
      orders.push(order);
      return { orderId: `order-${orders.length}`, number: `督办〔2026〕${orders.length}号` };
    },
  });
});
afterAll(async () => {
  await worker?.stop();
  await env?.teardown();
});

const stepsOf = (taskId: string) => steps.filter((s) => s.taskId === taskId);
const eventsOf = (taskId: string) => stepsOf(taskId).flatMap((s) => s.history.map((e) => e.event));
const stepWith = (taskId: string, event: string) => stepsOf(taskId).find((s) => s.history.some((e) => e.event === event))!;

async function assigned(taskId: string, movedIn?: TaskInput['task']['movedIn']) {
  const input: TaskInput = {
    task: {
      taskId,
      title: '更新政府信息公开指南',
      source: 'plan',
      unitId: 'unit-1',
      unitName: '区教育局',
      owner,
      due: { startMs: await env.currentTimeMs(), due: '6wd' },
      createdBy: { id: 'u-coord', name: '公开办刘', email: 'liu@gkb.test.cn', roles: ['coordinator'], unitId: null },
      ...(movedIn ? { movedIn } : {}),
    },
    timing,
  };
  const handle = await env.client.workflow.start(taskWorkflow, { taskQueue: worker.taskQueue, workflowId: `task-${taskId}`, args: [input] });
  return { handle, times: taskTimes(input.task.due, timing, defaultCalendar()), startMs: input.task.due.startMs };
}

describe('task workflow on skipped time', () => {
  it('reminds the unit three working days out (three before a six-working-day limit), at that instant, without real waiting', async () => {
    const { handle, times, startMs } = await assigned('t-remind');
    const day = (ms: number) => shanghaiDate(new Date(ms));
    // Counted as the workflow counts: past the published notices (late December), Monday to Friday.
    expect(defaultCalendar().workingDaysBetween(day(startMs), day(times.remindAt!), 'provisional')).toBe(3);
    const startedReal = Date.now();
    await skipTo(env, times.remindAt!);
    expect(eventsOf('t-remind')).toEqual(['assigned', 'reminder_sent']);
    const reminder = stepWith('t-remind', 'reminder_sent');
    expect(reminder.history.map((e) => [e.event, e.data.kind])).toEqual([['reminder_sent', 'remind']]);
    expect(firedAt(reminder.history[0].occurredAt, times.remindAt!)).toBe(true);
    expect(reminder.mails).toMatchObject([{ key: 'task:t-remind:remind-before', to: unit }]);
    expect(Date.now() - startedReal).toBeLessThan(times.remindAt! - startMs);
    await handle.terminate('test done');
  });

  it('marks an unanswered task overdue, issues a supervision order one working day later, and escalates the order to the unit\'s leader when no reply comes', async () => {
    const { handle, times } = await assigned('t-late');
    await skipTo(env, times.escalateAt!);
    expect(eventsOf('t-late')).toEqual(['assigned', 'reminder_sent', 'reminder_sent', 'overdue', 'order_issued']);
    const overdue = stepWith('t-late', 'overdue');
    expect(firedAt(overdue.history[0].occurredAt, times.dueAt)).toBe(true);
    expect(overdue.projection.overdue).toBe(true);
    expect(overdue.mails).toMatchObject([{ key: 'task:t-late:overdue', to: unit }]);
    expect(orders.filter((o) => o.taskId === 't-late')).toMatchObject([{ orderKey: 'task:t-late:overdue', unitId: 'unit-1', level: 1 }]);
    const issued = stepWith('t-late', 'order_issued').history[0];
    const replyDueAt = Date.parse(issued.data.replyDueAt as string);

    await skipTo(env, replyDueAt + 7 * 86_400_000);
    expect(eventsOf('t-late').slice(5)).toEqual(['order_escalated']);
    const escalated = stepWith('t-late', 'order_escalated');
    expect(escalated.order).toMatchObject({ orderId: issued.data.orderId, status: 'escalated' });
    expect(escalated.mails).toMatchObject([{ to: [{ unitLeaderOf: 'unit-1' }], cc: unit }]);
    await handle.terminate('test done');
  });

  it('moved in submitted, waits on the office through its due date; moved in returned, is urged and declared overdue as any returned task', async () => {
    const before = shanghaiDate(new Date((await env.currentTimeMs()) - 3 * 86_400_000));
    const submitted = await assigned('t-moved-submitted', { submittedOn: before, note: '原台账已报送', returned: null });
    const returned = await assigned('t-moved-returned', { submittedOn: before, note: null, returned: { on: before, reason: '缺截图' } });
    await skipTo(env, returned.times.dueAt + 60_000);

    expect(eventsOf('t-moved-submitted')).toEqual(['assigned', 'submitted']);
    const step = stepWith('t-moved-submitted', 'submitted');
    expect(step.history[0].data).toMatchObject({ imported: true, on: before, note: '原台账已报送', links: [], fileIds: [], late: false });
    expect(step.projection).toMatchObject({ status: 'submitted', submittedOn: before, submissions: 1, overdue: false });
    expect(step.mails).toEqual([]);

    expect(eventsOf('t-moved-returned')).toEqual(['assigned', 'submitted', 'returned', 'reminder_sent', 'reminder_sent', 'overdue']);
    expect(stepWith('t-moved-returned', 'returned').mails).toEqual([]);
    expect(stepsOf('t-moved-returned').flatMap((s) => s.mails.map((m) => m.key))).toEqual([
      'task:t-moved-returned:assigned',
      'task:t-moved-returned:remind-before',
      'task:t-moved-returned:remind-due',
      'task:t-moved-returned:overdue',
    ]);
    await submitted.handle.terminate('test done');
    await returned.handle.terminate('test done');
  });
});
