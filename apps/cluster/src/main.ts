import 'reflect-metadata';
import * as path from 'node:path';
import { startTopology, type Topology } from './topology';

const say = (line: string) => process.stdout.write(`[cluster] ${line}\n`);
const count = (variable: string, fallback: number) => {
  const value = Number(process.env[variable] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 16) {
    console.error(`${variable}=${process.env[variable]}: a whole number from 1 to 16`);
    process.exit(1);
  }
  return value;
};

/** `npm run cluster`: the production-like topology on this machine, until Ctrl-C. */
async function main(): Promise<void> {
  const dir = path.resolve(process.env.CLUSTER_DIR ?? path.join(process.env.DATA_DIR ?? './data', 'cluster'));
  let topology: Topology | null = null;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say('stopping…');
    await topology?.stop();
    say('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  topology = await startTopology({ dir, apis: count('CLUSTER_APIS', 2), workers: count('CLUSTER_WORKERS', 2), logToFiles: false, log: say });
  console.log(
    [
      '',
      ...topology.apiUrls.map((url, i) => `  Console/API ${i + 1} ${url}/  ${url}/api  ${url}/api/docs`),
      `  Workers       ${topology.workers.length} processes`,
      `  Temporal      ${topology.temporal.address} (server log ${topology.temporal.logFile})`,
      `  PostgreSQL    ${topology.databaseUrl.replace(/:[^:@/]+@/, ':…@')}`,
      `  SMTP sink     ${topology.sink.url}`,
      `  Admin         ${topology.admin.email} / ${topology.admin.password}`,
      `  Cluster data  ${dir}`,
      '',
      '  Ctrl-C stops everything; starting again keeps every workflow and row.',
      '',
    ].join('\n'),
  );
}

main().catch((error: Error) => {
  console.error(`[cluster] failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
