import type { PdfTextItem } from './pdf-text-items';

/** Runs closer than this many font sizes are one word; between this and a cell gap, a space. */
export const WORD_GAP = 0.15;

/** Runs grouped by baseline, top of the page first, each line left to right. */
export function baselines(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - item.y) <= 0.3 * Math.min(line[0].size, item.size)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

/** Whether a space stands between two runs of one line. */
export function spaced(previous: PdfTextItem, next: PdfTextItem, size = Math.max(previous.size, next.size)): boolean {
  return next.x - (previous.x + previous.width) > WORD_GAP * size;
}

/** Values within `tolerance` of their neighbour as one, each group by its mean, ascending. */
export function clustered(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const v of sorted) {
    const group = groups[groups.length - 1];
    if (group && v - group[group.length - 1] <= tolerance) group.push(v);
    else groups.push([v]);
  }
  return groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/** The index of the value nearest to `x`. */
export function nearestIndex(values: readonly number[], x: number): number {
  let best = 0;
  values.forEach((v, i) => {
    if (Math.abs(v - x) < Math.abs(values[best] - x)) best = i;
  });
  return best;
}
