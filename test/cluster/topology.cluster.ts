import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { Client } from 'pg';
import { requestWorkflowId } from '../../libs/contracts/src/workflow-ids';
import { verifyTrail } from '../../libs/domain/src/signoff/trail-chain';
import { startTopology, type Topology } from '../../apps/cluster/src/topology';
import { ClusterClient, driveToEnd, inParallel } from '../../apps/cluster/src/cluster-client';
import { createClusterWorld, created, signOffThroughApi } from '../../apps/cluster/src/cluster-world';

/** The load, settable: CLUSTER_SIGNOFFS, CLUSTER_TASKS, CLUSTER_REQUESTS, CLUSTER_CONCURRENCY. */
const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const LOAD = {
  signOffs: setting('CLUSTER_SIGNOFFS', 40),
  tasks: setting('CLUSTER_TASKS', 100),
  requests: setting('CLUSTER_REQUESTS', 40),
  concurrency: setting('CLUSTER_CONCURRENCY', 12),
};
const TOTAL = LOAD.signOffs + LOAD.tasks + LOAD.requests;
const SIGNED_TRAIL = ['registered', 'attribute_set', 'submitted', 'approved', 'approved', 'approved', 'signed'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Set when the load has failed, so that the failures waiting on its progress stop waiting. */
const load = { failed: false };
const until = async (check: () => boolean) => {
  while (!check()) {
    if (load.failed) throw new Error('the load failed');
    await sleep(200);
  }
};
const shanghaiToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

describe('the cluster: two APIs and two workers on the Temporal server and PostgreSQL, through failures', () => {
  let topology: Topology;
  let dir: string;
  let client: ClusterClient;
  let passed = false;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-cluster-'));
    topology = await startTopology({
      dir,
      apis: 2,
      workers: 2,
      logToFiles: true,
      log: () => {},
      // A killed worker may die holding a message; the other takes it over this soon.
      // A registration made while Temporal is down has its workflow started this soon after.
      env: { LOG_LEVEL: 'warn', LOG_FORMAT: 'json', MAIL_POLL_INTERVAL: '1s', MAIL_LEASE: '15s', PENDING_START_INTERVAL: '2s' },
    });
    client = new ClusterClient(topology.apiUrls);
  }, 300_000);

  afterAll(async () => {
    await topology?.stop();
    // Kept when a test failed: the processes' logs are the evidence.
    if (dir && passed) fs.rmSync(dir, { recursive: true, force: true });
    else if (dir) process.stderr.write(`[cluster] logs kept in ${dir}\n`);
  }, 120_000);

  it('finishes every case, sends every email once and keeps every trail valid while a worker, Temporal and PostgreSQL go down', async () => {
    const world = await createClusterWorld(client, topology.admin.email, topology.admin.password);
    const { admin, coordinator, auditor, contact, bureau } = world;
    const create = (route: string, auth: string, body: unknown) => created(client, route, auth, body);

    const documentIds: string[] = [];
    const taskIds: string[] = [];
    const requestIds: string[] = [];
    const done = { count: 0 };
    const signOff = async (i: number) => {
      documentIds.push(await signOffThroughApi(client, world, i));
    };
    const task = async (i: number) => {
      // A short limit: the task's standing reads its due date against the working-day calendar,
      // which ends with the last year whose holidays are published.
      const made = await create('/tasks', coordinator.auth, { title: `督办事项${i + 1}`, unitId: bureau.id, ownerId: contact.id, timeLimit: '5wd' });
      taskIds.push(made.id);
      await driveToEnd(`task ${made.id}`, () => client.retrying('GET', `/tasks/${made.id}`, coordinator.auth), (t) => {
        if (t.status === 'assigned') return client.retrying('POST', `/tasks/${made.id}/start`, contact.auth, {});
        if (t.status === 'in_progress') return client.retrying('POST', `/tasks/${made.id}/submit`, contact.auth, { note: '已完成', links: [`https://jyj.test.cn/zwgk/${i}.html`] });
        if (t.status === 'submitted') return client.retrying('POST', `/tasks/${made.id}/verify`, coordinator.auth, {});
        return 'done';
      });
    };
    const requestBody = (i: number) => ({
      unitId: bureau.id,
      requesterType: 'natural_person',
      requesterName: `申请人${i}`,
      requesterContact: '13800000000',
      receiptChannel: 'in_person',
      receivedOn: shanghaiToday(),
      content: `申请公开第${i}号文件`,
    });
    const request = async (i: number) => {
      const made = await create('/requests', contact.auth, requestBody(i));
      requestIds.push(made.id);
      await driveToEnd(`request ${made.id}`, () => client.retrying('GET', `/requests/${made.id}`, contact.auth), (r) => {
        if (r.status === 'answered') return 'done';
        return client.retrying('POST', `/requests/${made.id}/close`, contact.auth, { outcome: 'granted', answeredOn: shanghaiToday(), answerText: `予以公开${i}` });
      });
    };

    const health = async () => Promise.all(topology.apiUrls.map(async (url) => {
      const response = await fetch(`${url}/health`);
      const body = (await response.json()) as { database: { reachable: boolean }; temporal: { reachable: boolean } };
      return { status: response.status, database: body.database.reachable, temporal: body.temporal.reachable };
    }));
    const outages: Record<string, { doneWhenStarted: number; health: unknown; call: { status: number; code?: string; field?: string } }> = {};
    let registeredWhileDown = '';
    const faults = (async () => {
      await until(() => done.count >= TOTAL * 0.15);
      await topology.workers[0].kill();
      await sleep(3000);
      topology.workers[0].start();

      await until(() => done.count >= TOTAL * 0.4);
      const temporalDown = done.count;
      await topology.temporal.stop();
      // A registration stands without Temporal: its workflow is a pending start, made once Temporal is back.
      const accepted = await client.call('POST', '/requests', contact.auth, requestBody(-1));
      registeredWhileDown = accepted.body.id;
      outages.temporal = { doneWhenStarted: temporalDown, health: await health(), call: { status: accepted.status } };
      await topology.temporal.start();

      await until(() => done.count >= TOTAL * 0.65);
      const databaseDown = done.count;
      await topology.postgres.stop();
      const unread = await client.call('GET', '/units', admin);
      outages.database = { doneWhenStarted: databaseDown, health: await health(), call: { status: unread.status, code: unread.body.code, field: unread.body.details?.[0]?.field } };
      await sleep(2000);
      await topology.postgres.start();
    })();
    const started = performance.now();
    const cases: Array<[number, (i: number) => Promise<void>]> = [[LOAD.signOffs, signOff], [LOAD.tasks, task], [LOAD.requests, request]];
    const jobs = cases.flatMap(([n, run]) => Array.from({ length: n }, (_, i) => () => run(i)));
    // Interleaved, so each failure falls on all three kinds of case.
    const order = jobs.map((job, i) => ({ job, key: (i * 7919) % jobs.length })).sort((a, b) => a.key - b.key).map((j) => j.job);
    const driven = inParallel(order.length, LOAD.concurrency, (i) => order[i](), done);
    driven.catch(() => (load.failed = true));
    await Promise.all([driven, faults]);
    process.stdout.write(`[cluster] ${TOTAL} cases (${JSON.stringify(LOAD)}) in ${((performance.now() - started) / 1000).toFixed(1)} s; answers ${JSON.stringify([...client.answers.byStatus])}, 503s ${JSON.stringify([...client.answers.unavailable])}\n`);

    // Each failure happened while cases were still in flight, and each was reported for what it was.
    expect(outages.temporal.doneWhenStarted).toBeLessThan(TOTAL);
    expect(outages.database.doneWhenStarted).toBeLessThan(TOTAL);
    expect(outages.temporal.call).toEqual({ status: 201 });
    expect(outages.temporal.health).toEqual(topology.apiUrls.map(() => ({ status: 503, database: true, temporal: false })));
    expect(outages.database.call).toEqual({ status: 503, code: 'DATABASE_UNAVAILABLE', field: 'database' });
    // The Temporal server keeps its own databases on the same PostgreSQL, so it may be reported down too.
    expect(outages.database.health).toEqual(topology.apiUrls.map(() => ({ status: 503, database: false, temporal: expect.any(Boolean) })));
    expect(client.answers.faults).toEqual([]);

    // Every case at the state its inputs call for, every sign-off's trail whole and valid.
    expect([documentIds.length, taskIds.length, requestIds.length]).toEqual([LOAD.signOffs, LOAD.tasks, LOAD.requests]);
    for (const id of documentIds) {
      const trail = await client.retrying('GET', `/documents/${id}/trail`, auditor.auth);
      expect([trail.body.document.status, trail.body.entries.map((e: { event: string }) => e.event), trail.body.verification]).toEqual([
        'awaiting_publication',
        SIGNED_TRAIL,
        expect.objectContaining({ valid: true, entries: SIGNED_TRAIL.length, checks: { chain: 'passed', witness: 'passed', anchor: expect.stringMatching(/^(none|passed)$/) }, failedCheck: null, firstAltered: null }),
      ]);
      // Whichever API or worker wrote an entry, it is under the cluster's one key, and under no other.
      const chainUnder = (key: string) => verifyTrail(trail.body.entries, { key, seal: null, witness: { kind: 'none' } }).checks.chain;
      expect([chainUnder(topology.trailKey), chainUnder(`${topology.trailKey}-other`)]).toEqual(['passed', 'failed']);
    }
    for (const id of taskIds) expect((await client.retrying('GET', `/tasks/${id}`, coordinator.auth)).body.status).toBe('verified');
    for (const id of requestIds) expect((await client.retrying('GET', `/requests/${id}`, contact.auth)).body.status).toBe('answered');
    // The registration made while Temporal was down has its workflow, started from its pending start.
    const connection = await Connection.connect({ address: topology.temporal.address });
    try {
      const handle = new TemporalClient({ connection }).workflow.getHandle(requestWorkflowId(registeredWhileDown));
      const deadline = Date.now() + 60_000;
      let started = false;
      while (!started && Date.now() < deadline) {
        started = await handle.describe().then(() => true, () => false);
        if (!started) await sleep(1000);
      }
      expect(started).toBe(true);
    } finally {
      await connection.close();
    }

    // Every queued email delivered, each exactly once at the SMTP server (its Message-ID is its idempotency key).
    const db = new Client({ connectionString: topology.databaseUrl });
    await db.connect();
    try {
      const deadline = Date.now() + 120_000;
      let pending = Infinity;
      while (pending > 0 && Date.now() < deadline) {
        pending = Number((await db.query("SELECT COUNT(*) AS n FROM mail_outbox WHERE status <> 'sent'")).rows[0].n);
        if (pending) await sleep(1000);
      }
      expect(pending).toBe(0);
      const sent = (await db.query('SELECT message_id FROM mail_outbox')).rows.map((r: { message_id: string }) => r.message_id).sort();
      const received = topology.sink.received.map((m) => m.messageId).sort();
      expect(sent.length).toBeGreaterThanOrEqual(LOAD.signOffs * 4 + LOAD.tasks + LOAD.requests);
      // Handing a mail to SMTP and marking it sent cannot be one step: one handed over just as
      // PostgreSQL went down goes again under the same Message-ID, which the receiving server
      // drops. So every key arrives, none is lost, and a repeat is bounded by the outages.
      const distinct = [...new Set(received)];
      expect(distinct).toEqual(sent);
      expect(received.length - distinct.length).toBeLessThanOrEqual(3);
    } finally {
      await db.end();
    }
    passed = true;
  }, 360_000);
});
