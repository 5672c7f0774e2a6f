import { Client, Connection } from '@temporalio/client';
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { LessThanOrEqual, type DataSource } from 'typeorm';
import { createDailyUrgingActivities } from '../libs/activities/src/daily-urging.activities';
import { taskWorkflowId } from '../libs/contracts/src/workflow-ids';
import { buildDailyDigest, buildDailyDigests, renderDailyDigestEmail } from '../libs/domain/src/supervision/daily-urging';
import { quarterLastDay, type Quarter } from '../libs/domain/src/supervision/quarter';
import { collectQuarterFacts, rankUnits } from '../libs/domain/src/supervision/quarterly-scoring';
import type { SupervisedTask, TaskSource, TaskStatus } from '../libs/domain/src/supervision/supervision-task';
import { createMailSender, messageIdFor } from '../libs/mail/src/mail-sender';
import { OutboxDispatcher, queueMail } from '../libs/mail/src/outbox';
import { MailMessageEntity, openDatabase, PersonEntity, SupervisionTaskEntity, TaskHistoryEntity, UnitEntity } from '../libs/persistence/src';
import { ensureTemporalCli, startDevServer } from '../libs/temporal/src';
import { DEFAULT_CACHED_WORKFLOWS } from '../libs/config/src/app-config';
import { startTaskUpdate } from '../workflows/supervision/task.messages';
import type { TaskInput } from '../libs/contracts/src/supervision-activities';
import type { Actor } from '../libs/domain/src/registry/actor';
import type { WorkerProcessMessage } from './workflow-memory.main';

const UNITS = Number(process.env.BENCH_SUPERVISION_UNITS ?? 1000);
const TASKS = Number(process.env.BENCH_SUPERVISION_TASKS ?? 100_000);
const MAILS = Number(process.env.BENCH_SUPERVISION_MAILS ?? 2000);
/** 0 leaves the Temporal part out. */
const WORKFLOWS = Number(process.env.BENCH_SUPERVISION_WORKFLOWS ?? 10_000);
/** `workflows` measures the worker's memory alone, `mail` the mail alone (on the same ledger, so the same messages), to iterate on one. */
const ONLY = process.env.BENCH_SUPERVISION_ONLY ?? null;
if (ONLY !== null && ONLY !== 'workflows' && ONLY !== 'mail') throw new Error(`BENCH_SUPERVISION_ONLY: "workflows" or "mail" can be measured alone, got "${ONLY}"`);
const QUARTER: Quarter = { year: 2024, quarter: 3 };
const DIGEST_DAY = '2024-09-27';
const RANKED_AS_OF = '2024-10-08';
const FROM = 'gkb@bench.cn';
const TASK_QUEUE = 'bench-supervision';
const OPEN: TaskStatus[] = ['assigned', 'in_progress', 'returned'];

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(3));

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, seconds(started)];
}

async function inParallel<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await run(items[next++]);
  }));
}

export async function insertUnits(dataSource: DataSource, count: number): Promise<UnitEntity[]> {
  const now = new Date();
  const units = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(), name: `单位${String(i).padStart(4, '0')}`, parentId: null, contactEmails: [`u${i}@bench.cn`],
    contactPhone: null, leaderEmail: `leader${i}@bench.cn`, active: true, createdAt: now, updatedAt: now,
  }));
  for (let i = 0; i < units.length; i += 200) await dataSource.getRepository(UnitEntity).insert(units.slice(i, i + 200));
  return units;
}

/** Tasks name their creator, and the database holds them to it. */
export async function insertCoordinator(dataSource: DataSource, unitId: string): Promise<string> {
  const now = new Date();
  const id = randomUUID();
  await dataSource.getRepository(PersonEntity).insert({
    id, name: '督办员', email: 'coordinator@bench.cn', unitId, roles: ['coordinator'], signerLevel: null, passwordHash: null, mustChangePassword: false, active: true, createdAt: now, updatedAt: now,
  });
  return id;
}

