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
  /** True only when the report follows the format and every rule holds. */
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
  return { figures, deviations, violations, ok: deviations.length === 0 && violations.length === 0 };
}
