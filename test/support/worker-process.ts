import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { TEST_TRAIL_KEY, type TestApi } from './test-api';

const WORKER_MAIN = path.resolve(__dirname, '../../dist/apps/worker/src/main.js');

/** The real worker process (the compiled apps/worker) on the test API's database, so it can be killed as a machine dies. */
export function startWorkerProcess(api: TestApi, taskQueue: string, smtpUrl: string): ChildProcess {
  const db = api.db.config;
  return spawn(process.execPath, [WORKER_MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATA_DIR: process.env.TEST_RUN_DIR ?? '/tmp',
      DATABASE_URL: db.kind === 'postgres' ? db.url : `sqlite:${db.path}`,
      TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS,
      TEMPORAL_TASK_QUEUE: taskQueue,
      TEMPORAL_WORKFLOW_BUNDLE: process.env.TEST_WORKFLOW_BUNDLE,
      SMTP_URL: smtpUrl,
      TRAIL_KEY: TEST_TRAIL_KEY,
      MAIL_POLL_INTERVAL: '1s',
      // A killed worker may die holding a message; the next one takes it over this soon.
      MAIL_LEASE: '3s',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** SIGKILL: no shutdown hook runs, as when the machine dies. */
export const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
