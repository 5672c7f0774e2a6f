import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, makeTelemetryFilterString } from '@temporalio/worker';
import { ConfigError, loadConfig, resolveTrailKey } from '../../../libs/config/src';
import { createLogger, resolveLogFormat } from '../../../libs/logging/src';
import { createMailSender, OutboxDispatcher } from '../../../libs/mail/src';
import { createDataSource } from '../../../libs/persistence/src';
import { exitWithLauncher } from '../../../libs/process/src';
import { createWorker } from './create-worker';
import { ensureDailyUrgingSchedule } from './daily-urging-schedule';
import { ensureQuarterlyCircularSchedule } from './quarterly-circular-schedule';
import { startTrailAnchoring } from './trail-anchoring';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger('worker', config.logLevel, resolveLogFormat(config.logFormat, config.env === 'production'));
  Runtime.install({
    logger: {
      log: (level, message, meta) => log[level === 'WARN' ? 'warn' : level === 'ERROR' ? 'error' : 'debug']({ ...meta }, message),
      trace: () => {},
      debug: () => {},
      info: (message, meta) => log.info({ ...meta }, message),
      warn: (message, meta) => log.warn({ ...meta }, message),
      error: (message, meta) => log.error({ ...meta }, message),
    },
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'WARN' }) } },
  });
  const address = config.temporal.address;
  if (!address) throw new ConfigError([{ variable: 'TEMPORAL_ADDRESS', reason: 'the worker needs a Temporal server address' }]);

  // The API (or the launcher, or the migrate job) migrates; two processes migrating one database race.
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  const connection = await NativeConnection.connect({ address });
  const sender = createMailSender(config.mail);
  const outbox = new OutboxDispatcher(dataSource, sender, {
    pollMs: config.mail.pollMs,
    leaseMs: config.mail.leaseMs,
    maxAttempts: config.mail.maxAttempts,
    onError: (error) => log.warn({ err: error }, 'mail outbox pass failed; retrying at the next poll'),
  });
  const worker = await createWorker({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    dataSource,
    trailKey: resolveTrailKey(config),
    onMailQueued: () => outbox.nudge(),
    maxCachedWorkflows: config.temporal.maxCachedWorkflows,
    ...(config.temporal.workflowBundle && { workflowBundle: { codePath: config.temporal.workflowBundle } }),
  });
  const scheduling = await Connection.connect({ address });
  const scheduler = new Client({ connection: scheduling, namespace: config.temporal.namespace });
  const schedule = await ensureDailyUrgingSchedule(scheduler, config.temporal.taskQueue);
  const circularSchedule = await ensureQuarterlyCircularSchedule(scheduler, config.temporal.taskQueue, {
    lastPlaceCount: config.supervision.lastPlaceCount,
    rectificationPlanWorkingDays: config.supervision.rectificationPlanWorkingDays,
    timing: config.supervision.timing,
  });
  await scheduling.close();
  log.info({ schedule }, 'daily urging schedule in place (09:00 Asia/Shanghai)');
  log.info({ schedule: circularSchedule }, 'quarterly circular schedule in place (09:00 Asia/Shanghai on each quarter\'s first day)');
  outbox.start();
  const anchoring = startTrailAnchoring(dataSource, {
    intervalMs: config.trail.anchorIntervalMs,
    onMailQueued: () => outbox.nudge(),
    onAnchored: (days) => log.info({ days }, 'trail heads anchored and mailed to the auditors'),
    onError: (error) => log.warn({ err: error }, 'trail anchoring failed; retrying at the next interval'),
  });
  log.info({ address, namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue }, 'worker polling');
  exitWithLauncher(() => worker.shutdown());
  // Runtime.install shuts the worker down on SIGINT/SIGTERM; run() resolves once it has drained.
  await worker.run();
  await anchoring.stop();
  await outbox.stop();
  sender.close();
  await connection.close();
  await dataSource.destroy();
  log.info('worker stopped');
}

main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
