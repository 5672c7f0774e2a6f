import { Client, Connection } from '@temporalio/client';
import { ensureDailyUrgingSchedule } from '../../apps/worker/src/daily-urging-schedule';
import { taskWorkflowId } from '../../libs/contracts/src/workflow-ids';
import { callUpdateId, recordCallUpdate, type CallArgs } from '../../workflows/supervision/task.messages';
import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { createUnit } from '../support/registry-fixtures';
import { createTask, historyEvents, startSupervisionWorld, subjectsTo, type SupervisionWorld } from '../support/supervision-fixtures';
import { tcpRelay } from '../support/tcp-relay';
import { startTestApi } from '../support/test-api';
import { waitFor } from '../support/wait-for';
import { CallsService } from '../../apps/api/src/supervision/calls.service';

/*
 * The week around National Day 2024: Sunday 29 September and Saturday 12 October were make-up
 * working days (调休), 1–7 October a holiday. Tasks due then are created now (long past), and each
 * day is urged through the manual trigger as the 09:00 schedule would.
 */
const DAYS = ['2024-09-29', '2024-09-30', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07', '2024-10-08', '2024-10-09', '2024-10-10', '2024-10-11', '2024-10-12'];
const WORKING = ['2024-09-29', '2024-09-30', '2024-10-08', '2024-10-09', '2024-10-10', '2024-10-11', '2024-10-12'];

describe('daily urging and phone dispatch', () => {
  let w: SupervisionWorld;
  let quiet: { id: string };
  beforeAll(async () => {
    // Calls not yet in their tasks' histories are told by the test, not on a timer.
    w = await startSupervisionWorld({ SUPERVISION_MAX_UNREACHABLE_TRIES: '2', PENDING_START_INTERVAL: '1h' });
    quiet = await createUnit(w.api, '区民政局', { contactEmails: ['gkb@mzj.test.cn'], leaderEmail: 'juzhang@mzj.test.cn' });
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const resendCallUpdate = async (taskId: string, call: CallArgs['call']) => {
    const connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! });
    try {
      const actor = { id: 'resent', name: '重发', email: 'resent@gkb.test.cn', roles: ['coordinator' as const], unitId: null };
      await new Client({ connection }).workflow.getHandle(taskWorkflowId(taskId)).executeUpdate(recordCallUpdate, { args: [{ actor, call }], updateId: `${callUpdateId(call)}:in-a-later-run` });
    } finally {
      await connection.close();
    }
  };
  const urge = (date: string, auth = w.coordinator.auth) => w.api.http.post(`/daily-urging/${date}`).set('authorization', auth);

  it('sends each unit one digest per working day it has work due, none on holidays, none to a unit with nothing due', async () => {
    await createTask(w, { title: '公开国庆假期值班安排', unitId: w.bureau.id, dueOn: '2024-10-08' });
    await createTask(w, { title: '公开医疗机构名录', unitId: w.health.id, dueOn: '2024-10-11' });
    await createTask(w, { title: '公开年度救助统计', unitId: quiet.id, dueOn: '2024-12-31' });
    expect((await urge('2024-10-08', w.bureauContact.auth)).status).toBe(403);

    const results = [];
    for (const day of DAYS) results.push((await urge(day)).body);
    expect(results.filter((r) => r.workingDay).map((r) => r.date)).toEqual(WORKING);
    expect(results.filter((r) => !r.workingDay).every((r) => r.digests === 0)).toBe(true);
    // A second run of a day sends nothing more.
    expect((await urge('2024-10-09')).body).toMatchObject({ workingDay: true, digests: 2 });

    const health = ['2024-10-08', '2024-10-09', '2024-10-10', '2024-10-11', '2024-10-12'];
    const expected = [...WORKING.map((d) => `digest:${w.bureau.id}:${d}`), ...health.map((d) => `digest:${w.health.id}:${d}`)].sort();
    const keys = await waitFor('every digest sent', async () => {
      const log = await w.api.http.get('/mail').query({ keyPrefix: 'digest:', status: 'sent', pageSize: 100 }).set('authorization', w.auditor.auth);
      return log.body.total === expected.length && log.body.items.map((m: { key: string }) => m.key).sort();
    });
    expect(keys).toEqual(expected);
    const digests = (email: string) => subjectsTo(w, email).filter((s) => s.startsWith('【日常督促】'));
    expect(digests('gkb@jyj.test.cn')).toHaveLength(7);
    expect(digests('gkb@wjw.test.cn')).toHaveLength(5);
    expect(digests('gkb@mzj.test.cn')).toEqual([]);
    expect(digests('gkb@jyj.test.cn')).toContain('【日常督促】区教育局：1项任务即将到期（2024年9月29日）');
    expect(digests('gkb@jyj.test.cn')).toContain('【日常督促】区教育局：1项任务已逾期（2024年10月12日）');
  });

  it('plans calls for at-risk and overdue work, calls an unreachable unit again the next working day, then tells its leader', async () => {
    const calls = await w.api.http.get('/calls').query({ on: '2024-10-12' }).set('authorization', w.coordinator.auth);
    expect(calls.status).toBe(200);
    expect(calls.body.maxUnreachableTries).toBe(2);
    const byUnit = new Map(calls.body.items.map((c: { unitId: string }) => [c.unitId, c]));
    expect([...byUnit.keys()].sort()).toEqual([w.bureau.id, w.health.id].sort());
    const bureauCall = byUnit.get(w.bureau.id) as { id: string; plannedOn: string; phone: string; items: Array<{ taskId: string }> };
    const healthCall = byUnit.get(w.health.id) as { id: string; plannedOn: string; items: Array<{ taskId: string }> };
    // At risk two working days ahead: the bureau on 29 September, the commission on 9 October.
    expect([bureauCall.plannedOn, healthCall.plannedOn]).toEqual(['2024-09-29', '2024-10-09']);
    expect(bureauCall.phone).toBe('0571-1000');
    expect((await w.api.http.get('/calls').set('authorization', w.bureauContact.auth)).status).toBe(403);

    const outcome = (id: string, body: Record<string, unknown>) => w.api.http.post(`/calls/${id}/outcome`).set('authorization', w.coordinator.auth).send(body);
    const answered = await outcome(healthCall.id, { outcome: 'answered', contactName: '卫健委小吴', summary: '名录正在审核', promisedOn: '2026-12-31' });
    expect(answered.body).toMatchObject({ status: 'done', next: 'done' });
    expect((await outcome(healthCall.id, { outcome: 'unreachable' })).body.code).toBe('CALL_CLOSED');
    expect((await outcome(bureauCall.id, { outcome: 'answered' })).status).toBe(400);

    const today = shanghaiDate(new Date());
    const nextWorkingDay = defaultCalendar().addWorkingDays(today, 1).due;
    expect((await outcome(bureauCall.id, { outcome: 'unreachable' })).body).toMatchObject({ status: 'open', callOn: nextWorkingDay, next: 'retry' });
    // A call told again (a pass after a crash) reaches a task whose workflow may have continued as new, where Temporal no longer knows the update's id: the task still enters it once.
    await resendCallUpdate(bureauCall.items[0].taskId, { callId: bureauCall.id, attempt: 1, outcome: 'unreachable', contactName: null, summary: null, promisedOn: null, next: 'retry' });
    expect((await historyEvents(w, bureauCall.items[0].taskId)).filter((e) => e === 'call')).toHaveLength(1);
    const listed = async (on: string) => (await w.api.http.get('/calls').query({ on }).set('authorization', w.coordinator.auth)).body.items.map((c: { id: string }) => c.id);
    expect(await listed(today)).not.toContain(bureauCall.id);
    expect(await listed(nextWorkingDay)).toContain(bureauCall.id);

    expect((await outcome(bureauCall.id, { outcome: 'unreachable' })).body).toMatchObject({ status: 'escalated', next: 'escalate_to_leader' });
    const mail = await waitFor('the leader told', () => w.sink.received.find((m) => m.subject === '【电话调度】区教育局连续2次未能联系'));
    expect(mail.to).toEqual(expect.arrayContaining(['juzhang@jyj.test.cn', 'gkb@jyj.test.cn']));
    expect((await historyEvents(w, bureauCall.items[0].taskId)).filter((e) => e === 'call')).toHaveLength(2);
    expect((await historyEvents(w, healthCall.items[0].taskId)).filter((e) => e === 'call')).toHaveLength(1);
  });

  it('stores a call an API cannot tell Temporal of just now, and enters it in the task\'s history on the next pass', async () => {
    const task = await createTask(w, { title: '公开低保审批结果', unitId: quiet.id, dueOn: '2024-10-11' });
    expect((await urge('2024-10-12')).status).toBe(200);
    const planned = await w.api.http.get('/calls').query({ on: '2024-10-12' }).set('authorization', w.coordinator.auth);
    const call = planned.body.items.find((c: { unitId: string; items: Array<{ taskId: string }> }) => c.unitId === quiet.id && c.items.some((i) => i.taskId === task.id));
    // A second API process on the same database whose link to Temporal is down.
    const relay = await tcpRelay(process.env.TEST_TEMPORAL_ADDRESS!);
    const cut = await startTestApi({ TEMPORAL_TASK_QUEUE: w.worker.taskQueue, PENDING_START_INTERVAL: '1h' }, { temporalAddress: relay.address, database: w.api.db });
    try {
      await relay.cut();
      const auth = await cut.login(w.coordinator.email, w.coordinator.password);
      const posted = await cut.http.post(`/calls/${call.id}/outcome`).set('authorization', auth).send({ outcome: 'unreachable' });
      expect(posted.status).toBe(200);
      expect(posted.body).toMatchObject({ status: 'open', attempt: 1, next: 'retry' });
      expect(await historyEvents(w, task.id)).not.toContain('call');
      // The reachable API's pass (every PENDING_START_INTERVAL) tells the task, once however often it runs.
      expect(await w.api.app.get(CallsService).tellPending()).toBe(0);
      expect(await w.api.app.get(CallsService).tellPending()).toBe(0);
      expect((await historyEvents(w, task.id)).filter((e) => e === 'call')).toHaveLength(1);
    } finally {
      await cut.close();
    }
  });

  it('creates the 09:00 Shanghai schedule once, however many workers start', async () => {
    const connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! });
    const client = new Client({ connection, namespace: 'default' });
    const id = `daily-urging-${w.worker.taskQueue}`;
    try {
      expect(await ensureDailyUrgingSchedule(client, w.worker.taskQueue, id)).toBe('created');
      expect(await ensureDailyUrgingSchedule(client, w.worker.taskQueue, id)).toBe('exists');
      const described = await client.schedule.getHandle(id).describe();
      expect(described.spec.timezone).toBe('Asia/Shanghai');
      expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'dailyUrgingWorkflow', taskQueue: w.worker.taskQueue });
      expect(described.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 9, end: 9, step: 1 }], minute: [{ start: 0, end: 0, step: 1 }] });
    } finally {
      await client.schedule.getHandle(id).delete();
      await connection.close();
    }
  });
});
