export type { CellRef } from './cell-ref';
export { describeCell } from './cell-ref';
export { DEVIATION_SEVERITY, type Deviation, type DeviationFound, type DeviationKind } from './deviation';
export {
  NotAReportError,
  PreviousReportMismatchError,
  ReportLabelError,
  ReportLayoutError,
  ReportTextError,
  ReportTitleError,
  ReportTruncatedError,
  ReportValueError,
} from './errors';
export {
  checkNarrative,
  narrativeCounts,
  narrativeText,
  type NarrativeCount,
  type NarrativeTarget,
} from './narrative-counts';
export { checkNarrativeYears } from './narrative-year-check';
export {
  PROACTIVE_ITEM_LABEL,
  PROACTIVE_TABLES,
  proactiveCell,
  type DecisionCount,
  type DocumentCounts,
  type FeeAmount,
  type ProactiveFigures,
  type ProactiveRowCode,
} from './proactive-format';
export { checkReconciliation } from './reconciliation-check';
export type { Cell } from './report-cell';
export { checkReport, distinctFindings, type ReportCheck } from './report-check';
export { uniformFigures, type AnnualReportFigures, type ReportNarrative } from './report-figures';
export { REPORT_SECTIONS, REPORT_TITLE_SUFFIX, sectionHeading, type ReportSectionNumber } from './report-sections';
export { parseReportText, type ParseReportOptions, type ParsedReport } from './report-text-parser';
export { renderReportText } from './report-text-renderer';
export {
  APPLICANT_COLUMN_CODES,
  APPLICANT_GROUP_LABEL,
  ORGANISATION_GROUP_LABEL,
  OUTCOME_CODES,
  OUTCOME_GROUPS,
  REQUEST_COLUMN_CODES,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  REQUEST_TABLE_NOTE,
  RESULTS_GROUP,
  isOutcomeCode,
  requestRowTitle,
  type ApplicantColumnCode,
  type OutcomeCode,
  type OutcomeGroupCode,
  type RequestColumnCode,
  type RequestMatrix,
  type RequestRowCode,
  type RequestRowFigures,
  type RequestRowSpec,
} from './request-format';
export {
  LITIGATION_GROUP_LABEL,
  REVIEW_GROUP_LABEL,
  REVIEW_LITIGATION_COLUMNS,
  REVIEW_LITIGATION_ROWS,
  type ReviewLitigationColumnCode,
  type ReviewLitigationFigures,
  type ReviewLitigationRowCode,
} from './review-litigation-format';
export type { Severity } from './severity';
export { REPORT_RULES, RULE_SEVERITY, type ReportRule, type Violation } from './violation';
