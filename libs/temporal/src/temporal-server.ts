import { ChildProcess, execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { Client as PgClient } from 'pg';
import { goInstall, hasGo, temporalCacheDir } from './temporal-cli';

const run = promisify(execFile);

/** The Temporal server release the cluster runs; its go.mod has no replace directive, so `go install` builds it. */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const SERVER_MODULE = 'go.temporal.io/server';

export interface TemporalServerTools {
  server: string;
  sqlTool: string;
  /** The module's source: schema files and the PostgreSQL development config ship there. */
  moduleDir: string;
}

/** Where the PostgreSQL server and the Temporal role are. */
export interface TemporalPostgres {
  host: string;
  port: number;
  user: string;
  password: string;
}

export const TEMPORAL_DATABASES = { persistence: 'temporal', visibility: 'temporal_visibility' } as const;

/** The server and its schema tool, built once into the cache (a few minutes) and found there afterwards. */
export async function ensureTemporalServerTools(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = () => {}): Promise<TemporalServerTools> {
  const binDir = path.join(temporalCacheDir(env), `temporal-server-${TEMPORAL_SERVER_VERSION}`);
  const server = path.join(binDir, 'server');
  const sqlTool = path.join(binDir, 'sql');
  if (!hasGo(env)) throw new Error('the Temporal server is built with Go, which is not installed: install Go (https://go.dev/dl/)');
  if (!fs.existsSync(server) || !fs.existsSync(sqlTool)) {
    log(`building the Temporal server ${TEMPORAL_SERVER_VERSION} and its schema tool into ${binDir}; this takes a few minutes once`);
    await goInstall([`${SERVER_MODULE}/cmd/server@${TEMPORAL_SERVER_VERSION}`, `${SERVER_MODULE}/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`], binDir, env, log);
  }
  // Instant when the module is in Go's module cache (the build put it there).
  const { stdout } = await run('go', ['mod', 'download', '-json', `${SERVER_MODULE}@${TEMPORAL_SERVER_VERSION}`], { env, maxBuffer: 16 * 1024 * 1024 });
  return { server, sqlTool, moduleDir: (JSON.parse(stdout) as { Dir: string }).Dir };
}

async function pgQuery(pg: TemporalPostgres, database: string, sql: string): Promise<unknown[]> {
  const client = new PgClient({ host: pg.host, port: pg.port, user: pg.user, password: pg.password, database });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Both databases created, their schema set up and upgraded by the schema tool, as a release
 * would: `create-database` and `setup-schema -v 0.0` the first time, `update-schema` every time
 * (it applies only the versions not yet applied).
 */
export async function prepareTemporalSchema(tools: TemporalServerTools, pg: TemporalPostgres, log: (line: string) => void = () => {}): Promise<void> {
  const existing = new Set((await pgQuery(pg, 'postgres', 'SELECT datname FROM pg_database')).map((r) => (r as { datname: string }).datname));
  for (const [kind, database] of Object.entries(TEMPORAL_DATABASES)) {
    const tool = (...args: string[]) =>
      // The password through the environment, not the command line that `ps` shows.
      run(tools.sqlTool, ['--plugin', 'postgres12', '--ep', pg.host, '--port', String(pg.port), '--user', pg.user, '--db', database, ...args], {
        env: { ...process.env, SQL_PASSWORD: pg.password },
        maxBuffer: 16 * 1024 * 1024,
      });
    if (!existing.has(database)) {
      await tool('create-database');
      log(`created database ${database}`);
    }
    const versioned = await pgQuery(pg, database, "SELECT to_regclass('public.schema_version') AS t");
    if (!(versioned[0] as { t: string | null }).t) await tool('setup-schema', '-v', '0.0');
    const schemaDir = path.join(tools.moduleDir, 'schema/postgresql/v12', kind === 'persistence' ? 'temporal' : 'visibility', 'versioned');
    await tool('update-schema', '-d', schemaDir);
    const version = await pgQuery(pg, database, 'SELECT curr_version FROM schema_version');
    log(`${database} schema at version ${(version[0] as { curr_version: string }).curr_version}`);
  }
}

/** Every port the server listens on, by the development config's default. */
const DEFAULT_PORTS = [7233, 6933, 7243, 7235, 6935, 7234, 6934, 7239, 6939, 7936, 8000] as const;
export type TemporalServerPorts = Record<(typeof DEFAULT_PORTS)[number], number>;
export const TEMPORAL_SERVER_PORT_COUNT = DEFAULT_PORTS.length;

/** Ports in the order of the development config's defaults: the frontend's gRPC port first. */
export function temporalServerPorts(free: number[]): TemporalServerPorts {
  if (free.length !== DEFAULT_PORTS.length) throw new Error(`the Temporal server needs ${DEFAULT_PORTS.length} ports`);
  return Object.fromEntries(DEFAULT_PORTS.map((p, i) => [p, free[i]])) as TemporalServerPorts;
}

const replacePorts = (text: string, ports: TemporalServerPorts) =>
  text.replace(new RegExp(`\\b(${DEFAULT_PORTS.join('|')})\\b`, 'g'), (p) => String(ports[Number(p) as keyof TemporalServerPorts]));

/**
 * The module's own `development-postgres12.yaml` and its dynamic config, with our ports, our
 * PostgreSQL and our role: the same file a release ships, not one of ours that could drift from it.
 */
export function writeTemporalServerConfig(tools: TemporalServerTools, dir: string, pg: TemporalPostgres, ports: TemporalServerPorts): void {
  const configDir = path.join(dir, 'config');
  fs.mkdirSync(configDir, { recursive: true });
  const dynamicConfig = path.join(configDir, 'dynamicconfig.yaml');
  fs.writeFileSync(dynamicConfig, replacePorts(fs.readFileSync(path.join(tools.moduleDir, 'config/dynamicconfig/development-sql.yaml'), 'utf8'), ports));
  const config = replacePorts(fs.readFileSync(path.join(tools.moduleDir, 'config/development-postgres12.yaml'), 'utf8'), ports)
    .replace(/connectAddr: "127\.0\.0\.1:5432"/g, `connectAddr: "${pg.host}:${pg.port}"`)
    .replace(/user: "temporal"/g, `user: "${pg.user}"`)
    .replace(/password: "temporal"/g, `password: "${pg.password}"`)
    .replace(/level: info/, 'level: warn')
    .replace(/filepath: ".*"/, `filepath: "${dynamicConfig}"`);
  fs.writeFileSync(path.join(configDir, 'cluster.yaml'), config);
}

export interface TemporalServer {
  address: string;
  /** The server's own log (warnings and errors), for a reader after a failure. */
  logFile: string;
  running(): boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

async function frontendAnswers(address: string): Promise<void> {
  const connection = await Connection.connect({ address, connectTimeout: 2000 });
  try {
    await connection.withDeadline(Date.now() + 2000, () => connection.healthService.check({ service: 'temporal.api.workflowservice.v1.WorkflowService' }));
  } finally {
    await connection.close();
  }
}

/**
 * The real server (all four services in one process) on the config written by
 * writeTemporalServerConfig; start() waits until the frontend answers, stop() until it has exited.
 */
export function temporalServer(tools: TemporalServerTools, dir: string, ports: TemporalServerPorts): TemporalServer {
  const address = `127.0.0.1:${ports[7233]}`;
  const logFile = path.join(dir, 'temporal-server.log');
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  return {
    address,
    logFile,
    running: () => child !== null,
    async start() {
      if (child) return;
      const log = fs.openSync(logFile, 'a');
      child = spawn(tools.server, ['--root', dir, '--config', 'config', '--env', 'cluster', '--allow-no-auth', 'start'], { stdio: ['ignore', log, log] });
      fs.closeSync(log);
      const started = child;
      exited = new Promise((resolve) => started.once('exit', () => resolve()));
      void exited.then(() => {
        if (child === started) child = null;
      });
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (!child) throw new Error(`the Temporal server exited at start; see ${logFile}`);
        try {
          await frontendAnswers(address);
          return;
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`the Temporal server did not answer at ${address} in 90 s (${(error as Error).message}); see ${logFile}`);
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    },
    async stop() {
      const stopping = child;
      if (!stopping) return;
      stopping.kill('SIGTERM');
      const timer = setTimeout(() => stopping.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The namespace registered (idempotent) and readable through the frontend, whose namespace cache lags a registration. */
export async function ensureNamespace(address: string, namespace: string, retentionDays = 30): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    try {
      await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs(`${retentionDays} days`) });
    } catch (error) {
      // ALREADY_EXISTS: registered by an earlier start.
      if ((error as { code?: number }).code !== 6) throw error;
    }
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } finally {
    await connection.close();
  }
}
