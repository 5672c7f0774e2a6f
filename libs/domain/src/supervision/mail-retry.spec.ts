import { SupervisionConfigError } from './errors';
import { mailRetryDecision, mailRetryDelayMs, resolveMailRetryConfig } from './mail-retry';

describe('mail retry backoff', () => {
  it('doubles from one minute and stops growing at one hour', () => {
    // 60 s · 2^(n-1): 60, 120, 240, 480, 960, 1920 s; the 7th would be 3840 s, capped at 3600 s.
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => mailRetryDelayMs(n))).toEqual([
      60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });

  it('stays at the cap for a very large attempt number instead of overflowing', () => {
    expect(mailRetryDelayMs(5000)).toBe(3_600_000);
  });

  it('follows a configured schedule', () => {
    const config = { initialDelayMs: 1000, multiplier: 3, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4].map((n) => mailRetryDelayMs(n, config))).toEqual([1000, 3000, 9000, 10_000]);
  });

  it('gives up after the configured number of attempts', () => {
    expect(mailRetryDecision(1)).toEqual({ retry: true, delayMs: 60_000 });
    expect(mailRetryDecision(9)).toEqual({ retry: true, delayMs: 3_600_000 });
    expect(mailRetryDecision(10)).toEqual({ retry: false });
    expect(mailRetryDecision(2, { maxAttempts: 2 })).toEqual({ retry: false });
  });

  it('refuses an attempt number below 1 and a cap below the first delay', () => {
    expect(() => mailRetryDelayMs(0)).toThrow(RangeError);
    expect(() => mailRetryDecision(1.5)).toThrow(RangeError);
    expect(() => resolveMailRetryConfig({ initialDelayMs: 5000, maxDelayMs: 1000 })).toThrow(SupervisionConfigError);
    expect(() => resolveMailRetryConfig({ multiplier: 0.5 })).toThrow(/multiplier/);
  });
});
