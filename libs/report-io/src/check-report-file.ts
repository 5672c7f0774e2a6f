import { checkReport, parseReportText, ReportTextError, type AnnualReportFigures, type ReportCheck } from '../../domain/src/annual-report';
import type { ReportFileFormat } from './report-file-format';
import { readReportFile, type ReportFileText } from './read-report-file';

export interface ReportUpload {
  content: Uint8Array;
  fileName?: string;
}

/** Last year's report, read once and compared with any number of this year's. */
export interface LastYearReport {
  fileName: string | null;
  format: ReportFileFormat;
  figures: AnnualReportFigures;
}

export interface ReportFileCheck extends ReportCheck {
  fileName: string | null;
  format: ReportFileFormat;
  /** The report the cross-year rules were checked against. */
  lastYear?: { fileName: string | null; format: ReportFileFormat; year: number };
}

/** Reads last year's report. Throws as readReportFile and parseReportText do. */
export async function readLastYear(upload: ReportUpload): Promise<LastYearReport> {
  const read = await readReportFile(upload.content, upload.fileName);
  return { fileName: upload.fileName ?? null, format: read.format, figures: onPages(read, () => parseReportText(read.text)).figures };
}

/**
 * Reads a published report file and checks it, against last year's when given. Throws a
 * ReportFileError for a file that cannot be read, a ReportTextError (naming the line) for
 * text that is not a readable report, and PreviousReportMismatchError for a wrong last year.
 */
export async function checkReportFile(report: ReportUpload, lastYear?: LastYearReport): Promise<ReportFileCheck> {
  const read = await readReportFile(report.content, report.fileName);
  const check = onPages(read, () => checkReport(read.text, lastYear?.figures));
  return {
    fileName: report.fileName ?? null,
    format: read.format,
    ...(lastYear ? { lastYear: { fileName: lastYear.fileName, format: lastYear.format, year: lastYear.figures.year } } : {}),
    ...check,
  };
}

/** Runs a reading of the file's text; an error at a line of a PDF names the page as well. */
function onPages<T>(read: ReportFileText, reading: () => T): T {
  try {
    return reading();
  } catch (error) {
    const page = error instanceof ReportTextError && error.line !== null ? read.pages?.[error.line - 1] : undefined;
    throw page !== undefined ? (error as ReportTextError).onPage(page) : error;
  }
}