/** Open tasks spread evenly over the units and, by due date, over the quarter. */
export async function insertTasks(dataSource: DataSource, units: UnitEntity[], createdBy: string, count: number, dueOn: (i: number) => string): Promise<string[]> {
  const now = new Date();
  const ids: string[] = [];
  await dataSource.transaction(async (manager) => {
    let batch: Partial<SupervisionTaskEntity>[] = [];
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      ids.push(id);
      const due = dueOn(i);
      batch.push({
        id, planId: null, title: `督办任务${i}`, source: (['plan', 'inspection'] as const)[i % 2], unitId: units[i % units.length].id, ownerId: null,
        dueOn: due, dueAt: new Date(`${due}T15:59:59.999Z`), status: OPEN[i % OPEN.length], overdue: false, submissions: 0, submittedOn: null,
        verifiedOn: null, returnReason: null, evidenceNote: null, evidenceLinks: [], evidenceFileIds: [], createdBy, createdAt: now, updatedAt: now,
      });
      // No read-back of defaults: with every column given it only costs a query per batch.
      if (batch.length === 200 || i === count - 1) {
        await manager.createQueryBuilder().insert().into(SupervisionTaskEntity).values(batch).updateEntity(false).execute();
        batch = [];
      }
    }
  });
  return ids;
}

const toSupervised = (t: SupervisionTaskEntity): SupervisedTask => ({
  taskId: t.id, unitId: t.unitId, title: t.title, source: t.source as TaskSource, status: t.status as TaskStatus, due: t.dueOn, submittedOn: t.submittedOn,
});

/**
 * Daily digests and the quarterly ranking over a large ledger: the activity end to end (it splits
 * the ledger by unit once), then building the digests from the whole ledger per unit against
 * splitting it first, so the ratio is the price of the shape the activity no longer uses.
 */
async function benchLedger(dataSource: DataSource, units: UnitEntity[]): Promise<Record<string, unknown>> {
  const [digestsSent, activitySeconds] = await timed(() => createDailyUrgingActivities(dataSource, () => {}).sendDailyDigests(DIGEST_DAY));

  const [tasks, readSeconds] = await timed(async () => (await dataSource.getRepository(SupervisionTaskEntity).find()).map(toSupervised));
  const [wholeLedger, wholeLedgerSeconds] = await timed(() => units.filter((u) => buildDailyDigest({ unitId: u.id, unitName: u.name, date: DIGEST_DAY, tasks })).length);
  const [grouped, groupedSeconds] = await timed(() => buildDailyDigests(units.map((u) => ({ unitId: u.id, unitName: u.name })), DIGEST_DAY, tasks).length);
  if (wholeLedger !== grouped || grouped !== digestsSent) throw new Error(`digest counts differ: activity ${digestsSent}, whole ledger ${wholeLedger}, grouped ${grouped}`);

  // As the quarterly-circular activity reads and ranks, without the circular's files and mail.
  const [quarterTasks, quarterReadSeconds] = await timed(async () =>
    (await dataSource.getRepository(SupervisionTaskEntity).find({ where: { dueOn: LessThanOrEqual(quarterLastDay(QUARTER)) } })).map(toSupervised));
  const [ranking, rankSeconds] = await timed(() =>
    rankUnits(QUARTER, collectQuarterFacts({ quarter: QUARTER, asOf: RANKED_AS_OF, units: units.map((u) => ({ unitId: u.id, unitName: u.name })), tasks: quarterTasks })));

  return {
    dailyDigests: {
      day: DIGEST_DAY,
      digests: digestsSent,
      activitySeconds,
      readSeconds,
      wholeLedgerPerUnitSeconds: wholeLedgerSeconds,
      groupedByUnitSeconds: groupedSeconds,
      ratio: Number((wholeLedgerSeconds / Math.max(groupedSeconds, 0.001)).toFixed(1)),
    },
    quarterRanking: { quarter: '2024Q3', tasks: quarterTasks.length, readSeconds: quarterReadSeconds, scoreAndRankSeconds: rankSeconds, ranked: ranking.ranked.length, unranked: ranking.unranked.length },
  };
}

