import type { ChildProcess } from 'node:child_process';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startSmtpSink } from '../support/smtp-sink';
import { startTestApi, type TestApi } from '../support/test-api';
import { newTaskQueue } from '../support/test-worker';
import { waitFor } from '../support/wait-for';
import { killed, startWorkerProcess } from '../support/worker-process';

describe('a worker killed in the middle of the supervision cycle', () => {
  let api: TestApi;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let worker: ChildProcess | null = null;
  const taskQueue = newTaskQueue();
  beforeAll(async () => {
    sink = await startSmtpSink();
    // Limits in seconds, so the whole cycle (reminders, overdue, order, escalation) runs in a test.
    api = await startTestApi({ TEMPORAL_TASK_QUEUE: taskQueue, SUPERVISION_REMIND_BEFORE: '2s', SUPERVISION_ORDER_AFTER: '2s', SUPERVISION_ORDER_REPLY: '3s' });
  });
  afterAll(async () => {
    if (worker) await killed(worker);
    await api.close();
    await sink.stop();
  });

  it('loses no step and sends no email twice when a new worker takes over while timers are due', async () => {
    const unit = await createUnit(api, '区水利局', { contactEmails: ['gkb@slj.test.cn'], leaderEmail: 'juzhang@slj.test.cn' });
    const coordinator = await createPersonAndLogin(api, { name: '公开办刘', email: 'liu@gov.test.cn', roles: ['coordinator'], unitId: unit.id });

    worker = startWorkerProcess(api, taskQueue, sink.url);
    const created = await api.http.post('/tasks').set('authorization', coordinator.auth).send({ title: '公开防汛预案', unitId: unit.id, timeLimit: '6s' });
    expect(created.status).toBe(201);
    await waitFor('the unit to be told of its task', () => sink.received.some((m) => m.subject === '【任务交办】公开防汛预案'), 30_000);

    // The machine dies; while it is down the reminder and due times pass.
    await killed(worker);
    await new Promise((r) => setTimeout(r, 5000));
    worker = startWorkerProcess(api, taskQueue, sink.url);

    const escalation = await waitFor('the escalation to the leader', () => sink.received.find((m) => m.subject.startsWith('【督办未复】')), 60_000);
    expect(escalation.to).toEqual(expect.arrayContaining(['juzhang@slj.test.cn']));
    await new Promise((r) => setTimeout(r, 2500));
    const number = /(督〔\d{4}〕第\d+号)/.exec(escalation.subject)![1];
    // The assignment may reach the server twice under one Message-ID (accepted, then the worker
    // died before marking it sent); mail clients fold those into one. Distinct messages count.
    const messages = new Map(sink.received.map((m) => [m.messageId, m]));
    const subjects = [...messages.values()].map((m) => m.subject);
    // Every step after the outage happens once; a reminder that fell due while the worker was
    // down is sent at most once, and skipped when a later step is already due (task.workflow.ts).
    expect(subjects.filter((t) => !t.startsWith('【任务提醒】'))).toEqual([
      '【任务交办】公开防汛预案',
      '【任务逾期】公开防汛预案',
      `【督办单】${number} 公开防汛预案`,
      `【督办未复】${number} 公开防汛预案`,
    ]);
    expect(new Set(subjects).size).toBe(subjects.length);
    for (const copy of sink.received) expect(copy.subject).toBe(messages.get(copy.messageId)!.subject);
    const history = await api.http.get(`/tasks/${created.body.id}/history`).set('authorization', coordinator.auth);
    const events: string[] = history.body.entries.map((e: { event: string }) => e.event);
    expect(events.filter((e) => e !== 'reminder_sent')).toEqual(['assigned', 'overdue', 'order_issued', 'order_escalated']);
    expect(events.filter((e) => e === 'reminder_sent').length).toBe(subjects.filter((t) => t.startsWith('【任务提醒】')).length);
  }, 150_000);
});
