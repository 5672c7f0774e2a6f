import { Client, Connection } from '@temporalio/client';
import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { probeWorkflowId } from '../../../libs/contracts/src';
import { startSmtpSink } from '../../../libs/mail/src/smtp-sink';
import { openDatabase } from '../../../libs/persistence/src';
import {
  bundleWorkflows,
  ensureNamespace,
  ensureTemporalServerTools,
  prepareTemporalSchema,
  TEMPORAL_SERVER_PORT_COUNT,
  temporalServer,
  temporalServerPorts,
  writeTemporalServerConfig,
  type TemporalServer,
} from '../../../libs/temporal/src';
import { portIsFree } from '../../launcher/src/free-port';
import { nodeProcess, type NodeProcess } from './node-process';
import { postgresServer, type PostgresServer } from './postgres-server';

export const CLUSTER_NAMESPACE = 'default';
export const CLUSTER_DATABASE = 'disclosure';
// Compiled, this file is under dist/; run from source (the tests), the processes are still dist's.
const above = path.resolve(__dirname, '../../..');
const distRoot = path.basename(above) === 'dist' ? above : path.join(above, 'dist');

export interface TopologyOptions {
  /** Kept between starts: PostgreSQL's data, the Temporal server's config and log, the secrets. */
  dir: string;
  apis: number;
  workers: number;
  /** Settings given to every API and worker process besides the topology's own. */
  env?: Record<string, string>;
  /** true: the processes' logs go to files in `dir`; false: to our terminal. */
  logToFiles: boolean;
  log: (line: string) => void;
}

export interface Topology {
  postgres: PostgresServer;
  temporal: TemporalServer;
  sink: Awaited<ReturnType<typeof startSmtpSink>>;
  databaseUrl: string;
  apiUrls: string[];
  apis: NodeProcess[];
  workers: NodeProcess[];
  admin: { email: string; password: string };
  /** The TRAIL_KEY every process was given: the trails verify under it. */
  trailKey: string;
  /** Runs a probe workflow: resolves once some worker has run it. */
  probe(): Promise<void>;
  stop(): Promise<void>;
}

interface Secrets {
  superuser: string;
  temporal: string;
  app: string;
  jwt: string;
  admin: string;
  /** TRAIL_KEY of every API and worker: the trails they write verify only under the one key. */
  trail: string;
}

/**
 * Generated on the first start and kept, as a deployment keeps its passwords; one missing from
 * a cluster made by an earlier version is added, the others stay as they were.
 */
function secrets(dir: string): Secrets {
  const file = path.join(dir, 'secrets.json');
  const kept = (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}) as Partial<Secrets>;
  const secret = () => randomBytes(18).toString('base64url');
  const key = () => randomBytes(32).toString('base64url');
  const made: Secrets = {
    superuser: kept.superuser ?? secret(),
    temporal: kept.temporal ?? secret(),
    app: kept.app ?? secret(),
    jwt: kept.jwt ?? key(),
    admin: kept.admin ?? secret(),
    trail: kept.trail ?? key(),
  };
  if (Object.keys(made).some((name) => kept[name as keyof Secrets] === undefined)) fs.writeFileSync(file, JSON.stringify(made), { mode: 0o600 });
  return made;
}

/**
 * The same ports as the last start when they are still free: the Temporal server records its
 * frontend address in its own database, and PostgreSQL clients outside us may keep a URL.
 */
/**
 * A free port below 32768, outside the range the OS hands out: the Temporal server records its
 * membership ports in a smallint column, so an ephemeral port does not fit.
 */
async function lowFreePort(): Promise<number> {
  for (;;) {
    const port = 10_000 + Math.floor(Math.random() * 22_000);
    if (await portIsFree(port)) return port;
  }
}

async function ports(dir: string, count: number): Promise<number[]> {
  const file = path.join(dir, 'ports.json');
  const kept = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as number[]) : [];
  const chosen: number[] = [];
  for (let i = 0; i < count; i++) {
    const keep = kept[i];
    chosen.push(keep !== undefined && (await portIsFree(keep)) ? keep : await lowFreePort());
  }
  if (new Set(chosen).size !== chosen.length) return ports(dir, count);
  fs.writeFileSync(file, JSON.stringify(chosen));
  return chosen;
}

