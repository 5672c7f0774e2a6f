import { requestCellRef, requestGroupCellRef, sectionName } from './cell-ref';
import type { DeviationFound } from './deviation';
import { ReportLabelError, ReportTruncatedError, ReportValueError } from './errors';
import { matchLabel, type LabelMatch } from './label-match';
import type { Cell } from './report-cell';
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
  requestRowTitle,
  type OutcomeGroupCode,
  type RequestMatrix,
  type RequestRowFigures,
  type RequestRowSpec,
} from './request-format';
import { filledCells, isBlank, isNumberCell, readCell, type IndexedCell, type TextLine } from './report-text-lines';
import { matchHeaderCells, noteLabel, offsetsFor, readValues, unexpectedText, type ValueRow } from './table-reading';

const SECTION = 3;
const HEADER_LABELS = [
  REQUEST_TABLE_NOTE,
  APPLICANT_GROUP_LABEL,
  ORGANISATION_GROUP_LABEL,
  ...REQUEST_COLUMNS.map((c) => c.label),
];
/**
 * Where the sample's grid puts the first value: three label columns, the top-level rows
 * (一、 (一) (七)) spanning two of them. Used only when blanks at the edge of a row leave
 * the position open and no complete row with its label in the same place shows it.
 */
const GRID_FIRST_VALUE = 2;

export interface RequestSection {
  requests: RequestMatrix;
  requestGroupTotals?: Partial<Record<OutcomeGroupCode, RequestRowFigures>>;
}

interface ReadRow extends ValueRow {
  /** A table row, or a group printed as one row. */
  target: { row: RequestRowSpec } | { group: OutcomeGroupCode };
  /** Index of the cell holding the row's own label. */
  labelIndex: number;
}

/** Section 三: header lines, then the 25 rows in the format's order. */
export function parseRequestSection(lines: readonly TextLine[], deviations: DeviationFound[]): RequestSection {
  const rows = lines.filter((line) => !isBlank(line));
  const lastLine = lines.length > 0 ? lines[lines.length - 1].number : null;

  let i = 0;
  while (i < rows.length && !isDataLine(rows[i])) i++;
  readHeader(rows.slice(0, i), deviations);

  const read: ReadRow[] = [];
  const missing: RequestRowSpec[] = [];
  const collapsed: OutcomeGroupCode[] = [];
  let next = 0;
  for (; i < rows.length && next < REQUEST_ROWS.length; i++) {
    const line = rows[i];
    const labels = labelCells(line);
    const expected = REQUEST_ROWS[next];
    if (labels.length === 0) {
      const first = filledCells(line)[0].text;
      throw new ReportLabelError(printedLabel(expected.marker, expected.label), first, line.number, SECTION);
    }
    const found = findRow(line, labels, next);
    if (!found) {
      // Only merged group cells before the numbers: the first number took the label's place.
      const number = filledCells(line).find((c) => isNumberCell(c.text));
      const shown = number && labels.every((c) => isMergedLabel(c.text)) ? number.text : labels[labels.length - 1].text;
      throw new ReportLabelError(printedLabel(expected.marker, expected.label), shown, line.number, SECTION);
    }
    missing.push(...REQUEST_ROWS.slice(next, found.index));
    const cell = labels[found.labelAt];
    const spec = REQUEST_ROWS[found.index];
    checkPrecedingLabels(labels.slice(0, found.labelAt), spec, line, deviations);
    if ('group' in found) {
      collapsed.push(found.group);
      noteLabel(deviations, found.match, cell.text, groupLabel(found.group), SECTION, line.number, '行标签');
      read.push(groupRow(line, found.group, cell));
      next = found.index + REQUEST_ROWS.filter((r) => r.group === found.group).length;
    } else {
      noteLabel(deviations, found.match, cell.text, spec.label, SECTION, line.number, '行标签');
      read.push(tableRow(line, spec, cell));
      next = found.index + 1;
    }
    // A label after the row's own label sits where the values start.
    const stray = labels.slice(found.labelAt + 1)[0];
    if (stray) {
      const last = read[read.length - 1];
      throw new ReportValueError(last.refs[0], stray.text, '不是数字', line.number);
    }
  }
  if (next < REQUEST_ROWS.length) {
    const expected = REQUEST_ROWS[next];
    throw new ReportTruncatedError(printedLabel(expected.marker, expected.label), lastLine, SECTION);
  }
  for (; i < rows.length; i++) unexpectedText(deviations, SECTION, rows[i]);

  for (const spec of missing) {
    deviations.push({
      kind: 'missing_row',
      section: SECTION,
      line: null,
      expected: requestRowTitle(spec.code),
      found: null,
      message: `第三部分缺少“${requestRowTitle(spec.code)}”一行，该行各列按空白处理`,
    });
  }
  for (const group of collapsed) {
    const items = REQUEST_ROWS.filter((r) => r.group === group);
    deviations.push({
      kind: 'collapsed_group',
      section: SECTION,
      line: read.find((r) => 'group' in r.target && r.target.group === group)!.line.number,
      expected: items.map((r) => printedLabel(r.marker, r.label)).join('；'),
      found: groupLabel(group),
      message: `第三部分“${groupLabel(group)}”只印了一行，没有按国家格式分列${items.length}个子项`,
    });
  }
  return assemble(read, collapsed, deviations);
}

