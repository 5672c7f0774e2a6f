import { ApplicationFailure } from '@temporalio/workflow';

/** A domain rule's refusal: a code the API maps to a status, and the request field at fault. */
type RuleError = Error & { code: string; field?: string };
type RuleErrorClass = new (...args: never[]) => RuleError;

/**
 * Runs a domain check inside an update validator; a refusal becomes a non-retryable failure
 * typed by its code, which the API maps to a 4xx, and nothing is recorded.
 */
export function guard<T>(ruleError: RuleErrorClass, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ruleError) {
      throw ApplicationFailure.create({ type: error.code, message: error.message, details: [error.field ?? null], nonRetryable: true });
    }
    throw error;
  }
}
