/**
 * Why a sign-off step is refused. The workflow raises these as non-retryable failures with
 * the code as the type; the API maps each code to one HTTP status.
 */
export const SIGNOFF_RULE_CODES = [
  'ATTRIBUTE_REQUIRED',
  'BASIS_REQUIRED',
  'BASIS_NOT_ALLOWED',
  'COMMENT_REQUIRED',
  'REASON_REQUIRED',
  'SAME_ATTRIBUTE',
  'NOT_THE_DRAFTER',
  'NOT_THE_SIGNER',
  'NOT_YOUR_TURN',
  'SEPARATION_OF_DUTIES',
  'WRONG_STATE',
  'DOCUMENT_FINISHED',
  'REVISION_UNCHANGED',
  'UNKNOWN_LEVEL',
  'LEVEL_ALREADY_SIGNED',
  'PUBLICATION_DATE',
  'NOT_ALLOWED',
] as const;
export type SignOffRuleCode = (typeof SIGNOFF_RULE_CODES)[number];

export class SignOffRuleError extends Error {
  constructor(
    readonly code: SignOffRuleCode,
    message: string,
    /** The request field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'SignOffRuleError';
  }
}
