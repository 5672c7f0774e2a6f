import {
  APPLICANT_GROUP_LABEL,
  LITIGATION_GROUP_LABEL,
  ORGANISATION_GROUP_LABEL,
  OUTCOME_GROUPS,
  PROACTIVE_ITEM_LABEL,
  PROACTIVE_TABLES,
  REPORT_TITLE_SUFFIX,
  REQUEST_COLUMN_CODES,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  REQUEST_TABLE_NOTE,
  RESULTS_GROUP,
  REVIEW_GROUP_LABEL,
  REVIEW_LITIGATION_COLUMNS,
  REVIEW_LITIGATION_ROWS,
  proactiveCell,
  sectionHeading,
  type AnnualReportFigures,
  type Cell,
  type ReportNarrative,
  type RequestRowFigures,
} from '../../domain/src/annual-report';
import { printedLabel } from '../../domain/src/annual-report/request-format';

/**
 * The report as the official template prints it (国办公开办函〔2021〕30号, as in the sample):
 * the blocks of the document and its three tables with their merged cells. The .docx and
 * HTML writers draw this one model, so both carry the same layout.
 */
export interface LayoutCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  role: 'header' | 'label' | 'value';
  /** On a value: `section:row:column` as in CellRef, to mark the cell a check names. */
  key?: string;
}

export interface LayoutTable {
  section: 2 | 3 | 4;
  /** Relative widths of the grid columns. */
  columns: number[];
  rows: LayoutCell[][];
}

export type ReportBlock =
  | { kind: 'title' | 'heading' | 'paragraph'; text: string }
  | { kind: 'table'; table: LayoutTable };

export function cellKey(section: number, row: string, column: string): string {
  return `${section}:${row}:${column}`;
}

/** The whole report; `texts` replaces the figures' own narrative when given. */
export function reportBlocks(figures: AnnualReportFigures, texts: ReportNarrative = figures.narrative ?? {}): ReportBlock[] {
  const title = `${figures.bodyName ? `${figures.bodyName} ` : ''}${figures.year} 年${REPORT_TITLE_SUFFIX}`;
  const paragraphs = (text: string | undefined): ReportBlock[] =>
    (text ?? '')
      .split(/\n+/u)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ kind: 'paragraph', text: line }));
  const heading = (section: 1 | 2 | 3 | 4 | 5 | 6): ReportBlock => ({ kind: 'heading', text: sectionHeading(section) });
  return [
    { kind: 'title', text: title },
    ...paragraphs(texts.preamble),
    heading(1),
    ...paragraphs(texts.overview),
    heading(2),
    { kind: 'table', table: proactiveTable(figures) },
    heading(3),
    { kind: 'table', table: requestTable(figures) },
    heading(4),
    { kind: 'table', table: reviewLitigationTable(figures) },
    heading(5),
    ...paragraphs(texts.problems),
    heading(6),
    ...paragraphs(texts.otherMatters),
  ];
}

const header = (text: string, colSpan = 1, rowSpan = 1): LayoutCell => ({ text, colSpan, rowSpan, role: 'header' });
const label = (text: string, colSpan = 1, rowSpan = 1): LayoutCell => ({ text, colSpan, rowSpan, role: 'label' });
const value = (cell: Cell, key: string, colSpan = 1): LayoutCell => ({
  text: cell === null ? '' : String(cell),
  colSpan,
  role: 'value',
  key,
});

/** Section 二: one four-column table, each item of art. 20 under its own heading row. */
function proactiveTable(figures: AnnualReportFigures): LayoutTable {
  const rows = PROACTIVE_TABLES.flatMap((table) => {
    const single = table.columns.length === 1;
    return [
      [header(table.heading, 4)],
      [header(PROACTIVE_ITEM_LABEL), ...table.columns.map((c) => header(c.label, single ? 3 : 1))],
      ...table.rows.map((row) => [
        label(row.label),
        ...table.columns.map((c) =>
          value(proactiveCell(figures.proactive, row.code, c.code), cellKey(2, row.code, c.code), single ? 3 : 1),
        ),
      ]),
    ];
  });
  return { section: 2, columns: [3, 2, 2, 2], rows };
}

