import { Injectable } from '@nestjs/common';
import {
  batchSummary,
  checkOutcome,
  checkReportFile,
  readLastYear,
  renderCheckHtml,
  type BatchSummary,
  type ReportFileCheck,
  type ReportUpload,
} from '../../../../libs/report-io/src';
import { reportUploadError } from './annual-reports.errors';

/** Checks published annual reports; stores nothing. */
@Injectable()
export class AnnualReportsService {
  async check(report: ReportUpload, lastYear?: ReportUpload): Promise<ReportFileCheck> {
    const previous = lastYear
      ? await readLastYear(lastYear).catch((error: unknown) => reportUploadError(error, 'lastYear', lastYear.fileName))
      : undefined;
    return checkReportFile(report, previous).catch((error: unknown) => reportUploadError(error, 'file', report.fileName));
  }

  /** Every file checked, one after another; a file that cannot be read is listed with why. */
  async checkBatch(files: readonly ReportUpload[], lastYear?: ReportUpload): Promise<BatchSummary> {
    const previous = lastYear
      ? await readLastYear(lastYear).catch((error: unknown) => reportUploadError(error, 'lastYear', lastYear.fileName))
      : undefined;
    const outcomes = [];
    for (const file of files) outcomes.push(await checkOutcome(file, previous));
    return batchSummary(outcomes);
  }

  page(result: ReportFileCheck): string {
    return renderCheckHtml(result, result.fileName ? { fileName: result.fileName } : {});
  }
}
