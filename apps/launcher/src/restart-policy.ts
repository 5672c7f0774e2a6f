/** When a child that died is started again, and when it has died too often to keep trying. */
export interface RestartPolicy {
  /** Deaths within `windowMs` at which the launcher gives up. */
  maxDeaths: number;
  windowMs: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const RESTART_POLICY: RestartPolicy = { maxDeaths: 5, windowMs: 60_000, firstDelayMs: 500, maxDelayMs: 10_000 };

export type RestartDecision = { giveUp: true; deaths: number } | { giveUp: false; delayMs: number; deaths: number };

/** `deaths` are the times (ms) the child died, the latest included. */
export function nextRestart(deaths: readonly number[], now: number, policy: RestartPolicy = RESTART_POLICY): RestartDecision {
  const recent = deaths.filter((t) => now - t < policy.windowMs).length;
  if (recent >= policy.maxDeaths) return { giveUp: true, deaths: recent };
  // Doubling per recent death: a crash loop backs off, a rare crash restarts almost at once.
  const delayMs = Math.min(policy.firstDelayMs * 2 ** Math.max(0, recent - 1), policy.maxDelayMs);
  return { giveUp: false, delayMs, deaths: recent };
}
