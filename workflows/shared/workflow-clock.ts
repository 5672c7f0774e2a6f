/**
 * The workflow's clock, in epoch milliseconds. Inside Temporal's workflow sandbox `Date` is the
 * time of the current activation, recorded in history, so a replay reads the same value. This is
 * the one place workflow code reads it; the lint rule against `Date.now()` holds everywhere else.
 */
export function workflowNow(): number {
  // eslint-disable-next-line no-restricted-properties -- the sandbox's Date is Temporal's deterministic clock
  return Date.now();
}
