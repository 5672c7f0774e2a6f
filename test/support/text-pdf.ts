import {
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  beginText,
  endText,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { LayoutTable, ReportBlock } from '../../libs/report-io/src';

/*
 * PDFs with a real text layer, made without a font file: text is set in STSong-Light, a CJK
 * font every PDF reader knows by name (Adobe-GB1), not embedded, as in many Chinese
 * government PDFs, and encoded with the UniGB-UTF16-H CMap.
 */

const PAGE = { width: 842, height: 595, margin: 36 };
const TEXT_SIZE = 10;
const TABLE_SIZE = 6;
const ROW_PITCH = TABLE_SIZE * 2;
const WRAP = 75;

export interface ReportPdfOptions {
  /** Print "- n -" at the foot of each page, as published reports do. */
  pageNumbers?: boolean;
}

/**
 * Prints report blocks the way Word and WPS print the template: paragraphs wrapped, tables on
 * a grid with labels left-aligned, numbers centred, and merged cells centred over the rows
 * they span (half-way between two rows when the span is even). A table starts a new page
 * when it does not fit.
 */
export async function reportPdf(blocks: readonly ReportBlock[], options: ReportPdfOptions = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = stSongLight(doc);
  let page: PDFPage | null = null;
  let y = 0;
  const newPage = () => {
    page = doc.addPage([PAGE.width, PAGE.height]);
    page.node.setFontDictionary(PDFName.of('F1'), font);
    if (options.pageNumbers) draw(page, `- ${doc.getPageCount()} -`, PAGE.width / 2 - 12, PAGE.margin / 2, TEXT_SIZE);
    y = PAGE.height - PAGE.margin;
  };
  const room = (height: number): PDFPage => {
    if (!page || y - height < PAGE.margin) newPage();
    return page!;
  };

  for (const block of blocks) {
    if (block.kind === 'table') {
      const height = (block.table.rows.length + 1) * ROW_PITCH;
      const target = room(height);
      drawTable(target, block.table, y);
      y -= height;
      continue;
    }
    for (let at = 0; at < block.text.length; at += WRAP) {
      const target = room(TEXT_SIZE * 1.6);
      y -= TEXT_SIZE * 1.6;
      draw(target, block.text.slice(at, at + WRAP), PAGE.margin, y, TEXT_SIZE);
    }
  }
  return Buffer.from(await doc.save());
}

/** A PDF whose one page has no text at all, as a scan without OCR. */
export async function pdfWithoutText(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([PAGE.width, PAGE.height]).drawRectangle({ x: 100, y: 100, width: 200, height: 120 });
  return Buffer.from(await doc.save());
}

function drawTable(page: PDFPage, table: LayoutTable, top: number): void {
  const total = table.columns.reduce((a, b) => a + b, 0);
  const width = PAGE.width - 2 * PAGE.margin;
  const lefts = table.columns.reduce<number[]>((acc, w, i) => [...acc, acc[i] + (w / total) * width], [PAGE.margin]);
  const baseline = (row: number) => top - (row + 1) * ROW_PITCH;
  // Which grid columns of each row are covered by a cell from a row above.
  const covered = table.rows.map(() => new Set<number>());
  table.rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (covered[r].has(column)) column++;
      const span = cell.colSpan ?? 1;
      const rows = cell.rowSpan ?? 1;
      for (let k = 1; k < rows; k++) for (let c = 0; c < span; c++) covered[r + k]?.add(column + c);
      const left = lefts[column];
      const right = lefts[column + span];
      const textWidth = widthOf(cell.text, TABLE_SIZE);
      const x = cell.role === 'label' ? left + 2 : left + (right - left - textWidth) / 2;
      const y = (baseline(r) + baseline(r + rows - 1)) / 2;
      if (cell.text) draw(page, cell.text, x, y, TABLE_SIZE);
      column += span;
    }
  });
}

/** Latin characters are half as wide as CJK ones (the W array below). */
function widthOf(text: string, size: number): number {
  return [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x7f ? 0.5 : 1) * size, 0);
}

function draw(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const hex = Buffer.from(text, 'utf16le').swap16().toString('hex');
  page.pushOperators(beginText(), setFontAndSize('F1', size), setTextMatrix(1, 0, 0, 1, x, y), showText(PDFHexString.of(hex)), endText());
}

function stSongLight(doc: PDFDocument): PDFRef {
  const context = doc.context;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: 'STSong-Light',
      Flags: 6,
      FontBBox: [-25, -254, 1000, 880],
      ItalicAngle: 0,
      Ascent: 880,
      Descent: -120,
      CapHeight: 880,
      StemV: 93,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType0',
      BaseFont: 'STSong-Light',
      CIDSystemInfo: context.obj({ Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 4 }),
      FontDescriptor: descriptor,
      DW: 1000,
      // CIDs 1–95 of Adobe-GB1 are the proportional Latin characters: half width.
      W: [1, 95, 500],
    }),
  );
  return context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: 'STSong-Light',
      Encoding: 'UniGB-UTF16-H',
      DescendantFonts: [cidFont],
    }),
  );
}
