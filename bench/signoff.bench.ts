import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, DefaultLogger, Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createActivities } from '../libs/activities/src';
import { signOffWorkflowId } from '../libs/contracts/src';
import { DEFAULT_SIGNOFF_CONFIG } from '../libs/domain/src/signoff/signoff-config';
import type { LevelAssignment, RegisteredDocument } from '../libs/domain/src/signoff/signoff-state';
import { registrationTrail } from '../libs/domain/src/signoff/registration-trail';
import { appendTrail, DocumentEntity, openDatabase, PersonEntity, UnitEntity } from '../libs/persistence/src';
import { bundleWorkflows, ensureTemporalCli, startDevServer } from '../libs/temporal/src';
import { approveUpdate, submitSignOffUpdate, type SignOffInput } from '../workflows/signoff/signoff.messages';
import { bareStepUpdate, type EmptyStepActivities } from './workflows/bare-updates.workflow';
import type { Actor } from '../libs/domain/src/registry/actor';

const DOCUMENTS = Number(process.env.BENCH_SIGNOFF_DOCUMENTS ?? 400);
const CONCURRENCY = 20;
const ROUNDS = 8;
const TASK_QUEUE = 'bench-signoff';
const BENCH_TRAIL_KEY = 'bench-trail-key-bench-trail-key-0123';

async function inParallel<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) await run(items[next++]);
  }));
}

/**
 * N documents registered (row and first trail entries, then the workflow's start), submitted and
 * approved at three levels (each an update that writes projection, hash-chained trail and queued
 * mail in SQLite), against a bare workflow started and taking the same four updates, on the same
 * dev server and worker, in the same run. A second baseline answers each update after a local
 * activity that does nothing: between the two baselines is what a step recorded through a local
 * activity costs Temporal's SDK and server, before our own work.
 */
