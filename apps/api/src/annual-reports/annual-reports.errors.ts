import {
  PreviousReportMismatchError,
  ReportTextError,
  type NotAReportError,
  type ReportLabelError,
  type ReportLayoutError,
  type ReportTitleError,
  type ReportTruncatedError,
  type ReportValueError,
} from '../../../../libs/domain/src/annual-report';
import { fileLabel, ReportFileError, type ReportFileErrorCode } from '../../../../libs/report-io/src';
import { AppError } from '../common/app-error';

/** Every code a report upload can be refused with; each must be an ErrorCode (app-error.ts). */
type ReportErrorCode =
  | NotAReportError['code']
  | ReportTruncatedError['code']
  | ReportLabelError['code']
  | ReportValueError['code']
  | ReportLayoutError['code']
  | ReportTitleError['code']
  | PreviousReportMismatchError['code']
  | ReportFileErrorCode;

/**
 * A report that cannot be read or checked, as the one API error: the reader's or parser's own
 * code, and its Chinese message naming the file and the line at fault. Anything else is
 * rethrown as the fault it is.
 */
export function reportUploadError(error: unknown, field: 'file' | 'lastYear', fileName: string | undefined): never {
  if (error instanceof PreviousReportMismatchError) {
    throw new AppError(error.code, error.message, [{ field: 'lastYear', reason: error.message }]);
  }
  if (error instanceof ReportTextError) {
    const message = `${fileLabel(fileName)}${error.message}`;
    const issue = error.line !== null ? { field, reason: message, row: error.line } : { field, reason: message };
    throw new AppError(error.code as ReportErrorCode, message, [issue]);
  }
  if (error instanceof ReportFileError) {
    throw new AppError(error.code as ReportErrorCode, error.message, [{ field, reason: error.message }]);
  }
  throw error;
}
