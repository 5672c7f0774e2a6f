import type { Deviation } from './deviation';
import { checkNarrative } from './narrative-counts';
import { checkNarrativeYears } from './narrative-year-check';
import { checkReconciliation } from './reconciliation-check';
import type { AnnualReportFigures } from './report-figures';
import { parseReportText, type ParseReportOptions } from './report-text-parser';
import type { Violation } from './violation';

export interface ReportCheck {
  figures: AnnualReportFigures;
  deviations: Deviation[];
  violations: Violation[];
  /** Findings of severity error, violations and deviations together. */
  errors: number;
  /** Findings of severity warning. */
  warnings: number;
  /** True when the report has no error; warnings do not fail it. */
  ok: boolean;
}

/**
 * Reads a published report and checks it: format deviations, reconciliation rules (across
 * years too when last year's report is given, as figures or as text) and the narrative.
 * Plain JSON. Text that cannot be read as a report throws a ReportTextError.
 */
export function checkReport(
  text: string,
  lastYear?: AnnualReportFigures | string,
  options: ParseReportOptions = {},
): ReportCheck {
  const { figures, deviations } = parseReportText(text, options);
  const previous = typeof lastYear === 'string' ? parseReportText(lastYear).figures : lastYear;
  const violations = [
    ...checkReconciliation(figures, previous),
    ...checkNarrative(figures),
    ...checkNarrativeYears(figures),
  ];
  const findings = distinctFindings(violations, deviations);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { figures, deviations, violations, errors, warnings: findings.length - errors, ok: errors === 0 };
}

/**
 * The violations and deviations of a check, each finding once: a blank cell of the report
 * is both a deviation and a broken rule, and counts as the deviation.
 */
export function distinctFindings(violations: readonly Violation[], deviations: readonly Deviation[]): (Violation | Deviation)[] {
  return [...violations.filter((v) => v.rule !== 'blank_cell' || v.cells[0]?.year !== undefined), ...deviations];
}
