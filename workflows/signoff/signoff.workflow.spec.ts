import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { firedAt, skipTo, startTimeSkipping, startWorkflowWorker, type WorkflowWorker } from '../../test/support/time-skipping';
import type { SignOffStep } from '../../libs/contracts/src/signoff-activities';
import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { dueTimes } from '../../libs/domain/src/calendar/due-spec';
import { signOffWorkflow } from './signoff.workflow';
import { approveUpdate, statusQuery, submitSignOffUpdate, type SignOffTiming } from './signoff.messages';
import type { Actor } from '../../libs/domain/src/registry/actor';

// The workflow's logic on the real time-skipping server: its timers days out fire as soon as it
// waits on them. The one activity records each step instead of writing it (the edge of this tier).
const drafter: Actor = { id: 'u-drafter', name: '起草人小王', email: 'wang@jyj.test.cn', roles: ['unit_contact'], unitId: 'unit-1' };
const signer = { id: 'u-s1', name: '科长李', email: 'li@jyj.test.cn' };
const superior = { id: 'u-s2', name: '副区长张', email: 'zhang@gov.test.cn' };
const timing: SignOffTiming = { remindBefore: '1wd', escalateAfter: '1wd', publication: { due: '20wd', remindBefore: '3wd', overdueRemindEvery: '5wd' } };
const plan = [
  { level: 1, title: '科室负责人', signer, superior, due: '4wd' },
  { level: 2, title: '分管领导', signer: superior, superior: null, due: '3wd' },
];

let env: TestWorkflowEnvironment;
let worker: WorkflowWorker;
const steps: SignOffStep[] = [];

beforeAll(async () => {
  env = await startTimeSkipping();
  worker = await startWorkflowWorker(env, {
    async recordSignOffStep(step: SignOffStep): Promise<string[]> {
      steps.push(step);
      return step.trail.map((e) => `hash-${e.documentId}-${e.seq}`);
    },
  });
});
afterAll(async () => {
  await worker?.stop();
  await env?.teardown();
});

const stepsOf = (documentId: string) => steps.filter((s) => s.documentId === documentId);
const eventsOf = (documentId: string) => stepsOf(documentId).flatMap((s) => s.trail.map((e) => e.event));

async function submitted(documentId: string) {
  const handle = await env.client.workflow.start(signOffWorkflow, {
    taskQueue: worker.taskQueue,
    workflowId: `signoff-${documentId}`,
    args: [
      {
        document: { documentId, title: '关于印发某办法的通知', unitId: 'unit-1', drafter, attribute: 'proactive', withholdingBasis: null, version: 1, documentSha256: 'a'.repeat(64) },
        trailSeq: 1,
      },
    ],
  });
  await handle.executeUpdate(submitSignOffUpdate, { args: [{ actor: drafter, revision: null, plan, timing }] });
  const state = await handle.query(statusQuery);
  return { handle, times: dueTimes(defaultCalendar(), Date.parse(state.levelStartedAt!), plan[0].due, timing.remindBefore, timing.escalateAfter), startedAt: state.levelStartedAt! };
}

describe('sign-off workflow on skipped time', () => {
  it('reminds the signer three working days out (one before a four-working-day level is due), at that instant, without real waiting', async () => {
    const { handle, times, startedAt } = await submitted('doc-remind');
    const day = (instant: string | number) => shanghaiDate(new Date(instant));
    // Counted as the workflow counts: past the published notices (late December), Monday to Friday.
    expect(defaultCalendar().workingDaysBetween(day(startedAt), day(times.remindAt!), 'provisional')).toBe(3);
    const startedReal = Date.now();
    await skipTo(env, times.remindAt!);
    const reminder = stepsOf('doc-remind').find((s) => s.trail.some((e) => e.event === 'reminder_sent'))!;
    expect(firedAt(reminder.trail[0].occurredAt, times.remindAt!)).toBe(true);
    expect(reminder.mails.map((m) => m.key)).toEqual(['signoff:doc-remind:r1.l1.a0.remind-before']);
    expect(reminder.mails[0].to).toEqual([{ email: signer.email, name: signer.name }]);
    // Days of workflow time went by in far less real time than the first of them.
    expect(times.remindAt! - startedReal).toBeGreaterThan(24 * 3600_000);
    expect(Date.now() - startedReal).toBeLessThan(24 * 3600_000);
    await handle.terminate('test done');
  });

  it('escalates an overdue level to the signer\'s superior, copying the signer, one working day after it was due', async () => {
    const { handle, times } = await submitted('doc-late');
    await skipTo(env, times.escalateAt!);
    expect(eventsOf('doc-late')).toEqual(['submitted', 'reminder_sent', 'reminder_sent', 'escalated']);
    const escalation = stepsOf('doc-late').at(-1)!;
    expect(firedAt(escalation.trail[0].occurredAt, times.escalateAt!)).toBe(true);
    expect(escalation.mails[0]).toMatchObject({ key: 'signoff:doc-late:r1.l1.a0.escalate', to: [{ email: superior.email, name: superior.name }], cc: [{ email: signer.email, name: signer.name }] });
    expect(escalation.projection).toMatchObject({ status: 'in_review', currentLevel: 1, currentSignerId: signer.id });
    await handle.terminate('test done');
  });

  it('moves an approved level on to the next signer, whose own clock starts then', async () => {
    const { handle } = await submitted('doc-approve');
    await env.sleep('1 hour');
    const receipt = await handle.executeUpdate(approveUpdate, { args: [{ actor: { ...signer, roles: ['signer'], unitId: 'unit-1' }, comment: '同意' }] });
    expect(receipt).toMatchObject({ status: 'in_review', round: 1, currentLevel: 2 });
    const last = stepsOf('doc-approve').at(-1)!;
    expect(last.trail.map((e) => e.event)).toEqual(['approved']);
    expect(last.mails.map((m) => m.key)).toEqual(['signoff:doc-approve:r1.l2.a0.to-sign']);
    expect(last.projection.currentSignerId).toBe(superior.id);
    await handle.terminate('test done');
  });
});
