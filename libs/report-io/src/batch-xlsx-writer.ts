import ExcelJS from 'exceljs';
import { batchTotalsLine, formatName, VERDICT_NAMES, type BatchSummary } from './batch-summary';
import { describeCell } from '../../domain/src/annual-report';

/**
 * A batch as a workbook a coordinator circulates: 汇总, a row per file; 问题清单, a row per
 * error and warning, and one per file that could not be checked with why.
 */
export async function renderBatchXlsx(summary: BatchSummary): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const overview = sheet(workbook, '汇总', { 文件: 36, 机关: 24, 年度: 8, 格式: 14, 结论: 10, 错误: 8, 警告: 8, 无法检查的原因: 60 });
  for (const f of summary.files) {
    overview.addRow([
      f.fileName,
      f.bodyName ?? '',
      f.year ?? '',
      formatName(f),
      VERDICT_NAMES[f.verdict],
      f.refusal ? '' : f.errors.length,
      f.refusal ? '' : f.warnings.length,
      f.refusal ? `${f.refusal.message}（${f.refusal.code}）` : '',
    ]);
  }
  overview.addRow([]);
  overview.addRow([batchTotalsLine(summary)]);

  const issues = sheet(workbook, '问题清单', { 文件: 36, 级别: 8, 类别: 28, 行: 6, 单元格: 40, 说明: 80 });
  for (const f of summary.files) {
    if (f.refusal) issues.addRow([f.fileName, '无法检查', f.refusal.code, f.refusal.line ?? '', '', f.refusal.message]);
    for (const [level, items] of [['错误', f.errors], ['警告', f.warnings]] as const) {
      for (const i of items) issues.addRow([f.fileName, level, i.kind, i.line ?? '', i.cells.map(describeCell).join('；'), i.message]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet with a bold header row that stays in view; `columns` maps each header to its width. */
function sheet(workbook: ExcelJS.Workbook, name: string, columns: Record<string, number>): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name);
  worksheet.columns = Object.entries(columns).map(([header, width]) => ({ header, width }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.views = [{ state: 'frozen', ySplit: 1 }];
  return worksheet;
}
