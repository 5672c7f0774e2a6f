import { RequestRuleError } from '../../libs/domain/src/requests/request-rules';

/** The rule's refusal of `fn`, for a spec to read its code and field; a pass or any other error fails the spec. */
export function refusal(fn: () => unknown): RequestRuleError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RequestRuleError) return error;
    throw error;
  }
  throw new Error('not refused');
}
