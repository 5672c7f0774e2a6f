export interface FieldIssue {
  /** A field path (`contactEmails[1]`) or, for imports, `row 7: email`. */
  field: string;
  reason: string;
  row?: number;
}

import { CALENDAR_HOLD_CODES } from '../../../../libs/domain/src/calendar/calendar-hold';
import { REQUEST_RULE_CODES } from '../../../../libs/domain/src/requests/request-rules';
import { SIGNOFF_RULE_CODES } from '../../../../libs/domain/src/signoff/signoff-errors';
import { SUPERVISION_RULE_CODES } from '../../../../libs/domain/src/supervision/supervision-rule-codes';

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNIT_SCOPE',
  'AUDITOR_READ_ONLY',
  'SIGNER_NOT_ELIGIBLE',
  'PASSWORD_CHANGE_REQUIRED',
  'CSRF_TOKEN_INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'IMPORT_REJECTED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ARCHIVE_TOO_LARGE',
  'RATE_LIMITED',
  'TEMPORAL_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  ...SIGNOFF_RULE_CODES,
  ...REQUEST_RULE_CODES,
  'NOT_REPEALABLE',
  'REPEAL_DATE',
  // Annual report checking: the file, then the parser's own codes (libs/report-io, libs/domain/src/annual-report).
  'REPORT_FILE_EMPTY',
  'REPORT_FILE_UNSUPPORTED',
  'REPORT_FILE_UNREADABLE',
  'PDF_NO_TEXT_LAYER',
  'NOT_A_REPORT',
  'REPORT_TRUNCATED',
  'REPORT_LABEL_INVALID',
  'REPORT_VALUE_INVALID',
  'REPORT_LAYOUT_INVALID',
  'REPORT_TITLE_INVALID',
  'PREVIOUS_REPORT_MISMATCH',
  // The supervision cycle: the task workflow's refusals, then phone dispatch.
  ...SUPERVISION_RULE_CODES,
  'CALL_CLOSED',
  // The annual report generated from the records: the reconciliation gate, then the publication lock.
  'REPORT_NOT_RECONCILED',
  'REPORT_NOT_PUBLISHED',
  'YEAR_LOCKED',
  // The quarterly circular: a quarter still running has no final figures.
  'QUARTER_NOT_ENDED',
  // The working-day calendar: a year file at fault, a version already published, a year whose previous one is not in force, a file not JSON.
  'CALENDAR_DATA_INVALID',
  'CALENDAR_VERSION_PUBLISHED',
  ...CALENDAR_HOLD_CODES,
  'CALENDAR_YEAR_GAP',
  'CALENDAR_FILE_NOT_JSON',
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

/** `what` names the record in Chinese, as people call it: 没有 id 为 … 的单位. */
export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `没有 id 为 ${id} 的${what}`);
export const invalid = (field: string, reason: string) =>
  new AppError('VALIDATION_FAILED', `${field}：${reason}`, [{ field, reason }]);
