import { proactiveCellRef } from './cell-ref';
import type { DeviationFound } from './deviation';
import { ReportLabelError, ReportTruncatedError } from './errors';
import { matchLabel } from './label-match';
import { PROACTIVE_ITEM_LABEL, PROACTIVE_TABLES, type ProactiveFigures, type ProactiveTable } from './proactive-format';
import type { Cell } from './report-cell';
import { filledCells, isBlank, isNumberCell, type TextLine } from './report-text-lines';
import { matchHeaderCells, noteLabel, offsetsFor, readValues, unexpectedText } from './table-reading';

const SECTION = 2;

/** Section 二: four tables, each a heading line, a header line and its rows. */
export function parseProactiveSection(lines: readonly TextLine[], deviations: DeviationFound[]): ProactiveFigures {
  const rows = lines.filter((line) => !isBlank(line));
  const lastLine = lines.length > 0 ? lines[lines.length - 1].number : null;
  const figures: Record<string, Record<string, Cell>> = {};
  let i = 0;

  PROACTIVE_TABLES.forEach((table, t) => {
    // Explanatory paragraphs sometimes precede the first table; they are not part of the format.
    while (t === 0 && i < rows.length && isParagraph(rows[i]) && !startsTable(rows[i], table)) {
      unexpectedText(deviations, SECTION, rows[i++]);
    }
    if (i >= rows.length) throw new ReportTruncatedError(table.heading, lastLine, SECTION);

    const headingCell = filledCells(rows[i])[0];
    const headingMatch = matchLabel(headingCell.text, table.heading);
    if (headingMatch) {
      noteLabel(deviations, headingMatch, headingCell.text, table.heading, SECTION, rows[i].number, '表题');
      i++;
    } else if (startsTable(rows[i], table)) {
      deviations.push({
        kind: 'missing_label',
        section: SECTION,
        line: rows[i].number,
        expected: table.heading,
        found: null,
        message: `第二部分缺少表题“${table.heading}”`,
      });
    } else {
      throw new ReportLabelError(table.heading, headingCell.text, rows[i].number, SECTION);
    }

    i = readHeader(rows, i, table, lastLine, deviations);

    for (const rowSpec of table.rows) {
      if (i >= rows.length) throw new ReportTruncatedError(rowSpec.label, lastLine, SECTION);
      const line = rows[i];
      const label = filledCells(line)[0];
      const match = isNumberCell(label.text) ? null : matchLabel(label.text, rowSpec.label);
      if (!match) {
        if (!isNumberCell(label.text) && beginsLaterTable(label.text, t)) {
          throw new ReportTruncatedError(rowSpec.label, line.number, SECTION);
        }
        throw new ReportLabelError(rowSpec.label, label.text, line.number, SECTION);
      }
      noteLabel(deviations, match, label.text, rowSpec.label, SECTION, line.number, '行标签');
      const row = {
        line,
        rowLabel: rowSpec.label,
        region: line.cells.slice(label.index + 1),
        refs: table.columns.map((c) => proactiveCellRef(rowSpec.code, c.code)),
        counts: table.columns.map((c) => c.code !== 'amount'),
      };
      // Values follow the label; any padding from merged cells comes after them.
      const values = readValues(row, offsetsFor(row)[0], deviations);
      figures[rowSpec.code] = Object.fromEntries(table.columns.map((c, k) => [c.code, values[k]]));
      i++;
    }
  });

  for (; i < rows.length; i++) unexpectedText(deviations, SECTION, rows[i]);
  return figures as unknown as ProactiveFigures;
}

/** The 信息内容 line; a missing one is reported and the rows read anyway. Returns the next index. */
function readHeader(
  rows: readonly TextLine[],
  i: number,
  table: ProactiveTable,
  lastLine: number | null,
  deviations: DeviationFound[],
): number {
  if (i >= rows.length) throw new ReportTruncatedError(PROACTIVE_ITEM_LABEL, lastLine, SECTION);
  const line = rows[i];
  const [first, ...rest] = filledCells(line);
  const firstMatch = isNumberCell(first.text) ? null : matchLabel(first.text, PROACTIVE_ITEM_LABEL);
  if (!firstMatch) {
    if (!isNumberCell(first.text) && matchLabel(first.text, table.rows[0].label)) {
      deviations.push({
        kind: 'missing_label',
        section: SECTION,
        line: line.number,
        expected: [PROACTIVE_ITEM_LABEL, ...table.columns.map((c) => c.label)].join(' '),
        found: null,
        message: `第二部分“${table.heading}”缺少表头行`,
      });
      return i;
    }
    throw new ReportLabelError(PROACTIVE_ITEM_LABEL, first.text, line.number, SECTION);
  }
  noteLabel(deviations, firstMatch, first.text, PROACTIVE_ITEM_LABEL, SECTION, line.number, '表头');
  const number = rest.find((c) => isNumberCell(c.text));
  if (number) {
    const expected = table.columns[Math.min(rest.indexOf(number), table.columns.length - 1)].label;
    throw new ReportLabelError(expected, number.text, line.number, SECTION);
  }
  matchHeaderCells(
    rest.map((c) => ({ ...c, line: line.number })),
    table.columns.map((c) => c.label),
    SECTION,
    `“${table.heading}”`,
    deviations,
  );
  return i + 1;
}

function isParagraph(line: TextLine): boolean {
  const filled = filledCells(line);
  return filled.length === 1 && !isNumberCell(filled[0].text);
}

function startsTable(line: TextLine, table: ProactiveTable): boolean {
  const first = filledCells(line)[0]?.text ?? '';
  return [table.heading, PROACTIVE_ITEM_LABEL, table.rows[0].label].some((label) => matchLabel(first, label) !== null);
}

function beginsLaterTable(text: string, current: number): boolean {
  return PROACTIVE_TABLES.slice(current + 1).some((t) => matchLabel(text, t.heading) !== null);
}
