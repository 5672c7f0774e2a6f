import { AppError } from '../common/app-error';

/**
 * Fixed-window counter of login attempts per (address, email). In memory: each API process
 * counts its own, so N processes allow at most N times the limit; enough to stop guessing.
 */
export class LoginRateLimiter {
  private readonly windows = new Map<string, { startedAt: number; attempts: number }>();

  constructor(
    private readonly attempts: number,
    private readonly windowSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; throws RATE_LIMITED when the window is spent. */
  hit(address: string, email: string): void {
    const key = `${address}|${email.toLowerCase()}`;
    const now = this.now();
    const windowMs = this.windowSeconds * 1000;
    let entry = this.windows.get(key);
    if (!entry || now - entry.startedAt >= windowMs) {
      entry = { startedAt: now, attempts: 0 };
      this.windows.set(key, entry);
    }
    entry.attempts += 1;
    if (this.windows.size > 10_000) this.evictExpired(now, windowMs);
    if (entry.attempts > this.attempts) {
      const retryAfter = Math.ceil((entry.startedAt + windowMs - now) / 1000);
      throw new AppError('RATE_LIMITED', `登录尝试次数过多，请 ${retryAfter} 秒后再试`, [], retryAfter);
    }
  }

  private evictExpired(now: number, windowMs: number): void {
    for (const [key, entry] of this.windows) if (now - entry.startedAt >= windowMs) this.windows.delete(key);
  }
}
