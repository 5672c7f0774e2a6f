import { Client, Connection } from '@temporalio/client';
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { freePort } from '../../apps/launcher/src/free-port';
import { signOffWorkflowId, requestWorkflowId, taskWorkflowId } from '../../libs/contracts/src/workflow-ids';
import { InformationRequestEntity } from '../../libs/persistence/src/entities/information-request.entity';
import { PendingStartEntity } from '../../libs/persistence/src/entities/pending-start.entity';
import { SupervisionTaskEntity } from '../../libs/persistence/src/entities/supervision-task.entity';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { ADMIN, connectApi, TEST_JWT_SECRET, TEST_TRAIL_KEY } from '../support/test-api';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { newTaskQueue, startTestWorker, type TestWorker } from '../support/test-worker';
import { waitFor } from '../support/wait-for';

const API_MAIN = path.resolve(__dirname, '../../dist/apps/api/src/main.js');

describe('an API that dies between committing a case and starting its workflow', () => {
  let db: TestDatabase;
  let sink: SmtpSink;
  let worker: TestWorker;
  let temporal: Connection;
  let api: ChildProcess | null = null;
  const taskQueue = newTaskQueue();
  beforeAll(async () => {
    db = await createTestDatabase();
    sink = await startSmtpSink();
    worker = await startTestWorker(db.dataSource, { taskQueue, smtpUrl: sink.url });
    temporal = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! });
  });
  afterAll(async () => {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api!.once('exit', r));
    }
    await temporal.close();
    await worker.stop();
    await sink.stop();
    await db.drop();
  });

  /** The real API process (compiled apps/api) on the test database; resolves with its URL once it answers. */
  async function startApi(extra: Record<string, string>): Promise<{ url: string; exited: Promise<number | null> }> {
    const port = await freePort();
    const config = db.config;
    api = spawn(process.execPath, [API_MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        DATA_DIR: process.env.TEST_RUN_DIR ?? '/tmp',
        DATABASE_URL: config.kind === 'postgres' ? config.url : `sqlite:${config.path}`,
        TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS,
        TEMPORAL_TASK_QUEUE: taskQueue,
        API_PORT: String(port),
        JWT_SECRET: TEST_JWT_SECRET,
        TRAIL_KEY: TEST_TRAIL_KEY,
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        LOGIN_RATE_LIMIT: '1000/60s',
        PENDING_START_INTERVAL: '1s',
        LOG_LEVEL: 'error',
        ...extra,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const child = api;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = `http://127.0.0.1:${port}`;
    await waitFor('the API to answer', () => fetch(`${url}/health`).then((r) => r.ok), 30_000);
    return { url, exited };
  }

  const workflowRuns = async (workflowId: string) => {
    const runs = [];
    for await (const run of new Client({ connection: temporal }).workflow.list({ query: `WorkflowId = '${workflowId}'` })) runs.push(run);
    return runs;
  };

  it('leaves every case to the starter, which starts each workflow once when the API is back', async () => {
    const crashing = await startApi({ TEST_EXIT_BEFORE_WORKFLOW_START: '1' });
    const admin = await connectApi(crashing.url, ADMIN);
    const unit = await createUnit(admin, '区审计局', { contactEmails: ['gkb@sjj.test.cn'] });
    const drafter = await createPersonAndLogin(admin, { name: '起草人', email: 'd@sjj.test.cn', roles: ['unit_contact'], unitId: unit.id });
    const coordinator = await createPersonAndLogin(admin, { name: '公开办', email: 'gkb@gov.test.cn', roles: ['coordinator'] });
    for (const [level, email] of [[1, 'k@sjj.test.cn'], [2, 'f@sjj.test.cn'], [3, 'j@sjj.test.cn']] as const) {
      await createPersonAndLogin(admin, { name: `第${level}级审签人`, email, roles: ['signer'], unitId: unit.id, signerLevel: level });
    }

    // The document is committed, then the process dies before it starts the sign-off.
    const lost = await admin.http
      .post('/documents')
      .set('authorization', drafter.auth)
      .send({ title: '审计整改通知', documentType: 'work_document', attribute: 'proactive', bodyText: '正文' })
      .then(() => 'answered', (error: Error) => error.message);
    expect(lost).toMatch(/socket hang up|ECONNRESET/);
    expect(await crashing.exited).toBe(75);
    const [pending] = await db.dataSource.getRepository(PendingStartEntity).find();
    expect(pending).toMatchObject({ workflowType: 'signOffWorkflow' });
    const documentId = pending.workflowId.replace(/^signoff-/, '');

    // Again for a task and an information request.
    for (const post of [
      (a: typeof admin) => a.http.post('/tasks').set('authorization', coordinator.auth).send({ title: '公开审计结果', unitId: unit.id, timeLimit: '30m' }),
      (a: typeof admin) =>
        a.http.post('/requests').set('authorization', coordinator.auth).send({ unitId: unit.id, requesterType: 'natural_person', requesterName: '张某', requesterContact: '13800000000', receiptChannel: 'in_person', content: '申请公开审计报告', receivedOn: '2026-11-30' }),
    ]) {
      const again = await startApi({ TEST_EXIT_BEFORE_WORKFLOW_START: '1' });
      await post(await connectApi(again.url, ADMIN)).then(
        () => undefined,
        () => undefined,
      );
      expect(await again.exited).toBe(75);
    }
    // Each start-up took over what the crash before it left pending; the last crash left its own.
    const [task] = await db.dataSource.getRepository(SupervisionTaskEntity).find();
    const [request] = await db.dataSource.getRepository(InformationRequestEntity).find();
    expect((await db.dataSource.getRepository(PendingStartEntity).find()).map((p) => p.workflowId)).toContain(requestWorkflowId(request.id));
    const [taskId, requestId] = [task.id, request.id];

    // Back up: the starter starts every pending workflow, and each case goes on from there.
    const back = await startApi({});
    const client = await connectApi(back.url, ADMIN);
    await waitFor('the pending starts to be taken', async () => (await db.dataSource.getRepository(PendingStartEntity).count()) === 0, 30_000);
    for (const id of [signOffWorkflowId(documentId), taskWorkflowId(taskId), requestWorkflowId(requestId)]) {
      expect(await waitFor(`${id} to be listed`, async () => (await workflowRuns(id)).length || false)).toBe(1);
    }

    expect((await client.http.get(`/documents/${documentId}`).set('authorization', drafter.auth)).body).toMatchObject({ title: '审计整改通知', status: 'draft' });
    const submitted = await client.http.post(`/documents/${documentId}/submit`).set('authorization', drafter.auth).send({});
    expect([submitted.status, submitted.body.status]).toEqual([200, 'in_review']);
    await waitFor('the first signer to be told', () => sink.received.some((m) => m.to.includes('k@sjj.test.cn')));
    expect((await client.http.get(`/requests/${requestId}`).set('authorization', coordinator.auth)).body).toMatchObject({ status: expect.any(String) });
    expect((await client.http.get(`/tasks/${taskId}`).set('authorization', coordinator.auth)).body).toMatchObject({ title: '公开审计结果' });

    // A start repeated (a crash after the start, before its row was deleted) starts nothing new.
    await db.dataSource.getRepository(PendingStartEntity).insert({ workflowId: signOffWorkflowId(documentId), workflowType: 'signOffWorkflow', input: pending.input as never, createdAt: new Date() });
    await waitFor('the repeated start to be taken', async () => (await db.dataSource.getRepository(PendingStartEntity).count()) === 0, 10_000);
    expect(await workflowRuns(signOffWorkflowId(documentId))).toHaveLength(1);
    const trail = await client.http.get(`/documents/${documentId}/trail`).set('authorization', coordinator.auth);
    expect(trail.body.entries.map((e: { event: string }) => e.event)).toEqual(['registered', 'attribute_set', 'submitted']);
    expect(sink.received.filter((m) => m.to.includes('k@sjj.test.cn'))).toHaveLength(1);
    expect(trail.body.verification).toMatchObject({ valid: true, checks: { chain: 'passed', witness: 'passed' } });
  }, 180_000);
});
