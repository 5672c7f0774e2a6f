import { reviewLitigationCellRef } from './cell-ref';
import type { DeviationFound } from './deviation';
import { ReportLabelError, ReportLayoutError, ReportTruncatedError } from './errors';
import type { Cell } from './report-cell';
import { filledCells, isBlank, isNumberCell, type TextLine } from './report-text-lines';
import {
  LITIGATION_GROUP_LABEL,
  REVIEW_GROUP_LABEL,
  REVIEW_LITIGATION_COLUMNS,
  REVIEW_LITIGATION_ROWS,
  type ReviewLitigationFigures,
} from './review-litigation-format';
import { matchHeaderCells, offsetsFor, readValues, unexpectedText } from './table-reading';

const SECTION = 4;
const HEADER_LABELS = [
  REVIEW_GROUP_LABEL,
  LITIGATION_GROUP_LABEL,
  ...REVIEW_LITIGATION_ROWS.slice(1).map((r) => r.label),
  ...REVIEW_LITIGATION_ROWS.flatMap(() => REVIEW_LITIGATION_COLUMNS.map((c) => c.label)),
];
const VALUE_COUNT = REVIEW_LITIGATION_ROWS.length * REVIEW_LITIGATION_COLUMNS.length;

/** Section 四: header lines, then the fifteen numbers on one line. */
export function parseReviewLitigationSection(
  lines: readonly TextLine[],
  deviations: DeviationFound[],
): ReviewLitigationFigures {
  // A line of tabs alone is the number line of a report left blank, not an empty line.
  const rows = lines.filter((line) => !isBlank(line) || line.cells.length > 1);
  const dataAt = rows.findIndex((line) => isValueLine(line) || isBlank(line));
  const refs = REVIEW_LITIGATION_ROWS.flatMap((r) =>
    REVIEW_LITIGATION_COLUMNS.map((c) => reviewLitigationCellRef(r.code, c.code)),
  );
  if (dataAt < 0) {
    const last = lines.length > 0 ? lines[lines.length - 1].number : null;
    throw new ReportTruncatedError(`${refs[0].rowLabel}“${refs[0].columnLabel}”等${VALUE_COUNT}个数字`, last, SECTION);
  }

  const header = rows.slice(0, dataAt);
  for (const line of header) {
    const number = filledCells(line).find((c) => isNumberCell(c.text));
    if (number) throw new ReportLabelError('行政复议、行政诉讼表头', number.text, line.number, SECTION);
  }
  matchHeaderCells(
    header.flatMap((line) => filledCells(line).map((c) => ({ ...c, line: line.number }))),
    HEADER_LABELS,
    SECTION,
    '',
    deviations,
  );

  const line = rows[dataAt];
  const later = rows.slice(dataAt + 1);
  const filled = filledCells(line).length;
  if (filled < VALUE_COUNT && later.some(isValueLine)) {
    throw new ReportLayoutError(
      `本部分的${VALUE_COUNT}个数字应在同一行（行政复议5个、未经复议直接起诉5个、复议后起诉5个），此处分在多行`,
      line.number,
      SECTION,
    );
  }
  const row = { line, rowLabel: '行政复议、行政诉讼', region: line.cells, refs, counts: refs.map(() => true) };
  const values = readValues(row, offsetsFor(row)[0], deviations);
  for (const extra of later.filter((l) => !isBlank(l))) unexpectedText(deviations, SECTION, extra);

  const width = REVIEW_LITIGATION_COLUMNS.length;
  return Object.fromEntries(
    REVIEW_LITIGATION_ROWS.map((r, k) => [
      r.code,
      Object.fromEntries(REVIEW_LITIGATION_COLUMNS.map((c, j) => [c.code, values[k * width + j] as Cell])),
    ]),
  ) as ReviewLitigationFigures;
}

/** Mostly numbers: the value line, even with a stray word in it (which then fails as a value). */
function isValueLine(line: TextLine): boolean {
  const filled = filledCells(line);
  const numbers = filled.filter((c) => isNumberCell(c.text)).length;
  return numbers > 0 && numbers * 2 >= filled.length;
}
