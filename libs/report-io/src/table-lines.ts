/**
 * Tables flattened the way parseReportText reads them, and the way copying a table out of
 * Word gives them: one row per line, cells separated by tabs, a merged cell printed once
 * with empty cells for the rest of its span, so that values stay under their headers.
 */
export interface SpanCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** A cell's text on one line: tabs and line breaks inside a cell would split it. */
export function cellText(raw: string): string {
  return raw.replace(/\s+/gu, ' ').trim();
}

/** Rows in HTML's model: a cell spanning rows is absent from the rows below it. */
export function spannedTableLines(rows: readonly SpanCell[][]): string[] {
  // How many more rows each grid column is still covered by a cell from above.
  const coveredFor: number[] = [];
  return rows.map((row) => {
    const cells: string[] = [];
    let column = 0;
    const fillCovered = () => {
      while ((coveredFor[column] ?? 0) > 0) {
        coveredFor[column] -= 1;
        cells.push('');
        column += 1;
      }
    };
    for (const cell of row) {
      fillCovered();
      const span = Math.max(1, cell.colSpan);
      cells.push(cellText(cell.text), ...Array<string>(span - 1).fill(''));
      for (let k = 0; k < span; k++) coveredFor[column + k] = Math.max(0, cell.rowSpan - 1);
      column += span;
    }
    // Columns right of the row's last cell: still covered from above, or simply left empty.
    for (; column < coveredFor.length; column++) {
      if (coveredFor[column] > 0) coveredFor[column] -= 1;
      cells.push('');
    }
    return cells.join('\t');
  });
}
