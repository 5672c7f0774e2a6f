import { ConfigChecks, overlay } from './config-checks';

export interface MailRetryConfig {
  /** Delay after the first failed attempt. */
  initialDelayMs: number;
  /** Each further failure multiplies the delay by this. */
  multiplier: number;
  /** The delay never exceeds this, so a mail server down overnight is retried soon after it returns. */
  maxDelayMs: number;
  /** Attempts in all, the first included; after that the mail is marked failed for a person to look at. */
  maxAttempts: number;
}

export const DEFAULT_MAIL_RETRY_CONFIG: Readonly<MailRetryConfig> = Object.freeze({
  initialDelayMs: 60_000,
  multiplier: 2,
  maxDelayMs: 3_600_000,
  maxAttempts: 10,
});

export function resolveMailRetryConfig(partial: Partial<MailRetryConfig> = {}): MailRetryConfig {
  const config = overlay(DEFAULT_MAIL_RETRY_CONFIG, partial);
  const checks = new ConfigChecks('mailRetry');
  checks.integer('initialDelayMs', config.initialDelayMs, 1);
  checks.number('multiplier', config.multiplier, 1);
  checks.integer('maxDelayMs', config.maxDelayMs, 1);
  checks.integer('maxAttempts', config.maxAttempts, 1, 100);
  if (config.maxDelayMs < config.initialDelayMs) checks.fail('maxDelayMs must not be below initialDelayMs');
  checks.done();
  return config;
}

/**
 * The wait after failed attempt n (1 = the first send failed): initialDelayMs × multiplier^(n−1),
 * capped at maxDelayMs. No jitter: the outbox sends few mails, and a pure function keeps the
 * schedule reproducible in tests and workflow history.
 */
export function mailRetryDelayMs(failedAttempt: number, config: Partial<MailRetryConfig> = {}): number {
  const settings = resolveMailRetryConfig(config);
  if (!Number.isInteger(failedAttempt) || failedAttempt < 1) {
    throw new RangeError(`failedAttempt must be a positive integer, got ${String(failedAttempt)}`);
  }
  // For a large n the power overflows to Infinity, which the cap turns back into maxDelayMs.
  const delay = settings.initialDelayMs * settings.multiplier ** (failedAttempt - 1);
  return Math.min(Math.round(delay), settings.maxDelayMs);
}

export type MailRetryDecision = { retry: true; delayMs: number } | { retry: false };

/** Whether to try again after `failedAttempts` failures, and after how long. */
export function mailRetryDecision(failedAttempts: number, config: Partial<MailRetryConfig> = {}): MailRetryDecision {
  const settings = resolveMailRetryConfig(config);
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) {
    throw new RangeError(`failedAttempts must be a positive integer, got ${String(failedAttempts)}`);
  }
  if (failedAttempts >= settings.maxAttempts) return { retry: false };
  return { retry: true, delayMs: mailRetryDelayMs(failedAttempts, settings) };
}
