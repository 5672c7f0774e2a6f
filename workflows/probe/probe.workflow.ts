import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { RegistryActivities, RegistrySummary } from '../../libs/contracts/src/registry-activities';

const { summarizeRegistry } = proxyActivities<RegistryActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 3 },
});

export interface ProbeResult {
  registry: RegistrySummary;
  taskQueue: string;
}

/**
 * Proves the whole chain end to end: the server schedules, a worker runs the workflow,
 * an activity reads the database. `npm start` runs it once to say the system is up.
 */
export async function probeWorkflow(): Promise<ProbeResult> {
  const registry = await summarizeRegistry();
  return { registry, taskQueue: workflowInfo().taskQueue };
}
