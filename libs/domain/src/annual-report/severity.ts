import type { DeviationKind } from './deviation';
import type { ReportRule } from './violation';

/**
 * error: the statutory tables are wrong or cannot be read as the format has them (a rule
 * of the tables broken, a row missing, a cell blank); warning: worth a reviewer's look but
 * the tables stand (the narrative against the tables, a year in the narrative, a label off
 * the format, a group printed as one row, text outside the tables).
 */
export type Severity = 'error' | 'warning';

export const RULE_SEVERITY: Record<ReportRule, Severity> = {
  blank_cell: 'error',
  invalid_value: 'error',
  column_balance: 'error',
  results_total: 'error',
  applicant_total: 'error',
  review_litigation_total: 'error',
  in_force: 'error',
  carry_over: 'error',
  narrative: 'warning',
  narrative_year: 'warning',
};

export const DEVIATION_SEVERITY: Record<DeviationKind, Severity> = {
  missing_row: 'error',
  blank_cell: 'error',
  label_typo: 'warning',
  label_renamed: 'warning',
  missing_label: 'warning',
  unexpected_label: 'warning',
  collapsed_group: 'warning',
  unexpected_text: 'warning',
  missing_section: 'warning',
  missing_title: 'warning',
};
