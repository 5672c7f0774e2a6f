import { recordHistories } from './history-recorder';
import { startSmtpSink } from './smtp-sink';
import { startTestApi, type TestApi } from './test-api';
import { newTaskQueue, startTestWorker, type TestWorker } from './test-worker';

export interface TestStack {
  api: TestApi;
  worker: TestWorker;
  sink: Awaited<ReturnType<typeof startSmtpSink>>;
  stop(): Promise<void>;
}

/**
 * The real API with `env` as its settings, a real worker on the run's Temporal server on a task
 * queue of its own, and SMTP on loopback; `populate` builds a test's world on them. A world
 * that fails half-built is stopped: a worker left polling would keep jest from exiting.
 */
export async function withTestStack<T>(env: Record<string, string>, populate: (stack: TestStack) => Promise<T>): Promise<T> {
  const sink = await startSmtpSink();
  const taskQueue = newTaskQueue();
  let api: TestApi | undefined;
  let worker: TestWorker | undefined;
  const stop = async () => {
    const recordDir = process.env.HISTORY_RECORD_DIR;
    if (recordDir && worker) await recordHistories(worker.client, taskQueue, recordDir);
    try {
      await worker?.stop();
    } finally {
      try {
        await api?.close();
      } finally {
        await sink.stop();
      }
    }
  };
  try {
    api = await startTestApi({ TEMPORAL_TASK_QUEUE: taskQueue, ...env });
    worker = await startTestWorker(api.db.dataSource, { taskQueue, smtpUrl: sink.url });
    return await populate({ api, worker, sink, stop });
  } catch (error) {
    await stop();
    throw error;
  }
}