async function waitForHealth(api: NodeProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!api.running()) throw new Error(`the ${api.name} process exited at start${api.logFile ? `; see ${api.logFile}` : ''}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
      if (Date.now() > deadline) throw new Error(`/health answered ${response.status}: ${await response.text()}`);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the API at ${url} did not come up: ${(error as Error).message}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * PostgreSQL (its own server: the Temporal databases and the project's), the real Temporal
 * server on them with SQL visibility, a loopback SMTP server, then the API and worker
 * processes on the project's database. A part that fails to start stops what had started.
 */
export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const { dir, log } = options;
  fs.mkdirSync(dir, { recursive: true });
  // PostgreSQL runs as its own user and must reach its folder inside this one.
  if (process.getuid?.() === 0) fs.chmodSync(dir, 0o711);
  const secret = secrets(dir);
  const [pgPort, ...rest] = await ports(dir, 1 + TEMPORAL_SERVER_PORT_COUNT + options.apis);
  const temporalPorts = temporalServerPorts(rest.slice(0, TEMPORAL_SERVER_PORT_COUNT));
  const apiPorts = rest.slice(TEMPORAL_SERVER_PORT_COUNT);

  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  try {
    const tools = await ensureTemporalServerTools(process.env, log);
    const postgres = postgresServer(path.join(dir, 'postgres'), pgPort, secret.superuser);
    await postgres.start();
    stops.push(() => postgres.stop());
    log(`PostgreSQL on ${postgres.host}:${postgres.port}`);
    await postgres.ensureRole('temporal', secret.temporal, { createdb: true });
    await postgres.ensureRole('dse', secret.app);
    await postgres.ensureDatabase(CLUSTER_DATABASE, 'dse');
    const temporalPg = { host: postgres.host, port: postgres.port, user: 'temporal', password: secret.temporal };
    await prepareTemporalSchema(tools, temporalPg, log);

    const temporalDir = path.join(dir, 'temporal');
    writeTemporalServerConfig(tools, temporalDir, temporalPg, temporalPorts);
    const temporal = temporalServer(tools, temporalDir, temporalPorts);
    await temporal.start();
    stops.push(() => temporal.stop());
    await ensureNamespace(temporal.address, CLUSTER_NAMESPACE);
    log(`Temporal server ${temporal.address} (namespace ${CLUSTER_NAMESPACE})`);

    const databaseUrl = postgres.url('dse', secret.app, CLUSTER_DATABASE);
    // Migrations run once, here, before several processes open the database.
    const { dataSource, applied } = await openDatabase({ kind: 'postgres', url: databaseUrl });
    await dataSource.destroy();
    log(applied.length ? `database migrated: ${applied.join(', ')}` : 'database up to date');

    const sink = await startSmtpSink();
    stops.push(() => sink.stop());
    // One bundle for every worker start: workers restarted by the proofs come up in seconds.
    const bundlePath = path.join(dir, 'workflow-bundle.js');
    fs.writeFileSync(bundlePath, (await bundleWorkflows({ logger: { trace() {}, debug() {}, info() {}, warn: log, error: log, log() {} } })).code);

    const admin = { email: 'admin@localhost', password: secret.admin };
    const env = {
      ...process.env,
      DATA_DIR: path.join(dir, 'app'),
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: CLUSTER_NAMESPACE,
      TEMPORAL_WORKFLOW_BUNDLE: bundlePath,
      SMTP_URL: sink.url,
      MAIL_TRANSPORT: 'smtp',
      JWT_SECRET: secret.jwt,
      TRAIL_KEY: secret.trail,
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      DSE_LAUNCHER_PID: String(process.pid),
      ...options.env,
    };
    const logFile = (name: string) => (options.logToFiles ? path.join(dir, `${name}.log`) : null);
    const workers = Array.from({ length: options.workers }, (_, i) =>
      nodeProcess(`worker-${i + 1}`, path.join(distRoot, 'apps/worker/src/main.js'), env, logFile(`worker-${i + 1}`)),
    );
    const apis = apiPorts.map((port, i) =>
      nodeProcess(`api-${i + 1}`, path.join(distRoot, 'apps/api/src/main.js'), { ...env, API_PORT: String(port) }, logFile(`api-${i + 1}`)),
    );
    stops.push(async () => {
      await Promise.all([...apis, ...workers].map((p) => p.stop()));
    });
    for (const worker of workers) worker.start();
    const apiUrls = apiPorts.map((port) => `http://127.0.0.1:${port}`);
    // One after the other: the first creates the first admin, the next finds it.
    for (const [i, api] of apis.entries()) {
      api.start();
      await waitForHealth(api, apiUrls[i], 90_000);
    }

    const probe = async () => {
      const connection = await Connection.connect({ address: temporal.address });
      try {
        const client = new Client({ connection, namespace: CLUSTER_NAMESPACE });
        await client.workflow.execute('probeWorkflow', {
          taskQueue: options.env?.TEMPORAL_TASK_QUEUE ?? process.env.TEMPORAL_TASK_QUEUE ?? 'disclosure',
          workflowId: probeWorkflowId(randomUUID()),
          workflowExecutionTimeout: '2 minutes',
        });
      } finally {
        await connection.close();
      }
    };
    await probe();
    return { postgres, temporal, sink, databaseUrl, apiUrls, apis, workers, admin, trailKey: secret.trail, probe, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
