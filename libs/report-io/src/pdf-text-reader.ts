import { pdfPageBlocks, type PdfBlock } from './pdf-line-layout';
import type { RuledTable } from './pdf-ruled-tables';
import { tableLines } from './pdf-table-pages';
import { readPdfPages } from './pdf-text-items';
import { NoTextLayerError } from './report-file-errors';

export interface PdfText {
  /** Lines with tab-separated table cells. */
  text: string;
  /** The page each line of `text` comes from, in order. */
  pages: number[];
}

/** The text layer of a PDF, page after page, as lines with tab-separated table cells. */
export async function readPdfText(content: Uint8Array, label: string): Promise<PdfText> {
  const pages = await readPdfPages(content, label);
  if (!pages.some((page) => page.items.some((item) => item.text.trim() !== ''))) {
    throw new NoTextLayerError(label, pages.length);
  }
  return documentLines(pages.map(pdfPageBlocks));
}

const PAGE_NUMBER = /^(?:[-—–－\s]*\d+[-—–－\s]*|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/u;

/**
 * The pages joined into one text, without what the page prints around the report: page
 * numbers, a running header or footer (the same line heading or closing two pages or
 * more, page numbers aside), and the header rows a table repeats on each page it crosses.
 */
export function documentLines(pages: readonly PdfBlock[][]): PdfText {
  const edge = (page: readonly PdfBlock[], end: 'first' | 'last') => {
    const block = page[end === 'first' ? 0 : page.length - 1];
    if (block?.kind !== 'lines') return null;
    return block.lines[end === 'first' ? 0 : block.lines.length - 1];
  };
  const shape = (line: string) => line.normalize('NFKC').replace(/\s+/gu, '').replace(/\d+/gu, '#');
  const repeated = (end: 'first' | 'last') => {
    const shapes = pages.map((page) => edge(page, end)).flatMap((line) => (line === null ? [] : [shape(line)]));
    return new Set(shapes.filter((s, i) => shapes.indexOf(s) !== i));
  };
  const running = { first: repeated('first'), last: repeated('last') };
  const furniture = (line: string | null, end: 'first' | 'last') =>
    line !== null && (PAGE_NUMBER.test(line.trim()) || running[end].has(shape(line)));

  const pieces: { block: PdfBlock; page: number; first: boolean }[] = [];
  pages.forEach((blocks, p) => {
    const page = blocks.map((block) => (block.kind === 'lines' ? { ...block, lines: [...block.lines] } : block));
    // Twice: a running header above a page number, or a footer under one.
    for (let pass = 0; pass < 2; pass++) {
      for (const end of ['first', 'last'] as const) {
        if (!furniture(edge(page, end), end)) continue;
        const at = end === 'first' ? 0 : page.length - 1;
        const block = page[at] as { kind: 'lines'; lines: string[] };
        if (end === 'first') block.lines.shift();
        else block.lines.pop();
        if (block.lines.length === 0) page.splice(at, 1);
      }
    }
    page.forEach((block, b) => pieces.push({ block, page: p + 1, first: b === 0 }));
  });

  const lines: string[] = [];
  const pageOf: number[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const { block, page } = pieces[i];
    if (block.kind === 'lines') {
      lines.push(...block.lines);
      pageOf.push(...block.lines.map(() => page));
      continue;
    }
    // A table ending one page and one starting the next are one table crossing the break.
    const parts = [{ table: block.table, page }];
    while (pieces[i + 1]?.block.kind === 'table' && pieces[i + 1].first && pieces[i + 1].page > parts[parts.length - 1].page) {
      i += 1;
      parts.push({ table: (pieces[i].block as { table: RuledTable }).table, page: pieces[i].page });
    }
    for (const row of tableLines(parts.map((p) => p.table))) {
      lines.push(row.text);
      pageOf.push(parts[row.part].page);
    }
  }
  return { text: lines.join('\n'), pages: pageOf };
}
