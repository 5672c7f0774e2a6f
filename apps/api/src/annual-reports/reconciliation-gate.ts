import { describeCell, type CellRef } from '../../../../libs/domain/src/annual-report/cell-ref';
import { checkNarrative } from '../../../../libs/domain/src/annual-report/narrative-counts';
import { checkNarrativeYears } from '../../../../libs/domain/src/annual-report/narrative-year-check';
import { checkReconciliation } from '../../../../libs/domain/src/annual-report/reconciliation-check';
import type { AnnualReportFigures } from '../../../../libs/domain/src/annual-report/report-figures';
import type { Violation } from '../../../../libs/domain/src/annual-report/violation';
import { AppError } from '../common/app-error';

/** Every rule the checker applies to a published report, so what leaves here passes it. */
export function reportViolations(figures: AnnualReportFigures, lastYear?: AnnualReportFigures): Violation[] {
  return [...checkReconciliation(figures, lastYear), ...checkNarrative(figures), ...checkNarrativeYears(figures)];
}

const cellKey = (ref: CellRef, year: number) => `${ref.year ?? year}.section${ref.section}.${ref.row}.${ref.column}`;

/**
 * Nothing is exported or published while a rule of the tables breaks: one detail per error,
 * keyed by the cell checked, naming every cell the rule read. Warnings (the narrative
 * against the tables, another year in it) are the office's to weigh: GET …/figures lists them.
 */
export function assertReconciled(figures: AnnualReportFigures, lastYear: AnnualReportFigures | undefined, action: string): void {
  const violations = reportViolations(figures, lastYear).filter((v) => v.severity === 'error');
  if (violations.length === 0) return;
  throw new AppError(
    'REPORT_NOT_RECONCILED',
    `${figures.year}年度报告有${violations.length}处不符合勾稽关系，不能${action}：${violations.map((v) => v.message).join('；')}`,
    violations.map((v) => ({
      field: v.cells[0] ? cellKey(v.cells[0], figures.year) : `${figures.year}.${v.rule}`,
      reason: v.cells.length > 0 ? `${v.message}（涉及${v.cells.map(describeCell).join('、')}）` : v.message,
    })),
  );
}