/** The first line with a number, or with the first row's label, ends the header. */
function isDataLine(line: TextLine): boolean {
  const filled = filledCells(line);
  return filled.some((c) => isNumberCell(c.text)) || filled.some((c) => matchLabel(c.text, REQUEST_ROWS[0].label));
}

function readHeader(lines: readonly TextLine[], deviations: DeviationFound[]): void {
  if (lines.length === 0) {
    deviations.push({
      kind: 'missing_label',
      section: SECTION,
      line: null,
      expected: HEADER_LABELS.join(' '),
      found: null,
      message: '第三部分表格缺少表头（申请人情况：自然人、法人或其他组织、总计）',
    });
    return;
  }
  const cells = lines.flatMap((line) => filledCells(line).map((c) => ({ ...c, line: line.number })));
  matchHeaderCells(cells, HEADER_LABELS, SECTION, '', deviations);
}

/** The filled cells before the first number: the row's label and its merged group cells. */
function labelCells(line: TextLine): IndexedCell[] {
  const labels: IndexedCell[] = [];
  for (const cell of filledCells(line)) {
    if (readCell(cell.text).kind === 'number') break;
    labels.push(cell);
  }
  return labels;
}

type FoundRow =
  | { index: number; labelAt: number; match: LabelMatch }
  | { index: number; labelAt: number; match: LabelMatch; group: OutcomeGroupCode };

/**
 * The expected row, or a later one when rows were left out. A group label standing where
 * its first sub-item belongs is a group printed as one row.
 */
function findRow(line: TextLine, labels: readonly IndexedCell[], from: number): FoundRow | null {
  const valuesAfter = (cell: IndexedCell) => line.cells.slice(cell.index + 1).filter((c) => c !== '').length;
  for (let index = from; index < REQUEST_ROWS.length; index++) {
    const spec = REQUEST_ROWS[index];
    for (let at = labels.length - 1; at >= 0; at--) {
      const match = matchLabel(labels[at].text, spec.label);
      if (match) return { index, labelAt: at, match };
    }
    const group = spec.group;
    if (group && REQUEST_ROWS.find((r) => r.group === group) === spec) {
      for (let at = labels.length - 1; at >= 0; at--) {
        const match = matchLabel(labels[at].text, groupLabel(group));
        // With more cells than columns after it, the group cell is followed by a garbled item.
        if (match && valuesAfter(labels[at]) <= REQUEST_COLUMN_CODES.length) {
          return { index, labelAt: at, match, group };
        }
      }
    }
  }
  return null;
}

