import { NativeConnection, Runtime, Worker, WorkerOptions } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { createActivities } from '../../../libs/activities/src';
import { DEFAULT_CACHED_WORKFLOWS } from '../../../libs/config/src/app-config';
import { bundleWorkflows } from '../../../libs/temporal/src/workflow-bundle';

export interface WorkerDependencies {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  dataSource: DataSource;
  trailKey: string;
  /** Told when a step queued mail (the outbox dispatcher then sends it at once). */
  onMailQueued?: () => void;
  /** A prebuilt bundle (tests build it once per run, with bundleWorkflows); otherwise the worker bundles at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** WORKER_CACHED_WORKFLOWS; the default when not given. */
  maxCachedWorkflows?: number;
}

export async function createWorker(deps: WorkerDependencies): Promise<Worker> {
  return Worker.create({
    connection: deps.connection,
    namespace: deps.namespace,
    taskQueue: deps.taskQueue,
    activities: createActivities({ dataSource: deps.dataSource, trailKey: deps.trailKey, onMailQueued: deps.onMailQueued }),
    workflowBundle: deps.workflowBundle ?? (await bundleWorkflows({ logger: Runtime.instance().logger })),
    maxCachedWorkflows: deps.maxCachedWorkflows ?? DEFAULT_CACHED_WORKFLOWS,
  });
}
