import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createWorker } from '../../apps/worker/src/create-worker';

export interface TestWorker {
  client: Client;
  taskQueue: string;
  worker: Worker;
  /** Runs the worker until stop(); the promise settles when it has drained. */
  running: Promise<void>;
  stop(): Promise<void>;
}

/** A real worker on the run's dev server, on a task queue of its own, with the run's one bundle. */
export async function startTestWorker(dataSource: DataSource): Promise<TestWorker> {
  quietRuntime();
  const address = process.env.TEST_TEMPORAL_ADDRESS!;
  const taskQueue = `test-${randomBytes(4).toString('hex')}`;
  const nativeConnection = await NativeConnection.connect({ address });
  const worker = await createWorker({
    connection: nativeConnection,
    namespace: 'default',
    taskQueue,
    dataSource,
    workflowBundle: { codePath: process.env.TEST_WORKFLOW_BUNDLE! },
  });
  const running = worker.run();
  const connection = await Connection.connect({ address });
  return {
    client: new Client({ connection, namespace: 'default' }),
    taskQueue,
    worker,
    running,
    async stop() {
      worker.shutdown();
      await running;
      await nativeConnection.close();
      await connection.close();
    },
  };
}

let runtimeInstalled = false;
/** Worker state changes at INFO drown the test output; warnings and errors still show. */
function quietRuntime(): void {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  try {
    Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });
  } catch {
    // Already installed in this process by an earlier test file: keep that one.
  }
}
