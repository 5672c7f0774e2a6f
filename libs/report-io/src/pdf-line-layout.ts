import { ruledTables, type RuledTable } from './pdf-ruled-tables';
import { baselines, clustered, nearestIndex, spaced } from './pdf-runs';
import type { PdfPage, PdfTextItem } from './pdf-text-items';

/** Runs further apart than this many font sizes sit in different table cells. */
const CELL_GAP = 1;

interface PdfCell {
  text: string;
  left: number;
  right: number;
  size: number;
}

const centre = (cell: PdfCell) => (cell.left + cell.right) / 2;
/** A figure as the parser reads one (12, 1,200, 1.25); a marker such as 1. is not. */
const isNumber = (text: string) => /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/u.test(text.normalize('NFKC'));

interface PdfRow {
  /** Baseline. */
  y: number;
  cells: PdfCell[];
}

/** A page's text in reading order: lines of running text, and tables whose borders are drawn. */
export type PdfBlock = { kind: 'lines'; lines: string[] } | { kind: 'table'; table: RuledTable };

/**
 * The blocks of one page, top first. A table drawn with borders is read cell by cell
 * (ruledTables); the text around it, and a table drawn without borders, from where its runs
 * are drawn (positionedLines).
 */
export function pdfPageBlocks(page: PdfPage): PdfBlock[] {
  const items = page.items.filter((item) => item.text.trim() !== '');
  const { tables, rest } = ruledTables(items, page.rules);
  const blocks: PdfBlock[] = [];
  const text = (lines: string[]) => {
    if (lines.length > 0) blocks.push({ kind: 'lines', lines });
  };
  let above = Infinity;
  for (const table of tables) {
    text(positionedLines(rest.filter((item) => item.y < above && item.y > table.top)));
    blocks.push({ kind: 'table', table });
    above = table.bottom;
  }
  text(positionedLines(rest.filter((item) => item.y < above)));
  return blocks;
}

/**
 * Rebuilds lines from where runs are drawn: runs on one baseline are one line, a wide gap
 * between runs is a cell boundary (a tab). Within a table, number cells are placed under
 * the columns the other rows' numbers show, so a blank cell comes out as an empty cell, as
 * it does when the table is copied from Word.
 */
export function positionedLines(items: readonly PdfTextItem[]): string[] {
  const rows = baselines(items).map((line) => ({ y: line[0].y, cells: cellsOf(line) }));
  const lines: string[] = [];
  for (let i = 0; i < rows.length; ) {
    const end = tableEnd(rows, i);
    if (end === i + 1 && rows[i].cells.length === 1) {
      lines.push(rows[i].cells[0].text);
    } else {
      lines.push(...tableLines(rows.slice(i, end)));
    }
    i = end;
  }
  return lines;
}

function cellsOf(line: readonly PdfTextItem[]): PdfCell[] {
  const cells: PdfCell[] = [];
  let previous: PdfTextItem | null = null;
  for (const item of line) {
    const last = cells[cells.length - 1];
    const size = Math.max(item.size, last?.size ?? 0);
    if (last && previous && item.x - last.right <= CELL_GAP * size) {
      last.text += spaced(previous, item, size) ? ` ${item.text}` : item.text;
      last.right = Math.max(last.right, item.x + item.width);
    } else {
      cells.push({ text: item.text, left: item.x, right: item.x + item.width, size: item.size });
    }
    previous = item;
  }
  return cells.flatMap((cell) => splitNumbers({ ...cell, text: cell.text.replace(/\s+/gu, ' ').trim() }));
}

/**
 * Numbers typed into one run with spaces between (“3  0  1”), as a table without cells
 * prints them: one cell each, placed where its characters are drawn.
 */
function splitNumbers(cell: PdfCell): PdfCell[] {
  const parts = cell.text.split(' ');
  if (parts.length < 2 || !parts.every(isNumber)) return [cell];
  const perChar = (cell.right - cell.left) / [...cell.text].length;
  let at = 0;
  return parts.map((part) => {
    const left = cell.left + at * perChar;
    at += [...part].length + 1;
    return { text: part, left, right: left + [...part].length * perChar, size: cell.size };
  });
}

