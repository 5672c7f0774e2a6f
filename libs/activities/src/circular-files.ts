import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, AlignmentType } from 'docx';
import ExcelJS from 'exceljs';
import { circularFilenames, type QuarterlyCircular } from '../../domain/src/supervision/quarterly-circular';
import { DOCX, XLSX } from '../../domain/src/text/office-media-types';
import { rankingChartAttachment } from './circular-chart';
import type { RenderedMail } from '../../domain/src/supervision/text-format';
import type { MailAttachment } from '../../persistence/src/entities/mail-message.entity';

/**
 * The circular as a Word document, from the same plain text the email carries so the two never
 * differ: tab-separated lines are the ranking table, every other line a paragraph.
 */
export async function circularDocx(circular: QuarterlyCircular, rendered: RenderedMail): Promise<Buffer> {
  const lines = rendered.text.split('\n').slice(1);
  const children: Array<Paragraph | Table> = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: circular.title, bold: true, size: 36 })] }),
  ];
  let rows: string[][] = [];
  const flushTable = () => {
    if (rows.length === 0) return;
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: rows.map((cells, i) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: i === 0 })] })] })) })),
      }),
    );
    rows = [];
  };
  for (const line of lines) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    flushTable();
    if (line !== '') children.push(new Paragraph({ children: [new TextRun(line)] }));
  }
  flushTable();
  const document = new Document({ creator: circular.issuer, title: circular.title, sections: [{ children }] });
  return Packer.toBuffer(document);
}

/** The ranking as a spreadsheet: the printed table, then the units listed apart. */
export async function rankingXlsx(circular: QuarterlyCircular): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('排名');
  sheet.addRow(circular.table.headers);
  sheet.getRow(1).font = { bold: true };
  for (const row of circular.table.rows) sheet.addRow(row);
  if (circular.unranked.length > 0) {
    const apart = workbook.addWorksheet('不参与排名');
    apart.addRow(['单位', '到期事项（件）', '说明']);
    apart.getRow(1).font = { bold: true };
    for (const unit of circular.unranked) apart.addRow([unit.unitName, unit.itemsDue, unit.note]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function circularAttachments(circular: QuarterlyCircular, docx: string, xlsx: string): MailAttachment[] {
  const names = circularFilenames(circular);
  return [
    ...rankingChartAttachment(circular),
    { filename: names.docx, contentType: DOCX, contentBase64: docx },
    { filename: names.xlsx, contentType: XLSX, contentBase64: xlsx },
  ];
}
