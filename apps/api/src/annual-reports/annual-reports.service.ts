import { Injectable } from '@nestjs/common';
import {
  checkReportFile,
  readLastYear,
  renderCheckHtml,
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

  page(result: ReportFileCheck): string {
    return renderCheckHtml(result, result.fileName ? { fileName: result.fileName } : {});
  }
}
