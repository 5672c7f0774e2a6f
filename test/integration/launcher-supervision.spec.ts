import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launch, Launch, stopLaunch } from '../support/launcher-process';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startSmtpSink } from '../support/smtp-sink';
import { ADMIN, connectApi } from '../support/test-api';
import { newTaskQueue } from '../support/test-worker';
import { waitFor } from '../support/wait-for';

const workerPids = (output: string) => [...output.matchAll(/the worker started \(pid (\d+)\)/g)].map((m) => Number(m[1]));

describe('npm start with a worker that dies', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-supervise-'));
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let launched: Launch | null = null;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    if (launched) await stopLaunch(launched);
    await sink.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts the worker again while the API keeps answering, and the sign-off it was running repeats no step and no email', async () => {
    launched = launch({
      DATA_DIR: dataDir,
      TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS!,
      TEMPORAL_TASK_QUEUE: newTaskQueue(),
      TEMPORAL_WORKFLOW_BUNDLE: process.env.TEST_WORKFLOW_BUNDLE!,
      SMTP_URL: sink.url,
      MAIL_POLL_INTERVAL: '1s',
      MAIL_LEASE: '3s',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOGIN_RATE_LIMIT: '1000/60s',
    });
    const { apiUrl } = await launched.ready;
    const api = await connectApi(apiUrl, ADMIN);
    const unit = await createUnit(api, '区审计局', { contactEmails: ['gkb@sjj.test.cn'] });
    const person = (name: string, email: string, signerLevel: 1 | 2 | 3 | null) =>
      createPersonAndLogin(api, { name, email, roles: signerLevel ? ['signer'] : ['unit_contact'], unitId: unit.id, signerLevel });
    const drafter = await person('起草人', 'd@sjj.test.cn', null);
    const signers = [await person('科长', 'k@sjj.test.cn', 1), await person('副局长', 'f@sjj.test.cn', 2), await person('局长', 'j@sjj.test.cn', 3)];
    const doc = (await api.http.post('/documents').set('authorization', drafter.auth).send({ title: '审计整改通知', documentType: 'work_document', attribute: 'proactive', bodyText: '正文' })).body;
    expect((await api.http.post(`/documents/${doc.id}/submit`).set('authorization', drafter.auth).send({})).status).toBe(200);
    expect((await api.http.post(`/documents/${doc.id}/approve`).set('authorization', signers[0].auth).send({})).status).toBe(200);
    await waitFor('the second signer to be told', () => sink.received.some((m) => m.to.includes('f@sjj.test.cn')));

    // Every answer of /health while the worker is down and back, none refused.
    const health: (number | string)[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        health.push(await fetch(`${apiUrl}/health`).then((r) => r.status, (e: Error) => e.message));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    const approval = api.http.post(`/documents/${doc.id}/approve`).set('authorization', signers[1].auth).send({ comment: '同意' }).then((r) => r);
    await new Promise((r) => setTimeout(r, 30));
    const [firstWorker] = workerPids(launched.output());
    process.kill(firstWorker, 'SIGKILL');
    const secondWorker = await waitFor('the launcher to start the worker again', () => workerPids(launched!.output())[1], 30_000);
    expect(secondWorker).not.toBe(firstWorker);
    expect(launched.output()).toContain('the worker exited (signal SIGKILL); starting it again');

    const approved = await approval;
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ currentLevel: 3 });
    expect((await api.http.post(`/documents/${doc.id}/approve`).set('authorization', signers[2].auth).send({})).body.status).toBe('awaiting_publication');
    watching = false;
    await watcher;
    expect(health.length).toBeGreaterThan(0);
    expect(health.filter((s) => s !== 200)).toEqual([]);

    // A message the killed worker had taken goes out once its lease (3 s here) runs out. One the
    // SMTP server had accepted in the instant before the kill, not yet recorded as sent, goes out
    // again under the same Message-ID, which mail clients fold into one; no step may make a
    // message of its own twice.
    const messages = () => new Map(sink.received.map((m) => [m.messageId, m]));
    await waitFor("every step's mail to arrive", () => messages().size >= 4, 30_000);
    await new Promise((r) => setTimeout(r, 4000));
    expect([...messages().values()].map((m) => m.subject).sort()).toEqual(['【审签完成】审计整改通知', '【待审签】审计整改通知', '【待审签】审计整改通知', '【待审签】审计整改通知']);
    expect([...messages().values()].map((m) => m.to.join()).sort()).toEqual(['d@sjj.test.cn,gkb@sjj.test.cn', 'f@sjj.test.cn', 'j@sjj.test.cn', 'k@sjj.test.cn']);
    expect(sink.received.length).toBeLessThanOrEqual(5);
    const trail = await api.http.get(`/documents/${doc.id}/trail`).set('authorization', api.adminAuth);
    expect(trail.body.entries.map((e: { event: string }) => e.event)).toEqual(['registered', 'attribute_set', 'submitted', 'approved', 'approved', 'approved', 'signed']);
    expect(trail.body.verification).toMatchObject({ valid: true, entries: 7, checks: { chain: 'passed', witness: 'passed' } });

    expect(launched.child.exitCode).toBeNull();
    expect(await stopLaunch(launched)).toBe(0);
    expect(launched.output()).toContain('[start] stopped');
  }, 180_000);
});

describe('npm start with a worker that keeps dying', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-crashloop-'));
  let launched: Launch | null = null;
  afterAll(async () => {
    if (launched) await stopLaunch(launched);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives up after five deaths in a minute, says why, and exits with an error', async () => {
    launched = launch({
      DATA_DIR: dataDir,
      TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS!,
      TEMPORAL_TASK_QUEUE: newTaskQueue(),
      // A bundle that is not there: the worker dies at each start, the API is fine.
      TEMPORAL_WORKFLOW_BUNDLE: path.join(dataDir, 'no-such-bundle.js'),
    });
    expect(await launched.exited).toBe(1);
    expect(workerPids(launched.output())).toHaveLength(5);
    expect(launched.output()).toMatch(/the worker died 5 times within 60 s \(last: code \d+\); not starting it again; stopping everything/);
    expect(launched.output()).toContain('[start] stopped');
  }, 120_000);
});
