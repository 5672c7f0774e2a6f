import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const bareStepUpdate = defineUpdate<number, [string]>('bareStep');

/** The baseline: a workflow that takes the same number of updates as a sign-off and does nothing else. */
export async function bareUpdatesWorkflow(updates: number): Promise<number> {
  let received = 0;
  setHandler(bareStepUpdate, () => ++received);
  await condition(() => received >= updates);
  return received;
}
