import { condition, defineUpdate, proxyLocalActivities, setHandler } from '@temporalio/workflow';

export const bareStepUpdate = defineUpdate<number, [string]>('bareStep');

/** The baseline: a workflow that takes the same number of updates as a sign-off and does nothing else. */
export async function bareUpdatesWorkflow(updates: number): Promise<number> {
  let received = 0;
  setHandler(bareStepUpdate, () => ++received);
  await condition(() => received >= updates);
  return received;
}

/** What the bench's worker runs for the second baseline: nothing. */
export interface EmptyStepActivities {
  emptyStep(step: string): Promise<void>;
}

const { emptyStep } = proxyLocalActivities<EmptyStepActivities>({ startToCloseTimeout: '1 minute' });

/**
 * The second baseline: the same updates, each answered once a local activity that does nothing
 * has run, as a sign-off answers a step once its write has run. Against the first, it is what
 * recording a step through a local activity costs before the step writes anything.
 */
export async function emptyStepUpdatesWorkflow(updates: number): Promise<number> {
  let received = 0;
  setHandler(bareStepUpdate, async (step) => {
    await emptyStep(step);
    return ++received;
  });
  await condition(() => received >= updates);
  return received;
}
