import { PROACTIVE_ITEM_LABEL, PROACTIVE_TABLES, proactiveCell } from './proactive-format';
import type { Cell } from './report-cell';
import type { AnnualReportFigures, ReportNarrative } from './report-figures';
import { REPORT_TITLE_SUFFIX, sectionHeading } from './report-sections';
import {
  APPLICANT_GROUP_LABEL,
  ORGANISATION_GROUP_LABEL,
  OUTCOME_GROUPS,
  REQUEST_COLUMN_CODES,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  REQUEST_TABLE_NOTE,
  RESULTS_GROUP,
  printedLabel,
  type RequestRowFigures,
  type RequestRowSpec,
} from './request-format';
import {
  LITIGATION_GROUP_LABEL,
  REVIEW_GROUP_LABEL,
  REVIEW_LITIGATION_COLUMNS,
  REVIEW_LITIGATION_ROWS,
} from './review-litigation-format';

/**
 * The report as plain text laid out like the published sample: tables one row per line,
 * cells separated by tabs, merged cells as empty cells. parseReportText reads it back.
 * `texts` replaces the figures' own narrative when given.
 */
export function renderReportText(
  figures: AnnualReportFigures,
  texts: ReportNarrative = figures.narrative ?? {},
): string {
  const title = `${figures.bodyName ? `${figures.bodyName} ` : ''}${figures.year} 年${REPORT_TITLE_SUFFIX}`;
  const blocks: string[] = ['', title];
  const text = (value: string | undefined) => {
    if (value?.trim()) blocks.push(value.trim());
  };
  text(texts.preamble);
  blocks.push(sectionHeading(1));
  text(texts.overview);
  blocks.push(sectionHeading(2), proactiveTables(figures), sectionHeading(3), requestTable(figures));
  blocks.push(sectionHeading(4), reviewLitigationTable(figures), sectionHeading(5));
  text(texts.problems);
  blocks.push(sectionHeading(6));
  text(texts.otherMatters);
  return blocks.join('\n\n');
}

const cell = (value: Cell): string => (value === null ? '' : String(value));
const line = (...cells: string[]): string => cells.join('\t');
const pad = (cells: string[], width: number): string[] => [...cells, ...Array(width - cells.length).fill('')];

function proactiveTables(figures: AnnualReportFigures): string {
  const width = 4;
  return PROACTIVE_TABLES.flatMap((table) => [
    line(...pad([table.heading], width)),
    line(...pad([PROACTIVE_ITEM_LABEL, ...table.columns.map((c) => c.label)], width)),
    ...table.rows.map((row) => {
      const values = table.columns.map((c) => cell(proactiveCell(figures.proactive, row.code, c.code)));
      return line(...pad([row.label, ...values], width));
    }),
  ]).join('\n');
}

function requestTable(figures: AnnualReportFigures): string {
  const organisations = REQUEST_COLUMNS.filter((c) => c.organisation).map((c) => c.label);
  const lines = [
    line(REQUEST_TABLE_NOTE, '', APPLICANT_GROUP_LABEL, '', '', '', '', '', '总计', ''),
    line('', '', REQUEST_COLUMNS[0].label, ORGANISATION_GROUP_LABEL, '', '', '', '', '', ''),
    line('', '', '', ...organisations, '', ''),
  ];
  const values = (row: RequestRowFigures) => REQUEST_COLUMN_CODES.map((c) => cell(row[c]));
  const groupsDone = new Set<string>();
  for (const spec of REQUEST_ROWS) {
    const group = spec.group ? OUTCOME_GROUPS.find((g) => g.code === spec.group)! : null;
    if (group) {
      if (groupsDone.has(group.code)) continue;
      const total = figures.requestGroupTotals?.[group.code];
      if (total) {
        groupsDone.add(group.code);
        lines.push(line('', printedLabel(group.marker, group.label), ...values(total), ''));
        continue;
      }
      const first = REQUEST_ROWS.find((r) => r.group === group.code) === spec;
      // The group's label is a merged cell: printed on its first sub-item only.
      const groupCell = first ? printedLabel(group.marker, group.label) : '';
      lines.push(line('', groupCell, printedLabel(spec.marker, spec.label), ...values(figures.requests[spec.code])));
      continue;
    }
    lines.push(topLevelRow(spec, values(figures.requests[spec.code])));
  }
  return lines.join('\n');
}

function topLevelRow(spec: RequestRowSpec, values: string[]): string {
  const label = printedLabel(spec.marker, spec.label);
  const results = printedLabel(RESULTS_GROUP.marker, RESULTS_GROUP.label);
  if (spec.code === 'granted') return line(results, label, ...values, '');
  if (spec.code === 'partly_granted') return line('', label, ...values, '');
  return line(label, '', ...values, '');
}

function reviewLitigationTable(figures: AnnualReportFigures): string {
  const columns = REVIEW_LITIGATION_COLUMNS.map((c) => c.printed);
  const [, direct, afterReview] = REVIEW_LITIGATION_ROWS;
  return [
    line(REVIEW_GROUP_LABEL, '', '', '', '', LITIGATION_GROUP_LABEL, ...pad([], 9)),
    line(...columns, direct.label, '', '', '', '', afterReview.label, '', '', '', ''),
    line('', '', '', '', '', ...columns, ...columns),
    line(
      ...REVIEW_LITIGATION_ROWS.flatMap((r) =>
        REVIEW_LITIGATION_COLUMNS.map((c) => cell(figures.reviewLitigation[r.code][c.code])),
      ),
    ),
  ].join('\n');
}