const hasNumber = (row: PdfRow) => row.cells.some((c) => isNumber(c.text));

/**
 * The end of the table starting at `start`: consecutive lines of two or more cells, and a
 * single-cell line among rows of numbers (a merged label, or a row left all blank). A line
 * of one cell before a header, such as the next section's heading, ends the table.
 */
function tableEnd(rows: readonly PdfRow[], start: number): number {
  if (rows[start].cells.length < 2) return start + 1;
  let end = start + 1;
  let numbersSeen = hasNumber(rows[start]);
  while (end < rows.length) {
    const row = rows[end];
    // Numbers again within two lines: a merged label above a blank row keeps the table going.
    const inside = row.cells.length >= 2 || (numbersSeen && rows.slice(end + 1, end + 3).some(hasNumber));
    if (!inside) break;
    numbersSeen ||= hasNumber(row);
    end += 1;
  }
  return end;
}

function tableLines(block: readonly PdfRow[]): string[] {
  const columns = numberColumns(block);
  if (columns.length === 0) return block.map((row) => row.cells.map((c) => c.text).join('\t'));
  const tolerance = Math.max(...block.flatMap((row) => row.cells.map((c) => c.size)));
  const labelCount = (row: PdfRow) => {
    let labels = 0;
    while (labels < row.cells.length && !isNumber(row.cells[labels].text) && centre(row.cells[labels]) < columns[0] - tolerance) {
      labels++;
    }
    return labels;
  };
  const rows = withCentredLabelsMerged(block, labelCount);
  return rows.map((row) => {
    // The row's labels: text left of the first number column, before any number.
    const labels = labelCount(row);
    const edge = labels > 0 ? row.cells[labels - 1].right : -Infinity;
    const slots = columns.filter((x) => x > edge);
    if (slots.length === 0) return row.cells.map((c) => c.text).join('\t');
    const texts = slots.map(() => '');
    for (const cell of row.cells.slice(labels)) {
      const at = nearestIndex(slots, centre(cell));
      texts[at] = texts[at] ? `${texts[at]} ${cell.text}` : cell.text;
    }
    return [...row.cells.slice(0, labels).map((c) => c.text), ...texts].join('\t');
  });
}

/**
 * A merged label cell centred over an even number of rows (三、本年度办理结果, （三）不予公开
 * in most templates) is drawn half-way between two rows, on a baseline of its own. It
 * belongs to the row below, where the parser expects a group label before the row's own.
 * A row left all blank sits a whole row below the one before it and stays a row.
 */
function withCentredLabelsMerged(block: readonly PdfRow[], labelCount: (row: PdfRow) => number): PdfRow[] {
  const numbered = block.filter(hasNumber);
  // The closest two rows of numbers are one text line apart: a row's height at its least.
  const pitch = Math.min(...numbered.slice(1).map((row, k) => numbered[k].y - row.y));
  const rows: PdfRow[] = [];
  for (let i = 0; i < block.length; i++) {
    const row = block[i];
    const next = block[i + 1];
    const labelsOnly = labelCount(row) === row.cells.length;
    if (labelsOnly && next && Number.isFinite(pitch) && row.y - next.y < 0.75 * pitch) {
      rows.push({ y: next.y, cells: [...row.cells, ...next.cells].sort((a, b) => a.left - b.left) });
      i += 1;
    } else {
      rows.push(row);
    }
  }
  return rows;
}

/** Centres of the columns holding numbers: number cells whose centres lie within a font size. */
function numberColumns(block: readonly PdfRow[]): number[] {
  const numbers = block.flatMap((row) => row.cells.filter((c) => isNumber(c.text)));
  const tolerance = Math.max(0, ...numbers.map((c) => c.size));
  return clustered(numbers.map(centre), tolerance);
}