/** A loopback SMTP server that accepts and counts, so the measure is the sending side. */
async function startSink(): Promise<{ url: string; received: () => number; stop(): Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // Otherwise every connection waits on a reverse DNS lookup of 127.0.0.1, and that wait is all either side measures.
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, received: () => received, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Rounds the mails are measured in, after one round that is not measured. */
const MAIL_ROUNDS = 4;

/**
 * The outbox dispatcher against plain nodemailer on a pool of as many connections as the
 * dispatcher's sender keeps, every message handed to it at once so no connection ever waits.
 * Each round queues its share of the mails, then each side sends them, the two sides taking
 * turns at going first. The first round, not measured, warms up the code both run: measured
 * cold, the side that went first paid twice the other's processor time for the same messages.
 */
async function benchMail(dataSource: DataSource, units: UnitEntity[]): Promise<Record<string, unknown>> {
  const tasks = (await dataSource.getRepository(SupervisionTaskEntity).find({ where: { unitId: units[0].id } })).map(toSupervised);
  const digest = buildDailyDigest({ unitId: units[0].id, unitName: units[0].name, date: DIGEST_DAY, tasks });
  if (!digest) throw new Error('no digest to use as the message body');
  const body = renderDailyDigestEmail(digest);
  const mails = Array.from({ length: MAILS }, (_, i) => ({ key: `bench:${i}`, to: [`u${i % UNITS}@bench.cn`], cc: [], ...body }));
  const share = Math.ceil(MAILS / MAIL_ROUNDS);
  const rounds = [mails.slice(0, share).map((m) => ({ ...m, key: `warm-up:${m.key}` }))];
  for (let i = 0; i < MAILS; i += share) rounds.push(mails.slice(i, i + share));
  await dataSource.getRepository(MailMessageEntity).clear();

  const sink = await startSink();
  const sender = createMailSender({ smtpUrl: sink.url, from: FROM, outboxDir: path.join(os.tmpdir(), 'unused') });
  const dispatcher = new OutboxDispatcher(dataSource, sender);
  // The same pool the outbox's sender uses: the difference is the outbox's own work.
  const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: sender.connections });
  let outboxSent = 0;
  let outboxSeconds = 0;
  let plainSeconds = 0;
  // Processor time as well: on a shared machine it moves less than the clock.
  let outboxCpu = 0;
  let plainCpu = 0;
  const cpuSeconds = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1e6;
  };
  for (const [round, batch] of rounds.entries()) {
    await dataSource.transaction(async (manager) => {
      for (const mail of batch) await queueMail(manager, mail);
    });
    const measured = round > 0;
    const throughOutbox = async () => {
      const cpu = process.cpuUsage();
      const [sent, seconds] = await timed(async () => {
        let total = 0;
        for (let n = await dispatcher.deliverDue(); n > 0; n = await dispatcher.deliverDue()) total += n;
        return total;
      });
      if (measured) [outboxSent, outboxSeconds, outboxCpu] = [outboxSent + sent, outboxSeconds + seconds, outboxCpu + cpuSeconds(cpu)];
    };
    const plain = async () => {
      const cpu = process.cpuUsage();
      const [, seconds] = await timed(() =>
        Promise.all(batch.map((m) => transport.sendMail({ from: FROM, to: m.to, subject: m.subject, text: m.text, html: m.html ?? undefined, messageId: messageIdFor(m.key) }))),
      );
      if (measured) [plainSeconds, plainCpu] = [plainSeconds + seconds, plainCpu + cpuSeconds(cpu)];
    };
    for (const side of round % 2 === 0 ? [throughOutbox, plain] : [plain, throughOutbox]) await side();
  }
  sender.close();
  transport.close();
  const received = sink.received();
  await sink.stop();
  const handed = 2 * (MAILS + rounds[0].length);
  if (outboxSent !== MAILS || received !== handed) throw new Error(`mail counts differ: outbox sent ${outboxSent} of ${MAILS}, sink got ${received} of ${handed}`);

  const outboxRate = MAILS / outboxSeconds;
  const plainRate = MAILS / plainSeconds;
  return {
    messages: MAILS,
    rounds: MAIL_ROUNDS,
    connections: sender.connections,
    outbox: { messagesPerSecond: Number(outboxRate.toFixed(1)), seconds: Number(outboxSeconds.toFixed(3)), processorSeconds: Number(outboxCpu.toFixed(3)) },
    plainNodemailer: { messagesPerSecond: Number(plainRate.toFixed(1)), seconds: Number(plainSeconds.toFixed(3)), processorSeconds: Number(plainCpu.toFixed(3)) },
    ratio: Number((outboxRate / plainRate).toFixed(3)),
    processorRatio: Number((plainCpu / outboxCpu).toFixed(3)),
  };
}

