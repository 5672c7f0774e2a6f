// The worker alone, in a process of its own, for the supervision benchmark's memory measure: the
// parent starts the workflows and takes the steps; this process holds them. Its resident memory
// is then the worker's, not that of the client, the rows or the benchmarks before it.
import 'reflect-metadata';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createActivities } from '../libs/activities/src';
import { openDatabase } from '../libs/persistence/src';
import { bundleWorkflows } from '../libs/temporal/src';

export type WorkerProcessMessage = { kind: 'ready' } | { kind: 'memory'; rssMb: number; heapUsedMb: number };

const [dbPath, address, taskQueue, cached] = process.argv.slice(2);
const mb = (bytes: number) => Math.round(bytes / 1048576);

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const { dataSource } = await openDatabase({ kind: 'sqlite', path: dbPath });
  const { code } = await bundleWorkflows({ logger: { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} } });
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    taskQueue,
    activities: createActivities({ dataSource, trailKey: 'bench-trail-key-bench-trail-key-0123' }),
    workflowBundle: { code },
    maxCachedWorkflows: Number(cached),
  });
  const running = worker.run();
  process.on('message', (message: 'memory' | 'stop') => {
    if (message === 'memory') {
      const usage = process.memoryUsage();
      process.send!({ kind: 'memory', rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed) } satisfies WorkerProcessMessage);
    } else {
      worker.shutdown();
    }
  });
  process.send!({ kind: 'ready' } satisfies WorkerProcessMessage);
  await running;
  await connection.close();
  await dataSource.destroy();
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
