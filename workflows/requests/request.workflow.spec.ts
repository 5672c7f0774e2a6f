import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { skipTo, startTimeSkipping, startWorkflowWorker, type WorkflowWorker } from '../../test/support/time-skipping';
import type { RequestStep } from '../../libs/contracts/src/request-activities';
import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { shanghaiDate, shanghaiInstant } from '../../libs/domain/src/calendar/iso-date';
import type { Actor } from '../../libs/domain/src/registry/actor';
import { requestWorkflow } from './request.workflow';

// The statutory clock of a request on the real time-skipping server: twenty working days pass
// in seconds. The activity records each step instead of writing it (the edge of this tier).
const coordinator: Actor = { id: 'u-coord', name: '公开办刘', email: 'liu@gkb.test.cn', roles: ['coordinator'], unitId: null };

let env: TestWorkflowEnvironment;
let worker: WorkflowWorker;
const steps: RequestStep[] = [];

beforeAll(async () => {
  env = await startTimeSkipping();
  worker = await startWorkflowWorker(env, {
    async recordRequestStep(step: RequestStep): Promise<void> {
      steps.push(step);
    },
  });
});
afterAll(async () => {
  await worker?.stop();
  await env?.teardown();
});

const entriesOf = (requestId: string) => steps.filter((s) => s.requestId === requestId).flatMap((s) => s.entries);
const stepWith = (requestId: string, type: string) => steps.find((s) => s.requestId === requestId && s.entries.some((e) => e.type === type))!;

/** A request received today, and the due date its registration recorded. */
async function received(requestId: string): Promise<{ dueOn: string; terminate: () => Promise<void> }> {
  const handle = await env.client.workflow.start(requestWorkflow, {
    taskQueue: worker.taskQueue,
    workflowId: `request-${requestId}`,
    args: [
      {
        request: {
          requestId,
          number: `依申请〔2026〕${requestId}号`,
          unitId: 'unit-1',
          receivedOn: shanghaiDate(new Date(await env.currentTimeMs())),
          channel: 'online',
          requesterType: 'natural_person',
          requesterName: '申请人甲',
          excerpt: '申请公开本区学校食堂检查记录',
          registeredBy: coordinator,
        },
        settings: { countFrom: 'next_day', reminderLeads: [3] },
      },
    ],
  });
  // The receipt is recorded with the start; the clock's first look follows it.
  await env.sleep('1 minute');
  const registered = stepWith(requestId, 'received');
  return {
    dueOn: registered.snapshot.dueOn!,
    terminate: async () => {
      await handle.terminate('test done');
    },
  };
}

describe('request workflow on skipped time', () => {
  it('reminds the handling unit when three working days are left, and only then, without real waiting', async () => {
    const { dueOn, terminate } = await received('r-remind');
    const startedReal = Date.now();
    await skipTo(env, shanghaiInstant(dueOn));
    const reminders = entriesOf('r-remind').filter((e) => e.type === 'reminder_sent');
    expect(reminders.map((e) => e.data)).toEqual([{ lead: 3, dueOn, workingDaysLeft: 3 }]);
    // Counted as the workflow counts: past the published notices (a request received in December is due in January), Monday to Friday.
    expect(defaultCalendar().workingDaysBetween(reminders[0].date, dueOn, 'provisional')).toBe(3);
    expect(stepWith('r-remind', 'reminder_sent').mails).toMatchObject([{ key: `request:r-remind:remind.${dueOn}.3wd`, to: [{ unitContactsOf: 'unit-1' }] }]);
    expect(entriesOf('r-remind').some((e) => e.type === 'breach_recorded')).toBe(false);
    expect(Date.now() - startedReal).toBeLessThan(86_400_000);
    await terminate();
  });

  it('records the breach once the answer period ran out unanswered, telling the unit, its leader and the office', async () => {
    const { dueOn, terminate } = await received('r-late');
    await skipTo(env, shanghaiInstant(dueOn) + 3 * 86_400_000);
    const breaches = entriesOf('r-late').filter((e) => e.type === 'breach_recorded');
    expect(breaches).toHaveLength(1);
    expect(breaches[0].data).toMatchObject({ dueOn });
    expect(breaches[0].date > dueOn).toBe(true);
    expect(stepWith('r-late', 'breach_recorded').mails).toMatchObject([
      { key: `request:r-late:breach.${dueOn}`, to: [{ unitContactsOf: 'unit-1' }], cc: [{ unitLeaderOf: 'unit-1' }, { role: 'coordinator' }] },
    ]);
    await terminate();
  });
});
