export type { AnnualReportFigures } from '../../../../../libs/domain/src/annual-report/report-figures';
export type { Violation } from '../../../../../libs/domain/src/annual-report/violation';
import type { AnnualReportFigures } from '../../../../../libs/domain/src/annual-report/report-figures';
import type { Violation } from '../../../../../libs/domain/src/annual-report/violation';

/** GET /api/annual-reports/{year}/figures. */
export interface ReportFiguresView {
  unitId: string | null;
  locked: boolean;
  lastYearPublished: boolean;
  violations: Violation[];
  figures: AnnualReportFigures;
}

/** GET /api/annual-reports/{year}/cells/{row}/{column}. */
export interface CellRecordsView {
  cellLabel: string;
  records: 'information_requests' | 'review_litigation_cases';
  count: number;
  ids: string[];
}

/** Where a cell sits: section, row and column codes, as the violations name them. */
export const cellKey = (section: number, row: string, column: string) => `${section}|${row}|${column}`;
