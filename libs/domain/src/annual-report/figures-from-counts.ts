import { CASE_KINDS, CASE_RESULT_CODES, type CaseKind, type CaseResult } from './review-litigation-case';
import type { ProactiveFigures } from './proactive-format';
import { uniformFigures, type AnnualReportFigures } from './report-figures';
import {
  APPLICANT_COLUMN_CODES,
  isOutcomeCode,
  REQUEST_ROWS,
  type ApplicantColumnCode,
  type RequestRowCode,
} from './request-format';
import { REVIEW_LITIGATION_ROWS } from './review-litigation-format';

/** One requester type's counts of the rows that are not results: 一, 二 and 四 of section 三. */
export interface RequesterCounts {
  requesterType: string;
  received: number;
  carriedIn: number;
  carriedOut: number;
}

/** Requests answered in the year, by requester type and outcome (a leaf row of 三). */
export interface OutcomeCount {
  requesterType: string;
  outcome: string;
  count: number;
}

/** Review and litigation cases of the year, by kind (row of 四) and result (column). */
export interface CaseCount {
  kind: string;
  result: string;
  count: number;
}

export interface ReportCounts {
  requesters: readonly RequesterCounts[];
  outcomes: readonly OutcomeCount[];
  cases: readonly CaseCount[];
}

/** A stored value the report has no cell for: the report would silently leave it out. */
export class UncountableRecordError extends Error {
  constructor(what: string, value: string) {
    super(`${what}“${value}”在年度报告中没有对应的栏目`);
    this.name = 'UncountableRecordError';
  }
}

const isApplicant = (value: string): value is ApplicantColumnCode => (APPLICANT_COLUMN_CODES as readonly string[]).includes(value);

/**
 * The report's sections 二, 三 and 四 from counts grouped by the database. Totals (the 总计
 * column, row （七）, each 总计 of 四) are added here rather than counted, so they agree with
 * their parts by construction and a reconciliation failure can only come from the records.
 */
export function figuresFromCounts(
  year: number,
  bodyName: string,
  counts: ReportCounts,
  proactive: ProactiveFigures,
): AnnualReportFigures {
  const figures = uniformFigures(year, bodyName, 0);
  figures.proactive = proactive;
  const add = (row: RequestRowCode, column: string, count: number) => {
    if (!isApplicant(column)) throw new UncountableRecordError('申请人类型', column);
    figures.requests[row][column] = (figures.requests[row][column] ?? 0) + count;
  };
  for (const c of counts.requesters) {
    add('new', c.requesterType, c.received);
    add('carried_over_from_last_year', c.requesterType, c.carriedIn);
    add('carried_over_to_next_year', c.requesterType, c.carriedOut);
  }
  for (const c of counts.outcomes) {
    if (!isOutcomeCode(c.outcome)) throw new UncountableRecordError('办理结果', c.outcome);
    add(c.outcome, c.requesterType, c.count);
    add('total_handled', c.requesterType, c.count);
  }
  for (const spec of REQUEST_ROWS) {
    const row = figures.requests[spec.code];
    row.total = APPLICANT_COLUMN_CODES.reduce((sum, column) => sum + (row[column] ?? 0), 0);
  }
  for (const c of counts.cases) {
    const kind = CASE_KINDS[c.kind as CaseKind];
    if (!kind) throw new UncountableRecordError('案件类别', c.kind);
    if (!CASE_RESULT_CODES.includes(c.result as CaseResult)) throw new UncountableRecordError('案件结果', c.result);
    const row = figures.reviewLitigation[kind.row];
    row[c.result as CaseResult] = (row[c.result as CaseResult] ?? 0) + c.count;
  }
  for (const { code } of REVIEW_LITIGATION_ROWS) {
    const row = figures.reviewLitigation[code];
    row.total = CASE_RESULT_CODES.reduce((sum, result) => sum + (row[result] ?? 0), 0);
  }
  return figures;
}
