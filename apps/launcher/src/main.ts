import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { AppConfig, ConfigError, loadConfig } from '../../../libs/config/src';
import { probeWorkflowId } from '../../../libs/contracts/src';
import { openDatabase } from '../../../libs/persistence/src';
import { DevServer, ensureTemporalCli, startDevServer } from '../../../libs/temporal/src';
import { startNodeChild } from './child-process';
import { freePort, portIsFree } from './free-port';
import { supervise, Supervision } from './supervisor';

const say = (line: string) => process.stdout.write(`[start] ${line}\n`);
const distRoot = path.resolve(__dirname, '../../..');

async function migrate(config: AppConfig): Promise<void> {
  // Migrations run here, once, before the API and the worker open the same database.
  const { dataSource, applied } = await openDatabase(config.database);
  await dataSource.destroy();
  say(applied.length ? `database migrated: ${applied.join(', ')}` : `database up to date (${config.database.kind})`);
}

async function temporalServer(config: AppConfig): Promise<{ address: string; uiUrl: string | null; server: DevServer | null }> {
  if (config.temporal.address) return { address: config.temporal.address, uiUrl: null, server: null };
  const port = config.temporal.devPort || (await freePort());
  const uiPort = config.temporal.devUiPort || (await freePort());
  for (const [variable, value] of [['TEMPORAL_DEV_PORT', port], ['TEMPORAL_DEV_UI_PORT', uiPort]] as const) {
    if (!(await portIsFree(value))) {
      throw new ConfigError([{ variable, reason: `port ${value} is taken (another Temporal server?); choose another, or 0 for any free port` }]);
    }
  }
  const cli = await ensureTemporalCli(config.temporal.cliPath, process.env, say);
  say(`starting the Temporal dev server (${cli ? `${cli.path}, from ${cli.source}` : 'SDK download'})`);
  const server = await startDevServer({
    cli,
    namespace: config.temporal.namespace,
    port,
    uiPort,
    dbFile: path.join(config.dataDir, 'temporal.sqlite'),
  });
  return { address: server.address, uiUrl: server.uiUrl, server };
}

async function waitFor<T>(what: string, attempt: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${what} did not come up in ${timeoutMs / 1000} s: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  await migrate(config);
  const temporal = await temporalServer(config);
  const apiPort = config.api.port || (await freePort(config.api.host));
  const childEnv = {
    ...process.env,
    TEMPORAL_ADDRESS: temporal.address,
    API_PORT: String(apiPort),
    DSE_LAUNCHER_PID: String(process.pid),
  };
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    await Promise.all(children.map((c) => c.stop()));
    await temporal.server?.stop();
    say('stopped');
    process.exit(code);
  };
  // Only Ctrl-C or SIGTERM stops everything; a child that dies is started again, and one
  // that keeps dying stops the launcher with its reason.
  const giveUp = (reason: string) => {
    console.error(`[start] ${reason}; stopping everything`);
    void stopAll(1);
  };
  const children: Supervision[] = [
    supervise('worker', () => startNodeChild('worker', path.join(distRoot, 'apps/worker/src/main.js'), childEnv), { say, onGiveUp: giveUp }),
    supervise('api', () => startNodeChild('api', path.join(distRoot, 'apps/api/src/main.js'), childEnv), { say, onGiveUp: giveUp }),
  ];
  // A terminal Ctrl-C reaches the children too; each stops itself, and we wait for them.
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    await announceWhenReady(config, apiPort, temporal);
  } catch (error) {
    console.error(`[start] ${(error as Error).message}`);
    await stopAll(1);
  }
}

async function announceWhenReady(config: AppConfig, apiPort: number, temporal: { address: string; uiUrl: string | null }): Promise<void> {
  const apiHost = config.api.host === '0.0.0.0' ? '127.0.0.1' : config.api.host;
  const apiUrl = `http://${apiHost}:${apiPort}`;
  await waitFor('the API', async () => {
    const response = await fetch(`${apiUrl}/health`);
    if (!response.ok) throw new Error(`/health answered ${response.status}: ${await response.text()}`);
  }, 60_000);
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection, namespace: config.temporal.namespace });
  const started = Date.now();
  const probe = await client.workflow.execute('probeWorkflow', {
    taskQueue: config.temporal.taskQueue,
    workflowId: probeWorkflowId(randomUUID()),
    workflowExecutionTimeout: '2 minutes',
  });
  await connection.close();

  say(`ready: a workflow ran on the worker in ${Date.now() - started} ms (${JSON.stringify(probe.registry)})`);
  console.log(
    [
      '',
      `  Console      ${apiUrl}/`,
      `  API          ${apiUrl}/api`,
      `  OpenAPI docs ${apiUrl}/api/docs`,
      `  Temporal UI  ${temporal.uiUrl ?? `(external server at ${temporal.address})`}`,
      `  Data folder  ${config.dataDir}`,
      '',
      '  Ctrl-C stops everything; starting again keeps every workflow and row.',
      '',
    ].join('\n'),
  );
}

main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? error.message : `[start] failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
