import type { ProactiveFigures } from './proactive-format';
import type { Cell } from './report-cell';
import {
  REQUEST_COLUMN_CODES,
  REQUEST_ROWS,
  type OutcomeGroupCode,
  type RequestMatrix,
  type RequestRowFigures,
} from './request-format';
import {
  REVIEW_LITIGATION_COLUMNS,
  REVIEW_LITIGATION_ROWS,
  type ReviewLitigationFigures,
} from './review-litigation-format';

/** The free text of sections 一, 五 and 六, and any preface before 一. Trimmed. */
export interface ReportNarrative {
  preamble?: string;
  overview?: string;
  problems?: string;
  otherMatters?: string;
}

/**
 * Everything the annual report states, in plain JSON. A report is generated from this and
 * a published report is read back into it.
 */
export interface AnnualReportFigures {
  year: number;
  /** The reporting body as the title names it, e.g. 姜营. */
  bodyName: string;
  proactive: ProactiveFigures;
  requests: RequestMatrix;
  /**
   * Groups printed as one row without their numbered sub-items (reports still on the 2019
   * layout print （六）其他处理 so). The group's sub-item rows in `requests` are then null
   * and not reported as blank.
   */
  requestGroupTotals?: Partial<Record<OutcomeGroupCode, RequestRowFigures>>;
  reviewLitigation: ReviewLitigationFigures;
  narrative?: ReportNarrative;
}

/** A report with every cell set to `value`: 0 for an office with nothing to report, null for a form to fill. */
export function uniformFigures(year: number, bodyName: string, value: Cell = 0): AnnualReportFigures {
  const requestRow = (): RequestRowFigures =>
    Object.fromEntries(REQUEST_COLUMN_CODES.map((c) => [c, value])) as RequestRowFigures;
  const reviewRow = () =>
    Object.fromEntries(REVIEW_LITIGATION_COLUMNS.map((c) => [c.code, value])) as ReviewLitigationFigures['review'];
  return {
    year,
    bodyName,
    proactive: {
      regulations: { issued: value, repealed: value, in_force: value },
      normative_documents: { issued: value, repealed: value, in_force: value },
      licensing: { decisions: value },
      penalty: { decisions: value },
      enforcement: { decisions: value },
      administrative_fees: { amount: value },
    },
    requests: Object.fromEntries(REQUEST_ROWS.map((r) => [r.code, requestRow()])) as RequestMatrix,
    reviewLitigation: Object.fromEntries(
      REVIEW_LITIGATION_ROWS.map((r) => [r.code, reviewRow()]),
    ) as ReviewLitigationFigures,
  };
}
