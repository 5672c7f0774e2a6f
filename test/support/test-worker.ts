import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createWorker } from '../../apps/worker/src/create-worker';
import { createMailSender, OutboxDispatcher } from '../../libs/mail/src';
import { TEST_TRAIL_KEY } from './test-api';

export interface TestWorker {
  client: Client;
  taskQueue: string;
  worker: Worker;
  /** Running when the worker was given an SMTP server. */
  outbox: OutboxDispatcher | null;
  /** Runs the worker until stop(); the promise settles when it has drained. */
  running: Promise<void>;
  stop(): Promise<void>;
}

export interface TestWorkerOptions {
  taskQueue?: string;
  /** Mail goes through the real outbox to this SMTP server. */
  smtpUrl?: string;
}

export const newTaskQueue = () => `test-${randomBytes(4).toString('hex')}`;

/** A real worker on the run's dev server, on a task queue of its own, with the run's one bundle. */
export async function startTestWorker(dataSource: DataSource, options: TestWorkerOptions = {}): Promise<TestWorker> {
  quietRuntime();
  const address = process.env.TEST_TEMPORAL_ADDRESS!;
  const taskQueue = options.taskQueue ?? newTaskQueue();
  const sender = options.smtpUrl ? createMailSender({ smtpUrl: options.smtpUrl, from: '政务公开办 <gkb@test.gov.cn>', outboxDir: '/nonexistent' }) : null;
  const outbox = sender ? new OutboxDispatcher(dataSource, sender, { pollMs: 250, backoffMs: () => 500 }) : null;
  const nativeConnection = await NativeConnection.connect({ address });
  const worker = await createWorker({
    connection: nativeConnection,
    namespace: 'default',
    taskQueue,
    dataSource,
    trailKey: TEST_TRAIL_KEY,
    onMailQueued: () => outbox?.nudge(),
    workflowBundle: { codePath: process.env.TEST_WORKFLOW_BUNDLE! },
  });
  const running = worker.run();
  outbox?.start();
  const connection = await Connection.connect({ address });
  return {
    client: new Client({ connection, namespace: 'default' }),
    taskQueue,
    worker,
    outbox,
    running,
    async stop() {
      worker.shutdown();
      await running;
      await outbox?.stop();
      sender?.close();
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
