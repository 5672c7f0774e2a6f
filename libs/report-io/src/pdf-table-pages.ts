import { splitMarker } from '../../domain/src/annual-report/label-match';
import type { RuledTable } from './pdf-ruled-tables';
import { clustered, nearestIndex } from './pdf-runs';

/** Column borders closer than this (PDF units) on two pages are one border. */
const SNAP = 2;

/**
 * One table printed over several pages, as the lines the parser reads: the pieces put on
 * one grid of columns (a page may lack a border that only its rows draw), the header rows
 * each page repeats left out, and the text of a merged cell that the page break cut in
 * two (LibreOffice prints the rest at the top of the next page) joined again.
 */
export function tableLines(parts: readonly RuledTable[]): { text: string; part: number }[] {
  const xs = clustered(parts.flatMap((part) => part.xs), SNAP);
  const columns = xs.length - 1;
  const [first, ...rest] = parts.map((part) => regrid(part, xs));
  let whole = first;
  const partOf = Array<number>(first.rowCount).fill(0);
  for (const [k, part] of rest.entries()) {
    const seen = render(whole, columns);
    const lines = render(part, columns);
    let header = 0;
    while (header < lines.length - 1 && header < seen.length && lines[header] === seen[header]) header++;
    const joined = joinCutCells(whole, part, header);
    const body = joined.after.cells
      .filter((c) => c.row >= header)
      .map((c) => ({ ...c, row: c.row - header + whole.rowCount }));
    whole = { ...whole, rowCount: whole.rowCount + part.rowCount - header, cells: [...joined.before.cells, ...body] };
    partOf.push(...Array<number>(part.rowCount - header).fill(k + 1));
  }
  return render(whole, columns).map((text, row) => ({ text, part: partOf[row] }));
}

/**
 * A merged cell reaching the foot of one page, and text at the head of the next page's body
 * in the same column that does not start a numbered label of its own: one cell, cut.
 */
function joinCutCells(before: RuledTable, after: RuledTable, header: number): { before: RuledTable; after: RuledTable } {
  const beforeCells = before.cells.map((c) => ({ ...c }));
  const afterCells = after.cells.filter((cell) => {
    if (cell.row !== header || splitMarker(cell.text).marker !== null) return true;
    const cut = beforeCells.find(
      (c) => c.column === cell.column && c.rowSpan > 1 && c.row + c.rowSpan === before.rowCount,
    );
    if (!cut) return true;
    cut.text += cell.text;
    return false;
  });
  return { before: { ...before, cells: beforeCells }, after: { ...after, cells: afterCells } };
}

function render(table: RuledTable, columns: number): string[] {
  const rows = Array.from({ length: table.rowCount }, () => Array<string>(columns).fill(''));
  for (const cell of table.cells) rows[cell.row][cell.column] = cell.text;
  return rows.map((row) => row.join('\t'));
}

/** The table's cells on a finer grid of columns: a cell keeps its text in its first. */
function regrid(table: RuledTable, xs: readonly number[]): RuledTable {
  const index = (x: number) => nearestIndex(xs, x);
  return {
    ...table,
    xs: [...xs],
    cells: table.cells.map((cell) => {
      const column = index(table.xs[cell.column]);
      return { ...cell, column, colSpan: index(table.xs[cell.column + cell.colSpan]) - column };
    }),
  };
}