export async function benchSignOff(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dse-bench-signoff-'));
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const cli = await ensureTemporalCli(process.env.TEMPORAL_CLI ?? null, process.env, () => {});
  const server = await startDevServer({ cli, namespace: 'default' });
  const { dataSource } = await openDatabase({ kind: 'sqlite', path: path.join(dir, 'bench.sqlite') });
  const now = new Date();
  const unitId = randomUUID();
  await dataSource.getRepository(UnitEntity).insert({ id: unitId, name: '基准单位', parentId: null, contactEmails: ['gkb@bench.cn'], contactPhone: null, leaderEmail: null, active: true, createdAt: now, updatedAt: now });
  const people = ['drafter', 's1', 's2', 's3'].map((name) => ({ id: randomUUID(), name, email: `${name}@bench.cn` }));
  await dataSource.getRepository(PersonEntity).insert(people.map((p) => ({ ...p, unitId, roles: ['signer'], signerLevel: null, passwordHash: null, mustChangePassword: false, active: true, createdAt: now, updatedAt: now })));
  const actor = (i: number): Actor => ({ ...people[i], roles: ['signer'], unitId });
  const plan: LevelAssignment[] = DEFAULT_SIGNOFF_CONFIG.levels.map((l, i) => ({ level: l.level, title: l.title, signer: people[i + 1], superior: people[i + 2] ?? null, due: l.due }));
  const timing = { remindBefore: '1wd', escalateAfter: '1wd', publication: DEFAULT_SIGNOFF_CONFIG.publication };

  const { code } = await bundleWorkflows({ workflowsPath: require.resolve('./workflows'), logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} } });
  const nativeConnection = await NativeConnection.connect({ address: server.address });
  const emptyStep: EmptyStepActivities = { emptyStep: async () => undefined };
  const worker = await Worker.create({ connection: nativeConnection, taskQueue: TASK_QUEUE, activities: { ...createActivities({ dataSource, trailKey: BENCH_TRAIL_KEY }), ...emptyStep }, workflowBundle: { code } });
  const running = worker.run();
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection });

  // Registration as the API does it: the document row and its first trail entries in one
  // transaction, then the workflow's start. It is timed with the sign-off.
  const register = async (id: string): Promise<SignOffInput> => {
    const document: RegisteredDocument = {
      documentId: id, title: `基准文件${id.slice(0, 8)}`, unitId, drafter: people[0], attribute: 'on_request', withholdingBasis: null, version: 1, documentSha256: 'a'.repeat(64),
    };
    const trail = registrationTrail(document, new Date().toISOString());
    const at = new Date();
    const trailHashes = await dataSource.transaction(async (manager) => {
      await manager.getRepository(DocumentEntity).insert({
        id, title: document.title, documentType: 'other', unitId, drafterId: people[0].id, attribute: 'on_request', withholdingBasis: null,
        status: 'draft', version: 1, sha256: document.documentSha256, round: 0, currentLevel: null, currentSignerId: null, signerIds: [], levelDueAt: null, signedAt: null,
        publicationDueOn: null, publicationOverdue: false, publishedOn: null, publicationUrl: null, deadlineProvisional: false, createdAt: at, updatedAt: at,
      });
      return appendTrail(manager, id, trail, BENCH_TRAIL_KEY);
    });
    return { document, trailSeq: trail.length, trailHashes };
  };

  const ids = Array.from({ length: DOCUMENTS }, () => randomUUID());
  const runSignOff = (batch: string[]) => inParallel(batch, async (id) => {
    const handle = await client.workflow.start('signOffWorkflow', { taskQueue: TASK_QUEUE, workflowId: signOffWorkflowId(id), args: [await register(id)] });
    await handle.executeUpdate(submitSignOffUpdate, { args: [{ actor: actor(0), revision: null, plan, timing }] });
    for (const level of [1, 2, 3]) await handle.executeUpdate(approveUpdate, { args: [{ actor: actor(level), comment: null }] });
    await handle.result();
  });
  const runBaseline = (workflow: 'bareUpdatesWorkflow' | 'emptyStepUpdatesWorkflow') => (batch: string[]) =>
    inParallel(batch, async (id) => {
      const handle = await client.workflow.start(workflow, { taskQueue: TASK_QUEUE, workflowId: `${workflow}-${id}`, args: [4] });
      for (const step of ['submit', 'approve', 'approve', 'approve']) await handle.executeUpdate(bareStepUpdate, { args: [step] });
      await handle.result();
    });
  // Alternating rounds, so that load from elsewhere on a noisy machine falls on every side alike.
  const sides = { signOff: runSignOff, bare: runBaseline('bareUpdatesWorkflow'), emptyStep: runBaseline('emptyStepUpdatesWorkflow') };
  const seconds = { signOff: 0, bare: 0, emptyStep: 0 };
  const perRound = Math.ceil(DOCUMENTS / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    const batch = ids.slice(round * perRound, (round + 1) * perRound);
    for (const side of ['signOff', 'bare', 'emptyStep'] as const) {
      const started = performance.now();
      await sides[side](batch);
      seconds[side] += (performance.now() - started) / 1000;
    }
  }

  const trailRows = await dataSource.query('SELECT COUNT(*) AS n FROM trail_entries');
  worker.shutdown();
  await running;
  await nativeConnection.close();
  await connection.close();
  await dataSource.destroy();
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });

  const rate = (side: keyof typeof seconds) => ({ documentsPerSecond: Number((DOCUMENTS / seconds[side]).toFixed(1)), seconds: Number(seconds[side].toFixed(2)) });
  return {
    benchmark: `sign-off: ${DOCUMENTS} documents, registration + submit + 3 approvals each, ${CONCURRENCY} at a time in ${ROUNDS} alternating rounds, local dev server, SQLite`,
    signOff: { ...rate('signOff'), trailEntries: Number(trailRows[0].n) },
    bareWorkflow: rate('bare'),
    emptyStepWorkflow: rate('emptyStep'),
    ratio: Number((seconds.bare / seconds.signOff).toFixed(3)),
    target: 'ratio >= 0.8',
    // The same figure for the second baseline: the most a step through a local activity leaves.
    emptyStepRatio: Number((seconds.bare / seconds.emptyStep).toFixed(3)),
    // The sign-off against the second baseline: what our own work costs.
    signOffToEmptyStepRatio: Number((seconds.emptyStep / seconds.signOff).toFixed(3)),
  };
}
