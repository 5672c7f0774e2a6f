import type { CellRef } from './cell-ref';
import type { ReportSectionNumber } from './report-sections';
import type { Severity } from './severity';

/**
 * Ways a published report departs from the national format while still being readable.
 * label_typo: a label within a few characters of the official one (本年度止件数 for 本年废止件数);
 * label_renamed: the official label with an added or dropped note in brackets
 * (现行有效件数（历史累计）); missing_label / unexpected_label: a header cell absent or
 * unknown; missing_row: a row left out; collapsed_group: a group such as （六） printed as one
 * row with no sub-items; blank_cell: a cell printed empty; unexpected_text: a line that is not
 * part of the table; missing_section: a narrative heading not found; missing_title: no
 * title line, or one without the body's name.
 */
export type DeviationKind =
  | 'label_typo'
  | 'label_renamed'
  | 'missing_label'
  | 'unexpected_label'
  | 'missing_row'
  | 'collapsed_group'
  | 'blank_cell'
  | 'unexpected_text'
  | 'missing_section'
  | 'missing_title';

/** A departure as the parser notes it; its severity follows from its kind. */
export interface DeviationFound {
  kind: DeviationKind;
  section: ReportSectionNumber | null;
  /** 1-based line of the text; null when the thing is absent altogether. */
  line: number | null;
  /** What the format prints here. */
  expected: string | null;
  /** What the report prints; null when absent. */
  found: string | null;
  cell?: CellRef;
  message: string;
}

export interface Deviation extends DeviationFound {
  severity: Severity;
}

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