/** Section 三: three label columns, then the six applicant columns and 总计. */
function requestTable(figures: AnnualReportFigures): LayoutTable {
  const values = (row: RequestRowFigures, code: string) =>
    REQUEST_COLUMN_CODES.map((c) => value(row[c], cellKey(3, code, c)));
  const organisations = REQUEST_COLUMNS.filter((c) => c.organisation);
  const rows: LayoutCell[][] = [
    [header(REQUEST_TABLE_NOTE, 3, 3), header(APPLICANT_GROUP_LABEL, 6), header('总计', 1, 3)],
    [header(REQUEST_COLUMNS[0].label, 1, 2), header(ORGANISATION_GROUP_LABEL, 5)],
    organisations.map((c) => header(c.label)),
  ];
  const results: LayoutCell[][] = [];
  const done = new Set<string>();
  for (const spec of REQUEST_ROWS) {
    const own = printedLabel(spec.marker, spec.label);
    if (!spec.group) {
      const inResults = spec.code !== 'new' && spec.code !== 'carried_over_from_last_year' && spec.code !== 'carried_over_to_next_year';
      const row = [label(own, inResults ? 2 : 3), ...values(figures.requests[spec.code], spec.code)];
      if (inResults) results.push(row);
      else if (results.length > 0) rows.push(...withResultsLabel(results.splice(0)), row);
      else rows.push(row);
      continue;
    }
    if (done.has(spec.group)) continue;
    done.add(spec.group);
    const group = OUTCOME_GROUPS.find((g) => g.code === spec.group)!;
    const groupText = printedLabel(group.marker, group.label);
    const collapsed = figures.requestGroupTotals?.[group.code];
    if (collapsed) {
      results.push([label(groupText, 2), ...values(collapsed, group.code)]);
      continue;
    }
    const items = REQUEST_ROWS.filter((r) => r.group === group.code);
    items.forEach((item, k) => {
      const itemCells = [label(printedLabel(item.marker, item.label)), ...values(figures.requests[item.code], item.code)];
      results.push(k === 0 ? [label(groupText, 1, items.length), ...itemCells] : itemCells);
    });
  }
  return { section: 3, columns: [2, 2, 8, 2, 2, 2, 2, 2, 2, 2], rows };
}

/** 三、本年度办理结果 runs down the first column beside (一) to (七). */
function withResultsLabel(rows: LayoutCell[][]): LayoutCell[][] {
  const [first, ...rest] = rows;
  return [[label(printedLabel(RESULTS_GROUP.marker, RESULTS_GROUP.label), 1, rows.length), ...first], ...rest];
}

/** Section 四: review, then the two kinds of lawsuit, five columns each, one row of numbers. */
function reviewLitigationTable(figures: AnnualReportFigures): LayoutTable {
  const [, direct, afterReview] = REVIEW_LITIGATION_ROWS;
  const columnHeaders = (rowSpan: number) => REVIEW_LITIGATION_COLUMNS.map((c) => header(c.label, 1, rowSpan));
  return {
    section: 4,
    columns: Array<number>(15).fill(1),
    rows: [
      [header(REVIEW_GROUP_LABEL, 5), header(LITIGATION_GROUP_LABEL, 10)],
      [...columnHeaders(2), header(direct.label, 5), header(afterReview.label, 5)],
      [...columnHeaders(1), ...columnHeaders(1)],
      REVIEW_LITIGATION_ROWS.flatMap((r) =>
        REVIEW_LITIGATION_COLUMNS.map((c) => value(figures.reviewLitigation[r.code][c.code], cellKey(4, r.code, c.code))),
      ),
    ],
  };
}
