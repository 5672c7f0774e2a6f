export { checkFindings, DEVIATION_KIND_NAMES, type CheckFinding, type CheckFindings } from './check-findings';
export { renderCheckHtml, type CheckPageOptions } from './check-html-writer';
export { checkReportFile, readLastYear, type LastYearReport, type ReportFileCheck, type ReportUpload } from './check-report-file';
export { readDocxText } from './docx-text-reader';
export { readHtmlText } from './html-text-reader';
export { readPdfText } from './pdf-text-reader';
export { readReportFile, type ReportFileText } from './read-report-file';
export { renderReportDocx } from './report-docx-writer';
export {
  EmptyReportFileError,
  fileLabel,
  NoTextLayerError,
  ReportFileError,
  UnreadableReportFileError,
  UnsupportedReportFileError,
  type ReportFileErrorCode,
} from './report-file-errors';
export { REPORT_FILE_FORMAT_NAMES, type ReportFileFormat } from './report-file-format';
export { renderReportHtml } from './report-html-writer';
export { reportBlocks, type LayoutCell, type LayoutTable, type ReportBlock } from './report-layout';
export { renderBatchHtml } from './batch-html-writer';
export { batchSummary, batchTotalsLine, type BatchEntry, type BatchSummary } from './batch-summary';
export { renderBatchXlsx } from './batch-xlsx-writer';
export { checkOutcome, passes, reportRefusal, type OutcomeError, type ReportOutcome } from './report-outcome';
