import type { CellRef } from './cell-ref';
import { sectionName } from './cell-ref';
import type { ReportSectionNumber } from './report-sections';

/**
 * Why a text could not be read as an annual report. Messages are Chinese because the
 * coordinator who uploaded the report reads them; `line` points into the text (1-based).
 */
export abstract class ReportTextError extends Error {
  abstract readonly code: string;
  /** The page of a PDF the line was printed on, once the reader has said. */
  page: number | null = null;

  constructor(
    detail: string,
    readonly line: number | null,
    readonly section: ReportSectionNumber | null,
  ) {
    super(`${where(line, section)}${detail}`);
  }

  /** Names the page too: a line number alone is hard to find in a PDF. */
  onPage(page: number): this {
    this.page = page;
    this.message = `第${page}页，${this.message}`;
    return this;
  }
}

function where(line: number | null, section: ReportSectionNumber | null): string {
  const parts = [line !== null ? `第${line}行` : null, section !== null ? sectionName(section) : null].filter(Boolean);
  return parts.length > 0 ? `${parts.join('（')}${parts.length > 1 ? '）' : ''}：` : '';
}

export class NotAReportError extends ReportTextError {
  readonly code = 'NOT_A_REPORT' as const;

  constructor(detail: string) {
    super(`这不是一份政府信息公开工作年度报告：${detail}`, null, null);
    this.name = 'NotAReportError';
  }
}

/** The text, or a section, ends before a table is complete. */
export class ReportTruncatedError extends ReportTextError {
  readonly code = 'REPORT_TRUNCATED' as const;

  constructor(
    readonly expected: string,
    line: number | null,
    section: ReportSectionNumber | null,
  ) {
    super(`报告在此中断：表格未完，应有“${expected}”`, line, section);
    this.name = 'ReportTruncatedError';
  }
}

/** A label the format does not have at this place, or a number where a label belongs. */
export class ReportLabelError extends ReportTextError {
  readonly code = 'REPORT_LABEL_INVALID' as const;

  constructor(
    readonly expected: string,
    readonly found: string,
    line: number,
    section: ReportSectionNumber,
  ) {
    const what = /^\d+(\.\d+)?$/u.test(found.trim()) ? `数字“${found}”` : `“${found}”`;
    super(`此处应为标签“${expected}”，却是${what}`, line, section);
    this.name = 'ReportLabelError';
  }
}

/** Text where a number belongs, or a number the cell cannot hold (a fraction of a request). */
export class ReportValueError extends ReportTextError {
  readonly code = 'REPORT_VALUE_INVALID' as const;

  constructor(
    readonly cell: CellRef,
    readonly found: string,
    readonly reason: string,
    line: number,
  ) {
    super(`“${cell.rowLabel}”行“${cell.columnLabel}”列应为数字，却是“${found}”（${reason}）`, line, cell.section);
    this.name = 'ReportValueError';
  }
}

/** Cells that cannot be lined up with the format's columns, or a table where none belongs. */
export class ReportLayoutError extends ReportTextError {
  readonly code = 'REPORT_LAYOUT_INVALID' as const;

  constructor(detail: string, line: number | null, section: ReportSectionNumber | null) {
    super(detail, line, section);
    this.name = 'ReportLayoutError';
  }
}

/** No year in the title and none supplied. */
export class ReportTitleError extends ReportTextError {
  readonly code = 'REPORT_TITLE_INVALID' as const;

  constructor(detail: string, line: number | null) {
    super(detail, line, null);
    this.name = 'ReportTitleError';
  }
}

/** Last year's report given for a check is not the year before this one. */
export class PreviousReportMismatchError extends Error {
  readonly code = 'PREVIOUS_REPORT_MISMATCH' as const;

  constructor(
    readonly year: number,
    readonly previousYear: number,
  ) {
    super(`用于比对的上年报告是${previousYear}年度的，本报告为${year}年度，应为${year - 1}年度`);
    this.name = 'PreviousReportMismatchError';
  }
}
