import { AppError } from '../common/app-error';
import { LoginRateLimiter } from './login-rate-limiter';

describe('LoginRateLimiter', () => {
  it('allows the configured attempts, then refuses with the seconds to wait, then opens a new window', () => {
    let now = 0;
    const limiter = new LoginRateLimiter(3, 60, () => now);
    for (let i = 0; i < 3; i++) limiter.hit('10.0.0.1', 'a@x.cn');
    now = 20_000;
    let error: AppError | undefined;
    try {
      limiter.hit('10.0.0.1', 'A@x.cn');
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.code).toBe('RATE_LIMITED');
    expect(error?.retryAfterSeconds).toBe(40);
    expect(() => limiter.hit('10.0.0.2', 'a@x.cn')).not.toThrow();
    now = 60_000;
    expect(() => limiter.hit('10.0.0.1', 'a@x.cn')).not.toThrow();
  });
});
