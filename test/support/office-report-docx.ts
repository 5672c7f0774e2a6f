import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { LayoutTable, ReportBlock } from '../../libs/report-io/src';
import { reportTableCell } from '../../libs/report-io/src/report-docx-writer';

/*
 * A report as a district office types it in Word: the tables squeezed into narrow columns
 * so long labels and headers wrap inside their cells, the request table running onto the
 * next page with its header rows repeated, a running header and "- n -" page numbers in
 * the footer. The project's own writer avoids all of these; published files have them.
 */

const TEXT_SIZE = 28; // half-points
/** Grid widths in twips: label columns of two to six characters, number columns of two. */
const COLUMNS: Record<LayoutTable['section'], number[]> = {
  2: [1300, 700, 700, 700],
  3: [700, 900, 1500, 620, 620, 620, 620, 620, 620, 620],
  4: Array<number>(15).fill(560),
};
/** How many leading rows of each table are its header, repeated on every page it crosses. */
const HEADER_ROWS: Record<LayoutTable['section'], number> = { 2: 0, 3: 3, 4: 3 };

export function officeReportDocx(blocks: readonly ReportBlock[], runningHeader: string): Promise<Buffer> {
  const children = blocks.map((block) =>
    block.kind === 'table'
      ? table(block.table)
      : new Paragraph({
          alignment: block.kind === 'title' ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: block.text, size: block.kind === 'title' ? 36 : TEXT_SIZE, font: 'Noto Serif CJK SC' })],
        }),
  );
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size: TEXT_SIZE })],
      }),
    ],
  });
  const header = new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: runningHeader, size: 18 })] })],
  });
  return Packer.toBuffer(
    new Document({
      sections: [{ headers: { default: header }, footers: { default: footer }, children }],
    }),
  );
}

function table(layout: LayoutTable): Table {
  const widths = COLUMNS[layout.section];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: layout.rows.map(
      (row, i) => new TableRow({ tableHeader: i < HEADER_ROWS[layout.section], cantSplit: true, children: row.map(reportTableCell) }),
    ),
  });
}
