import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { randomBytes } from 'node:crypto';
import type { CalendarActivities } from '../../libs/contracts/src/calendar-activities';
import { calendarVersion } from '../../libs/domain/src/calendar/calendar-version';
import { BUNDLED_CALENDAR_YEARS } from '../../libs/domain/src/calendar/data';
import { bundleWorkflows, ensureTemporalTestServer } from '../../libs/temporal/src';

/**
 * The workflow tier's Temporal: the real time-skipping test server (Temporal's Java one, fetched
 * with Maven), so a timer days out fires as soon as the workflow waits on it. One per test file:
 * its clock is shared by everything on it.
 */
export async function startTimeSkipping(): Promise<TestWorkflowEnvironment> {
  // Errors only: the worker's state changes and the test server's missing capabilities are no news here.
  Runtime.install({ logger: new DefaultLogger('ERROR'), shutdownSignals: [] });
  const path = process.env.TEMPORAL_TEST_SERVER || (await ensureTemporalTestServer());
  return TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
}

let bundle: Promise<WorkflowBundleWithSourceMap> | null = null;

export interface WorkflowWorker {
  taskQueue: string;
  /** Shuts the worker down and waits for it to drain. */
  stop(): Promise<void>;
}

/**
 * Every case fetches its calendar before its first deadline: here the notices shipped with the
 * code, numbered as the migration seeds them, as a worker on a fresh database would answer.
 */
const shippedCalendar: CalendarActivities = {
  async calendarInForce() {
    return {
      label: calendarVersion(BUNDLED_CALENDAR_YEARS),
      versions: BUNDLED_CALENDAR_YEARS.map((y, i) => ({ version: i + 1, year: y.year, notice: y.notice })),
      years: [...BUNDLED_CALENDAR_YEARS],
    };
  },
};

/** A running worker with the engine's real workflow bundle and the given activities (and the shipped calendar), on a queue of its own. */
export async function startWorkflowWorker(env: TestWorkflowEnvironment, activities: object): Promise<WorkflowWorker> {
  bundle ??= bundleWorkflows({ logger: { trace() {}, debug() {}, info() {}, warn() {}, error: (m: string) => process.stderr.write(`${m}\n`), log() {} } });
  const taskQueue = `wf-${randomBytes(4).toString('hex')}`;
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: await bundle, activities: { ...shippedCalendar, ...activities } });
  const running = worker.run();
  return {
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
    },
  };
}

/** Skips the server's clock to a few minutes past `at`, while the worker runs whatever falls due. */
export async function skipTo(env: TestWorkflowEnvironment, at: number): Promise<void> {
  await env.sleep(at - (await env.currentTimeMs()) + 5 * 60_000);
}

/**
 * A timer fires at its instant, never before; the workflow's clock then reads a little later,
 * by the real time its workflow tasks took (seconds at most on a busy machine).
 */
export const firedAt = (occurredAt: string, at: number): boolean => Date.parse(occurredAt) >= at && Date.parse(occurredAt) < at + 60_000;