const STEP_SAMPLE = 300;

/** The worker process of workflow-memory.main, driven over IPC. */
async function startWorkerProcess(dbPath: string, address: string, cachedWorkflows: number) {
  const child = fork(require.resolve('./workflow-memory.main'), [dbPath, address, TASK_QUEUE, String(cachedWorkflows)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const next = (kind: WorkerProcessMessage['kind']) =>
    new Promise<WorkerProcessMessage>((resolve, reject) => {
      const onMessage = (m: WorkerProcessMessage) => {
        if (m.kind !== kind) return;
        child.off('message', onMessage);
        resolve(m);
      };
      child.on('message', onMessage);
      void exited.then((code) => reject(new Error(`the worker process ended with exit code ${code}`)));
    });
  await next('ready');
  return {
    memory: async () => {
      const answer = next('memory');
      child.send('memory');
      const m = (await answer) as Extract<WorkerProcessMessage, { kind: 'memory' }>;
      return { rssMb: m.rssMb, heapUsedMb: m.heapUsedMb };
    },
    stop: async () => {
      child.send('stop');
      if ((await exited) !== 0) throw new Error('the worker process did not stop cleanly');
    },
  };
}

/**
 * The worker process's memory once it holds many open task workflows, each past its first step,
 * with its cache at `cachedWorkflows`; then one more step (start the task, an update through
 * Temporal to the workflow) on a sample spread over all of them, so a step on a workflow no
 * longer in the cache (replayed from its history first) is timed too.
 */
async function benchWorkflowMemory(dir: string, cachedWorkflows: number): Promise<Record<string, unknown>> {
  const cli = await ensureTemporalCli(process.env.TEMPORAL_CLI ?? null, process.env, () => {});
  const server = await startDevServer({ cli, namespace: 'default' });
  const dbPath = path.join(dir, `workflows-${cachedWorkflows}.sqlite`);
  const { dataSource } = await openDatabase({ kind: 'sqlite', path: dbPath });
  const units = await insertUnits(dataSource, Math.min(UNITS, 100));
  const coordinator = await insertCoordinator(dataSource, units[0].id);
  const ids = await insertTasks(dataSource, units, coordinator, WORKFLOWS, () => '2027-12-31');
  const unitOf = new Map(units.map((u) => [u.id, u]));
  const rows = new Map((await dataSource.getRepository(SupervisionTaskEntity).find()).map((t) => [t.id, t]));

  const worker = await startWorkerProcess(dbPath, server.address, cachedWorkflows);
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection });
  try {
    const before = await worker.memory();
    // Far-off limits: every workflow stays open, waiting on its reminder timer.
    const timing = { remindBefore: '3wd', orderAfter: '3wd', orderLevel: 1 as const, orderReplyWithin: null };
    const actor: Actor = { id: coordinator, name: '督办员', email: 'duban@bench.cn', roles: ['coordinator'], unitId: null };
    const started = performance.now();
    await inParallel(ids, 50, async (id) => {
      const row = rows.get(id)!;
      const input: TaskInput = {
        task: { taskId: id, title: row.title, source: row.source as TaskSource, unitId: row.unitId, unitName: unitOf.get(row.unitId)!.name, owner: null, due: { startMs: Date.now(), due: '60wd' }, createdBy: actor },
        timing,
      };
      await client.workflow.start('taskWorkflow', { taskQueue: TASK_QUEUE, workflowId: taskWorkflowId(id), args: [input] });
    });
    const startSeconds = seconds(started);
    const history = dataSource.getRepository(TaskHistoryEntity);
    let firstSteps = 0;
    for (const deadline = Date.now() + 600_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
      firstSteps = await history.count({ where: { key: 'wf:1' } });
      if (firstSteps >= WORKFLOWS) break;
    }
    const allFirstStepsSeconds = seconds(started);
    const after = await worker.memory();

    const sample = ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / STEP_SAMPLE)) === 0).slice(0, STEP_SAMPLE);
    const stepMs: number[] = [];
    const stepsStarted = performance.now();
    await inParallel(sample, 10, async (id) => {
      const t = performance.now();
      await client.workflow.getHandle(taskWorkflowId(id)).executeUpdate(startTaskUpdate, { args: [{ actor }] });
      stepMs.push(performance.now() - t);
    });
    const stepsSeconds = seconds(stepsStarted);
    stepMs.sort((a, b) => a - b);
    return {
      workflows: WORKFLOWS,
      firstStepsWritten: firstSteps,
      startSeconds,
      allFirstStepsSeconds,
      maxCachedWorkflows: cachedWorkflows,
      before,
      after,
      rssPerWorkflowKb: Number((((after.rssMb - before.rssMb) * 1024) / WORKFLOWS).toFixed(1)),
      nextStep: {
        steps: sample.length,
        stepsPerSecond: Number((sample.length / stepsSeconds).toFixed(1)),
        p50Ms: Math.round(stepMs[Math.floor(stepMs.length / 2)]),
        p95Ms: Math.round(stepMs[Math.floor(stepMs.length * 0.95)]),
      },
    };
  } finally {
    await worker.stop();
    await connection.close();
    await dataSource.destroy();
    await server.stop();
  }
}

