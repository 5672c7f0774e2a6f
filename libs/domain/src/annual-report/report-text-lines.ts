/**
 * A published report's text, as tables flattened to lines: one table row per line, cells
 * separated by tabs (what copying from Word, WPS or a browser gives) or by | (Markdown).
 */
export interface TextLine {
  /** 1-based, as an editor shows it. */
  number: number;
  text: string;
  cells: string[];
}

export function splitLines(text: string): TextLine[] {
  return text.split(/\r\n|\r|\n/u).map((raw, i) => ({ number: i + 1, text: raw, cells: cellsOf(raw) }));
}

function cellsOf(raw: string): string[] {
  if (raw.includes('\t')) return raw.split('\t').map((c) => c.trim());
  const trimmed = raw.trim();
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 1) {
    // A Markdown separator row (|---|---|) carries no cells.
    if (/^\|[\s:|-]*\|$/u.test(trimmed)) return [''];
    return trimmed.slice(1, -1).split('|').map((c) => c.trim());
  }
  return [trimmed];
}

export function isBlank(line: TextLine): boolean {
  return line.cells.every((c) => c === '');
}

export interface IndexedCell {
  index: number;
  text: string;
}

export function filledCells(line: TextLine): IndexedCell[] {
  return line.cells.flatMap((text, index) => (text === '' ? [] : [{ index, text }]));
}

export type CellReading =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; integer: boolean }
  | { kind: 'text'; text: string };

const NUMBER = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/u;

/** Full-width digits and thousands separators are read; anything else is text. */
export function readCell(raw: string): CellReading {
  const text = raw.normalize('NFKC').replace(/\s+/gu, '');
  if (text === '') return { kind: 'blank' };
  if (!NUMBER.test(text)) return { kind: 'text', text: raw.trim() };
  const value = Number(text.replace(/,/gu, ''));
  return { kind: 'number', value, integer: Number.isInteger(value) };
}

export function isNumberCell(raw: string): boolean {
  return readCell(raw).kind === 'number';
}

/**
 * Where `count` values can sit in `region` (the cells after a row's label): every offset
 * whose window holds all the non-empty cells. Flattening pads merged cells with empty
 * ones, so a window is not always at the start; more than one offset means blanks at the
 * edge make the position ambiguous.
 */
export function possibleOffsets(region: readonly string[], count: number): number[] {
  const filled = region.flatMap((c, i) => (c === '' ? [] : [i]));
  const first = filled.length > 0 ? filled[0] : region.length;
  const last = filled.length > 0 ? filled[filled.length - 1] : -1;
  const offsets: number[] = [];
  for (let offset = 0; offset + count <= region.length; offset++) {
    if (offset <= first && last < offset + count) offsets.push(offset);
  }
  return offsets;
}
