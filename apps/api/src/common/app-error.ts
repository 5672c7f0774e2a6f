export interface FieldIssue {
  /** A field path (`contactEmails[1]`) or, for imports, `row 7: email`. */
  field: string;
  reason: string;
  row?: number;
}

import { SIGNOFF_RULE_CODES } from '../../../../libs/domain/src/signoff/signoff-errors';

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNIT_SCOPE',
  'PASSWORD_CHANGE_REQUIRED',
  'NOT_FOUND',
  'CONFLICT',
  'IMPORT_REJECTED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'TEMPORAL_UNAVAILABLE',
  ...SIGNOFF_RULE_CODES,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error services throw; the filter maps its code to HTTP, so services know nothing of HTTP. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: FieldIssue[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `no ${what} with id ${id}`);
export const invalid = (field: string, reason: string) =>
  new AppError('VALIDATION_FAILED', `${field}: ${reason}`, [{ field, reason }]);