/**
 * The worker as shipped (WORKER_CACHED_WORKFLOWS' default) against a cache that holds every
 * workflow, as the SDK's own default did here: resident memory, and the speed of the next step.
 */
async function benchWorkflowCache(dir: string): Promise<Record<string, unknown>> {
  // Each is minutes long: shown as soon as measured.
  const measure = async (cachedWorkflows: number) => {
    const result = await benchWorkflowMemory(dir, cachedWorkflows);
    console.error(`[bench] supervision, ${cachedWorkflows} cached workflows: ${JSON.stringify(result)}`);
    return result;
  };
  const shipped = await measure(DEFAULT_CACHED_WORKFLOWS);
  const allCached = await measure(WORKFLOWS + 1000);
  const rss = (r: Record<string, unknown>) => (r.after as { rssMb: number }).rssMb;
  const rate = (r: Record<string, unknown>) => (r.nextStep as { stepsPerSecond: number }).stepsPerSecond;
  return {
    shipped,
    allCached,
    rssRatio: Number((rss(shipped) / rss(allCached)).toFixed(3)),
    nextStepRateRatio: Number((rate(shipped) / rate(allCached)).toFixed(3)),
  };
}

export async function benchSupervision(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-bench-supervision-'));
  if (ONLY === 'workflows') {
    const workflowMemory = await benchWorkflowCache(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    return { benchmark: `supervision, worker memory alone (BENCH_SUPERVISION_ONLY=workflows): ${WORKFLOWS} open task workflows`, workflowMemory };
  }
  const { dataSource } = await openDatabase({ kind: 'sqlite', path: path.join(dir, 'ledger.sqlite') });
  const units = await insertUnits(dataSource, UNITS);
  const days = 92; // July to September
  await insertTasks(dataSource, units, await insertCoordinator(dataSource, units[0].id), TASKS, (i) => new Date(Date.UTC(2024, 6, 1 + (i % days))).toISOString().slice(0, 10));
  const ledger = ONLY === 'mail' ? { dailyDigests: 'left out (BENCH_SUPERVISION_ONLY=mail)' } : await benchLedger(dataSource, units);
  const mail = await benchMail(dataSource, units);
  await dataSource.destroy();
  const workflows =
    ONLY === 'mail' ? 'left out (BENCH_SUPERVISION_ONLY=mail)' : WORKFLOWS > 0 ? await benchWorkflowCache(dir) : 'left out (BENCH_SUPERVISION_WORKFLOWS=0)';
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    benchmark: `supervision: ${UNITS} units, ${TASKS} open tasks due over 2024Q3 (SQLite); ${MAILS} mails to a loopback SMTP sink; ${WORKFLOWS} open task workflows`,
    ...ledger,
    mail,
    workflowMemory: workflows,
  };
}
