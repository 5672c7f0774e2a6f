import type { ChildProcess } from 'node:child_process';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startSmtpSink } from '../support/smtp-sink';
import { startTestApi, type TestApi } from '../support/test-api';
import { newTaskQueue } from '../support/test-worker';
import { waitFor } from '../support/wait-for';
import { killed, startWorkerProcess } from '../support/worker-process';

describe('a worker killed in the middle of a sign-off', () => {
  let api: TestApi;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let worker: ChildProcess | null = null;
  const taskQueue = newTaskQueue();
  beforeAll(async () => {
    sink = await startSmtpSink();
    api = await startTestApi({ TEMPORAL_TASK_QUEUE: taskQueue });
  });
  afterAll(async () => {
    if (worker) await killed(worker);
    await api.close();
    await sink.stop();
  });

  it('loses nothing and repeats no step and no email when a new worker takes over', async () => {
    const unit = await createUnit(api, '区审计局', { contactEmails: ['gkb@sjj.test.cn'] });
    const person = (name: string, email: string, signerLevel: 1 | 2 | 3 | null) =>
      createPersonAndLogin(api, { name, email, roles: signerLevel ? ['signer'] : ['unit_contact'], unitId: unit.id, signerLevel });
    const drafter = await person('起草人', 'd@sjj.test.cn', null);
    const signers = [await person('科长', 'k@sjj.test.cn', 1), await person('副局长', 'f@sjj.test.cn', 2), await person('局长', 'j@sjj.test.cn', 3)];

    worker = startWorkerProcess(api, taskQueue, sink.url);
    const doc = (await api.http.post('/documents').set('authorization', drafter.auth).send({ title: '审计整改通知', documentType: 'work_document', attribute: 'proactive', bodyText: '正文' })).body;
    expect((await api.http.post(`/documents/${doc.id}/submit`).set('authorization', drafter.auth).send({})).status).toBe(200);
    expect((await api.http.post(`/documents/${doc.id}/approve`).set('authorization', signers[0].auth).send({})).status).toBe(200);
    await waitFor('the second signer to be told', () => sink.received.some((m) => m.to.includes('f@sjj.test.cn')));

    // The machine dies while the second signer's approval is on its way.
    const approval = api.http.post(`/documents/${doc.id}/approve`).set('authorization', signers[1].auth).send({ comment: '同意' }).then((r) => r);
    await new Promise((r) => setTimeout(r, 30));
    await killed(worker);
    worker = startWorkerProcess(api, taskQueue, sink.url);
    const approved = await approval;
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ currentLevel: 3 });
    expect((await api.http.post(`/documents/${doc.id}/approve`).set('authorization', signers[2].auth).send({})).body.status).toBe('awaiting_publication');

    // A message the killed worker had taken goes out once its lease (3 s here) runs out. If the
    // worker died after the SMTP server accepted it but before it was marked sent, it goes out
    // again under the same Message-ID, which mail clients fold into one; no step may make a
    // second, different message.
    const messages = () => new Map(sink.received.map((m) => [m.messageId, m]));
    await waitFor('every step\'s mail to arrive', () => messages().size >= 4, 30_000);
    await new Promise((r) => setTimeout(r, 4000));
    const subjects = [...messages().values()].map((m) => m.subject).sort();
    expect(subjects).toEqual(['【审签完成】审计整改通知', '【待审签】审计整改通知', '【待审签】审计整改通知', '【待审签】审计整改通知']);
    for (const copy of sink.received) expect(copy).toMatchObject({ subject: messages().get(copy.messageId)!.subject, to: messages().get(copy.messageId)!.to });

    const trail = await api.http.get(`/documents/${doc.id}/trail`).set('authorization', api.adminAuth);
    expect(trail.body.entries.map((e: { event: string }) => e.event)).toEqual(['registered', 'attribute_set', 'submitted', 'approved', 'approved', 'approved', 'signed']);
    expect(trail.body.verification).toMatchObject({ valid: true, entries: 7, checks: { chain: 'passed', witness: 'passed' }, firstAltered: null });
  }, 120_000);
});
