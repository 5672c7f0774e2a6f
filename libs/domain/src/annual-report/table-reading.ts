import type { CellRef } from './cell-ref';
import { describeCell, sectionName } from './cell-ref';
import type { DeviationFound } from './deviation';
import { ReportLayoutError, ReportTruncatedError, ReportValueError } from './errors';
import { matchLabel, type LabelMatch } from './label-match';
import type { Cell } from './report-cell';
import type { ReportSectionNumber } from './report-sections';
import { possibleOffsets, readCell, type IndexedCell, type TextLine } from './report-text-lines';

/** Records a typo'd or renamed label; an exact match records nothing. */
export function noteLabel(
  deviations: DeviationFound[],
  match: LabelMatch,
  found: string,
  expected: string,
  section: ReportSectionNumber,
  line: number,
  place: string,
): void {
  if (match.kind === 'exact') return;
  const where = `${sectionName(section)}${place}`;
  deviations.push({
    kind: match.kind === 'typo' ? 'label_typo' : 'label_renamed',
    section,
    line,
    expected,
    found,
    message:
      match.kind === 'typo'
        ? `${where}“${found}”与国家格式不符，应为“${expected}”`
        : `${where}“${found}”改动了国家格式规定的“${expected}”`,
  });
}

export interface HeaderCell extends IndexedCell {
  line: number;
}

/**
 * Matches the header cells of a table against the labels the format prints there, in any
 * order (merged header cells come out of flattening in varying order). Each expected label
 * is used once; what is left over is reported missing, what matches nothing unexpected.
 */
export function matchHeaderCells(
  cells: readonly HeaderCell[],
  expected: readonly string[],
  section: ReportSectionNumber,
  place: string,
  deviations: DeviationFound[],
): void {
  const unused = expected.map((label, i) => ({ label, i }));
  const take = (pick: (typeof unused)[number]) => unused.splice(unused.indexOf(pick), 1);
  const leftovers: HeaderCell[] = [];
  for (const cell of cells) {
    const exact = unused.find((u) => matchLabel(cell.text, u.label)?.kind === 'exact');
    if (exact) {
      take(exact);
    } else {
      leftovers.push(cell);
    }
  }
  for (const cell of leftovers) {
    const candidates = unused
      .map((u) => ({ u, match: matchLabel(cell.text, u.label) }))
      .filter((c): c is { u: (typeof unused)[number]; match: LabelMatch } => c.match !== null)
      .sort((a, b) => rank(a.match) - rank(b.match));
    if (candidates.length > 0) {
      const best = candidates[0];
      take(best.u);
      noteLabel(deviations, best.match, cell.text, best.u.label, section, cell.line, `${place}表头`);
    } else {
      deviations.push({
        kind: 'unexpected_label',
        section,
        line: cell.line,
        expected: null,
        found: cell.text,
        message: `${sectionName(section)}${place}表头出现国家格式中没有的“${cell.text}”`,
      });
    }
  }
  for (const { label } of unused) {
    deviations.push({
      kind: 'missing_label',
      section,
      line: null,
      expected: label,
      found: null,
      message: `${sectionName(section)}${place}表头缺少“${label}”`,
    });
  }
}

function rank(match: LabelMatch): number {
  return match.kind === 'renamed' ? 0 : match.kind === 'typo' ? match.distance : -1;
}

export interface ValueRow {
  line: TextLine;
  /** Label text of the row, for messages. */
  rowLabel: string;
  /** The cells after the row's label. */
  region: readonly string[];
  /** One per value column, in order. */
  refs: readonly CellRef[];
  /** Whether each column holds a count (an integer) rather than an amount. */
  counts: readonly boolean[];
}

/** The offsets the row's values could start at, or a precise error when none fits. */
export function offsetsFor(row: ValueRow): number[] {
  const { region, refs, line } = row;
  const count = refs.length;
  const offsets = possibleOffsets(region, count);
  if (offsets.length > 0) return offsets;
  const textAt = region.findIndex((c) => readCell(c).kind === 'text');
  if (textAt >= 0) {
    throw new ReportValueError(refs[Math.min(textAt, count - 1)], region[textAt], '不是数字', line.number);
  }
  const filled = region.filter((c) => c !== '').length;
  if (region.length < count) {
    throw new ReportTruncatedError(describeCell(refs[region.length]), line.number, refs[0].section);
  }
  throw new ReportLayoutError(`“${row.rowLabel}”行有${filled}个数值，国家格式为${count}列`, line.number, refs[0].section);
}

/** Reads the values at `offset`; blank cells become null and are recorded as deviations. */
export function readValues(row: ValueRow, offset: number, deviations: DeviationFound[]): Cell[] {
  return row.refs.map((ref, k) => {
    const raw = row.region[offset + k];
    const reading = readCell(raw);
    if (reading.kind === 'text') throw new ReportValueError(ref, raw, '不是数字', row.line.number);
    if (reading.kind === 'blank') {
      deviations.push({
        kind: 'blank_cell',
        section: ref.section,
        line: row.line.number,
        expected: '数字（无则填0）',
        found: null,
        cell: ref,
        message: `${describeCell(ref)}为空白（空白不等于0，无则应填0）`,
      });
      return null;
    }
    if (row.counts[k] && !reading.integer) {
      throw new ReportValueError(ref, raw, '件数应为整数', row.line.number);
    }
    return reading.value;
  });
}

export function unexpectedText(deviations: DeviationFound[], section: ReportSectionNumber, line: TextLine): void {
  const found = line.cells.filter((c) => c !== '').join(' ');
  deviations.push({
    kind: 'unexpected_text',
    section,
    line: line.number,
    expected: null,
    found,
    message: `${sectionName(section)}表格之外有格式中没有的内容“${found}”`,
  });
}
