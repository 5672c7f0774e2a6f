import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IFontAttributesProperties,
} from 'docx';
import type { AnnualReportFigures, ReportNarrative } from '../../domain/src/annual-report';
import { reportBlocks, type LayoutCell, type LayoutTable, type ReportBlock } from './report-layout';

// A4 with the margins of official documents (GB/T 9704): 156 mm of text width, in twips.
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The fonts official documents use: 小标宋 title, 黑体 headings, 仿宋 text, 宋体 tables. Sizes in half-points. */
const STYLE = {
  title: { font: font('方正小标宋简体'), size: 44 },
  heading: { font: font('黑体'), size: 32 },
  paragraph: { font: font('仿宋_GB2312'), size: 32 },
  table: { font: font('宋体'), size: 21 },
} as const;

function font(eastAsia: string): IFontAttributesProperties {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia };
}

/**
 * The report as a Word document in the official layout: title, the six sections, the three
 * tables with their merged cells. readReportFile reads it back to the same figures.
 */
export function renderReportDocx(figures: AnnualReportFigures, texts?: ReportNarrative): Promise<Buffer> {
  const document = new Document({
    creator: figures.bodyName || '政务公开办',
    title: `${figures.bodyName}${figures.year}年政府信息公开工作年度报告`,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children: reportBlocks(figures, texts).map(block),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function block(item: ReportBlock): Paragraph | Table {
  switch (item.kind) {
    case 'title':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 320 },
        children: [new TextRun({ text: item.text, ...STYLE.title })],
      });
    case 'heading':
      return new Paragraph({ spacing: { before: 160 }, children: [new TextRun({ text: item.text, ...STYLE.heading })] });
    case 'paragraph':
      return new Paragraph({
        indent: { firstLine: 640 },
        children: [new TextRun({ text: item.text, ...STYLE.paragraph })],
      });
    case 'table':
      return table(item.table);
  }
}

function table(layout: LayoutTable): Table {
  const total = layout.columns.reduce((a, b) => a + b, 0);
  const widths = layout.columns.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: layout.rows.map((row) => new TableRow({ children: row.map(reportTableCell) })),
  });
}

/** A cell of the layout as Word draws it: labels left, numbers centred, merged as the layout says. */
export function reportTableCell(layoutCell: LayoutCell): TableCell {
  return new TableCell({
    columnSpan: layoutCell.colSpan,
    rowSpan: layoutCell.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: layoutCell.role === 'label' ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: layoutCell.text, ...STYLE.table })],
      }),
    ],
  });
}
