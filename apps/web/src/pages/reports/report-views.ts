export type { AnnualReportFigures } from '../../../../../libs/domain/src/annual-report/report-figures';
export type { Violation } from '../../../../../libs/domain/src/annual-report/violation';
import type { AnnualReportFigures } from '../../../../../libs/domain/src/annual-report/report-figures';
import type { Violation } from '../../../../../libs/domain/src/annual-report/violation';

/** GET /api/annual-reports/{year}/figures. */
export interface ReportFiguresView {
  unitId: string | null;
  locked: boolean;
  publication: { version: number; publishedBy: string; publishedAt: string; importedFrom: string | null } | null;
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

/** GET /api/annual-reports/{year}/texts: sections 一, 五 and 六 and the body the title names. */
export interface ReportTextsView {
  bodyName: string;
  overview: string;
  problems: string;
  otherMatters: string;
  updatedAt: string | null;
}

/** GET /api/annual-reports/{year}/amendments: a published year opened for correction, closed by the next version. */
export interface AmendmentView {
  id: string;
  reason: string;
  fromVersion: number;
  toVersion: number | null;
  open: boolean;
  openedAt: string;
  closedAt: string | null;
}
