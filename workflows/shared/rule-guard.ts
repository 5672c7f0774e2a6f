import { ApplicationFailure } from '@temporalio/workflow';

/** A domain rule's refusal: a code the API maps to a status, and the request field at fault. */
type RuleError = Error & { code: string; field?: string };
export type RuleErrorClass = new (...args: never[]) => RuleError;

/** Refuses an update: a non-retryable failure typed by its code, which the API maps to a 4xx. */
export function refuse(code: string, message: string, field: string | null = null): never {
  throw ApplicationFailure.create({ type: code, message, details: [field], nonRetryable: true });
}

/**
 * Runs a domain check inside an update validator; a refusal of one of the feature's rule errors
 * becomes a refusal (refuse), and nothing is recorded. Any other error is a bug and stays one.
 */
export function guard<T>(ruleErrors: readonly RuleErrorClass[], check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (ruleErrors.some((ruleError) => error instanceof ruleError)) {
      const { code, message, field } = error as RuleError;
      refuse(code, message, field ?? null);
    }
    throw error;
  }
}
