import { PreviousReportMismatchError, ReportTextError } from '../../../libs/domain/src/annual-report';
import { ReportFileError, type ReportFileCheck } from '../../../libs/report-io/src';

export interface OutcomeError {
  code: string;
  message: string;
  /** The line of the report text at fault, when the parser names one. */
  line: number | null;
}

/** One file of a run: its check, or why it could not be checked. */
export type ReportOutcome = ReportFileCheck | { fileName: string; error: OutcomeError };

/** The error a report file can be refused with; anything else is a fault of this program. */
export function outcomeError(error: unknown): OutcomeError | null {
  if (error instanceof ReportTextError) return { code: error.code, message: error.message, line: error.line };
  if (error instanceof ReportFileError || error instanceof PreviousReportMismatchError) {
    return { code: error.code, message: error.message, line: null };
  }
  const fsError = error as NodeJS.ErrnoException;
  if (fsError?.code === 'ENOENT') return { code: 'FILE_NOT_FOUND', message: `找不到文件“${fsError.path}”`, line: null };
  if (fsError?.code === 'EISDIR') return { code: 'FILE_UNREADABLE', message: `“${fsError.path}”是文件夹，不是文件`, line: null };
  if (fsError?.code === 'EACCES') return { code: 'FILE_UNREADABLE', message: `没有权限读取“${fsError.path}”`, line: null };
  return null;
}

/** A report passes with no error; with `strict`, with no warning either. */
export function passes(outcome: ReportOutcome, strict: boolean): boolean {
  return !('error' in outcome) && outcome.ok && (!strict || outcome.warnings === 0);
}

/** 0 when every report passes, 1 when one has an error (with `strict`, a warning), 2 when one could not be read. */
export function exitCode(outcomes: readonly ReportOutcome[], strict = false): 0 | 1 | 2 {
  if (outcomes.some((o) => 'error' in o)) return 2;
  return outcomes.every((o) => passes(o, strict)) ? 0 : 1;
}