/** Cells before the row's label are merged cells: 三、本年度办理结果 or the row's group. */
function checkPrecedingLabels(
  cells: readonly IndexedCell[],
  spec: RequestRowSpec,
  line: TextLine,
  deviations: DeviationFound[],
): void {
  const allowed = [RESULTS_GROUP.label, ...(spec.group ? [groupLabel(spec.group)] : [])];
  for (const cell of cells) {
    const hit = allowed.map((label) => ({ label, match: matchLabel(cell.text, label) })).find((h) => h.match);
    if (hit?.match) {
      noteLabel(deviations, hit.match, cell.text, hit.label, SECTION, line.number, '行标签');
    } else {
      deviations.push({
        kind: 'unexpected_label',
        section: SECTION,
        line: line.number,
        expected: null,
        found: cell.text,
        message: `${sectionName(SECTION)}“${spec.label}”行前出现国家格式中没有的“${cell.text}”`,
      });
    }
  }
}

function tableRow(line: TextLine, spec: RequestRowSpec, cell: IndexedCell): ReadRow {
  return {
    target: { row: spec },
    labelIndex: cell.index,
    line,
    rowLabel: spec.label,
    region: line.cells.slice(cell.index + 1),
    refs: REQUEST_COLUMN_CODES.map((column) => requestCellRef(spec.code, column)),
    counts: REQUEST_COLUMN_CODES.map(() => true),
  };
}

function groupRow(line: TextLine, group: OutcomeGroupCode, cell: IndexedCell): ReadRow {
  return {
    target: { group },
    labelIndex: cell.index,
    line,
    rowLabel: groupLabel(group),
    region: line.cells.slice(cell.index + 1),
    refs: REQUEST_COLUMN_CODES.map((column) => requestGroupCellRef(group, column)),
    counts: REQUEST_COLUMN_CODES.map(() => true),
  };
}

function isMergedLabel(text: string): boolean {
  return [RESULTS_GROUP.label, ...OUTCOME_GROUPS.map((g) => g.label)].some((label) => matchLabel(text, label));
}

function groupLabel(group: OutcomeGroupCode): string {
  return OUTCOME_GROUPS.find((g) => g.code === group)!.label;
}

/**
 * Places each row's seven values. A row whose values fill the edge cells fixes where values
 * start for rows with their label in the same cell; rows with blanks at the edge follow it.
 */
function assemble(
  read: readonly ReadRow[],
  collapsed: readonly OutcomeGroupCode[],
  deviations: DeviationFound[],
): RequestSection {
  const offsets = read.map(offsetsFor);
  const firstValueByLabelIndex = new Map<number, number>();
  read.forEach((row, k) => {
    if (offsets[k].length === 1 && !firstValueByLabelIndex.has(row.labelIndex)) {
      firstValueByLabelIndex.set(row.labelIndex, row.labelIndex + 1 + offsets[k][0]);
    }
  });

  const blankRow = (): RequestRowFigures =>
    Object.fromEntries(REQUEST_COLUMN_CODES.map((c) => [c, null])) as RequestRowFigures;
  const requests = Object.fromEntries(REQUEST_ROWS.map((r) => [r.code, blankRow()])) as RequestMatrix;
  const groupTotals: Partial<Record<OutcomeGroupCode, RequestRowFigures>> = {};

  read.forEach((row, k) => {
    const preferred =
      firstValueByLabelIndex.get(row.labelIndex) ?? Math.max(row.labelIndex + 1, GRID_FIRST_VALUE);
    const offset = offsets[k].reduce((best, o) =>
      Math.abs(row.labelIndex + 1 + o - preferred) < Math.abs(row.labelIndex + 1 + best - preferred) ? o : best,
    );
    const values = readValues(row, offset, deviations);
    const figures = Object.fromEntries(REQUEST_COLUMN_CODES.map((c, j) => [c, values[j] as Cell])) as RequestRowFigures;
    if ('group' in row.target) groupTotals[row.target.group] = figures;
    else requests[row.target.row.code] = figures;
  });
  return collapsed.length > 0 ? { requests, requestGroupTotals: groupTotals } : { requests };
}
