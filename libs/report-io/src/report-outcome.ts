import { PreviousReportMismatchError, ReportTextError } from '../../domain/src/annual-report';
import { checkReportFile, type LastYearReport, type ReportFileCheck, type ReportUpload } from './check-report-file';
import { ReportFileError } from './report-file-errors';

export interface OutcomeError {
  code: string;
  message: string;
  /** The line of the report text at fault, when the parser names one. */
  line: number | null;
}

/** One file of a run: its check, or why it could not be checked. */
export type ReportOutcome = ReportFileCheck | { fileName: string; error: OutcomeError };

/** Why a report file was refused, or null for an error that is not about the file. */
export function reportRefusal(error: unknown): OutcomeError | null {
  if (error instanceof ReportTextError) return { code: error.code, message: error.message, line: error.line };
  if (error instanceof ReportFileError || error instanceof PreviousReportMismatchError) {
    return { code: error.code, message: error.message, line: null };
  }
  return null;
}

/** Checks one file of a batch; a file that cannot be read is an outcome too, so the batch goes on. */
export async function checkOutcome(upload: ReportUpload, lastYear?: LastYearReport): Promise<ReportOutcome> {
  try {
    return await checkReportFile(upload, lastYear);
  } catch (error) {
    const refused = reportRefusal(error);
    if (!refused) throw error;
    return { fileName: upload.fileName ?? '', error: refused };
  }
}

/** A report passes with no error; with `strict`, with no warning either. */
export function passes(outcome: ReportOutcome, strict: boolean): boolean {
  return !('error' in outcome) && outcome.ok && (!strict || outcome.warnings === 0);
}
