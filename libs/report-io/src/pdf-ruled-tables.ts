import { baselines, clustered, nearestIndex, spaced } from './pdf-runs';
import type { PdfRule, PdfTextItem } from './pdf-text-items';

/** Lines closer than this (PDF units) are one border: Word draws a border as a thin box. */
const SNAP = 2;

/** A table whose cells are drawn: its extent on the page and its rows as the parser reads them. */
export interface RuledTable {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** The column borders, left to right. */
  xs: number[];
  rowCount: number;
  /** The cells holding text; a grid position in none is an empty cell. */
  cells: RuledCell[];
}

/** A bordered cell at its top-left grid position, spanning rows and columns when merged. */
export interface RuledCell {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

/**
 * The tables of a page that are drawn with borders, as Word, WPS and LibreOffice print them,
 * read cell by cell: every run goes to the bordered cell it sits in, so a label wrapped over
 * several lines, a cell merged over rows and a number centred in a tall row all stay in
 * their cells. Returns the tables and the runs outside them.
 */
export function ruledTables(items: readonly PdfTextItem[], rules: readonly PdfRule[]): { tables: RuledTable[]; rest: PdfTextItem[] } {
  const tables: RuledTable[] = [];
  const taken = new Set<PdfTextItem>();
  for (const group of connectedRules(rules)) {
    const horizontal = group.filter(isHorizontal);
    const vertical = group.filter((r) => !isHorizontal(r));
    const xs = clustered(vertical.map((r) => r.x1), SNAP);
    const ys = clustered(horizontal.map((r) => r.y1), SNAP).reverse();
    // At least two rows and two columns: a lone box is a frame or a page background, not a table.
    if (xs.length < 3 || ys.length < 3) continue;
    const box = { left: xs[0], right: xs[xs.length - 1], top: ys[0], bottom: ys[ys.length - 1] };
    const inside = items.filter((item) => {
      const { x, y } = anchor(item);
      return !taken.has(item) && x > box.left && x < box.right && y < box.top && y > box.bottom;
    });
    if (inside.length === 0) continue;
    const cells = new Map<string, PdfTextItem[]>();
    for (const item of inside) {
      taken.add(item);
      const key = cellOf(item, horizontal, vertical, xs, ys, box);
      cells.set(key, [...(cells.get(key) ?? []), item]);
    }
    tables.push({
      ...box,
      xs,
      rowCount: ys.length - 1,
      cells: [...cells].map(([key, cellItems]) => {
        const [row, column, bottom, right] = key.split(':').map(Number);
        return { row, column, rowSpan: Math.max(1, bottom - row), colSpan: Math.max(1, right - column), text: cellText(cellItems) };
      }),
    });
  }
  return { tables: tables.sort((a, b) => b.top - a.top), rest: items.filter((item) => !taken.has(item)) };
}

const isHorizontal = (rule: PdfRule) => rule.y2 - rule.y1 < SNAP;

/** Where a run is taken to be: the middle of its text, a third of a size above the baseline. */
function anchor(item: PdfTextItem): { x: number; y: number } {
  return { x: item.x + item.width / 2, y: item.y + item.size / 3 };
}

/** Rules that touch or cross one another belong to one table. */
function connectedRules(rules: readonly PdfRule[]): PdfRule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const touch = (a: PdfRule, b: PdfRule) =>
    a.x1 <= b.x2 + SNAP && b.x1 <= a.x2 + SNAP && a.y1 <= b.y2 + SNAP && b.y1 <= a.y2 + SNAP;
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) if (touch(rules[i], rules[j])) parent[find(i)] = find(j);
  }
  const groups = new Map<number, PdfRule[]>();
  rules.forEach((rule, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), rule]));
  return [...groups.values()];
}

/**
 * `row:column:bottom:right` of the bordered cell holding the run, as grid indices: the
 * nearest borders around it that run past it. A cell merged over rows or columns has no
 * border inside, so its runs all find the same corners.
 */
function cellOf(
  item: PdfTextItem,
  horizontal: readonly PdfRule[],
  vertical: readonly PdfRule[],
  xs: readonly number[],
  ys: readonly number[],
  box: { left: number; top: number; right: number; bottom: number },
): string {
  const { x, y } = anchor(item);
  const lefts = vertical.filter((r) => r.x1 <= x && r.y1 - SNAP <= y && y <= r.y2 + SNAP).map((r) => r.x1);
  const tops = horizontal.filter((r) => r.y1 >= y && r.x1 - SNAP <= x && x <= r.x2 + SNAP).map((r) => r.y1);
  const rights = vertical.filter((r) => r.x1 >= x && r.y1 - SNAP <= y && y <= r.y2 + SNAP).map((r) => r.x1);
  const bottoms = horizontal.filter((r) => r.y1 <= y && r.x1 - SNAP <= x && x <= r.x2 + SNAP).map((r) => r.y1);
  const left = lefts.length > 0 ? Math.max(...lefts) : box.left;
  const top = tops.length > 0 ? Math.min(...tops) : box.top;
  const right = rights.length > 0 ? Math.min(...rights) : box.right;
  const bottom = bottoms.length > 0 ? Math.max(...bottoms) : box.bottom;
  return [nearestIndex(ys, top), nearestIndex(xs, left), nearestIndex(ys, bottom), nearestIndex(xs, right)].join(':');
}

/** A cell's runs line by line, top first; wrapped lines joined without a break. */
function cellText(items: readonly PdfTextItem[]): string {
  const text = baselines(items)
    .map((line) => line.reduce((joined, item, k) => (k > 0 && spaced(line[k - 1], item) ? `${joined} ${item.text}` : joined + item.text), ''))
    .reduce((joined, line) => (/[A-Za-z0-9]$/u.test(joined) && /^[A-Za-z0-9]/u.test(line) ? `${joined} ${line}` : joined + line), '');
  return text.replace(/\s+/gu, ' ').trim();
}
