import { nextRestart, RestartPolicy } from './restart-policy';

const policy: RestartPolicy = { maxDeaths: 3, windowMs: 60_000, firstDelayMs: 500, maxDelayMs: 1500 };

describe('nextRestart', () => {
  it('restarts a first death after the first delay', () => {
    expect(nextRestart([1000], 1000, policy)).toEqual({ giveUp: false, delayMs: 500, deaths: 1 });
  });

  it('doubles the delay with each recent death, up to the cap', () => {
    expect(nextRestart([0, 1000], 1000, policy)).toEqual({ giveUp: false, delayMs: 1000, deaths: 2 });
    const capped = nextRestart([0, 1000], 1000, { ...policy, maxDeaths: 10, maxDelayMs: 700 });
    expect(capped).toEqual({ giveUp: false, delayMs: 700, deaths: 2 });
  });

  it('gives up when the child died maxDeaths times within the window', () => {
    expect(nextRestart([0, 10_000, 20_000], 20_000, policy)).toEqual({ giveUp: true, deaths: 3 });
  });

  it('forgets deaths older than the window', () => {
    expect(nextRestart([0, 10_000, 65_000], 65_000, policy)).toEqual({ giveUp: false, delayMs: 1000, deaths: 2 });
  });
});
