import type { RowError } from '../../../../libs/domain/src/registry/import-rows';
import { readTable, SpreadsheetError, type SheetTable } from '../../../../libs/spreadsheet/src';
import { AppError, type FieldIssue } from './app-error';

/*
 * The two-step import of a sheet (.xlsx): read it, find its columns by their Chinese or English
 * header, list every bad row by its Excel row number, and write nothing unless none is bad. A
 * preview (dryRun) runs the same checks and stops before the write.
 */

/** The file as a table, when it is an .xlsx workbook the spreadsheet reader can read. */
export async function readXlsxTable(content: Buffer, fileName: string, what: string): Promise<SheetTable> {
  const isXlsx = content.length >= 4 && content.readUInt32BE(0) === 0x504b0304;
  if (!isXlsx) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `“${fileName}”不是 .xlsx 工作簿；请上传按模板填写的${what} .xlsx 文件`, [{ field: 'file', reason: '不是 .xlsx 工作簿' }]);
  try {
    return await readTable(content, fileName);
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new AppError('VALIDATION_FAILED', error.message, [{ field: 'file', reason: error.message }]);
    throw error;
  }
}

/** The refusal of a whole file: every bad row, in row order. */
export function importRejected(what: string, errors: readonly RowError[]): AppError {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  const details: FieldIssue[] = sorted.map((e) => ({ row: e.row, field: e.field ?? 'row', reason: e.reason }));
  return new AppError('IMPORT_REJECTED', `${what}文件有 ${sorted.length} 处问题，未导入任何内容`, details);
}

/**
 * Where each column is, by the header names accepted for it (the first is the one a missing
 * column is named by); a missing required column is refused at once.
 */
export function sheetColumns<C extends string>(table: SheetTable, columns: Record<C, readonly string[]>, required: readonly C[], what: string) {
  const index = new Map<C, number>();
  const errors: RowError[] = [];
  const normalised = table.headers.map((h) => h.trim().toLowerCase());
  for (const [column, names] of Object.entries(columns) as Array<[C, readonly string[]]>) {
    const at = normalised.findIndex((h) => names.some((n) => n.toLowerCase() === h));
    if (at >= 0) index.set(column, at);
    else if (required.includes(column)) errors.push({ row: table.headerRowNumber, field: column, reason: `缺少“${names[0]}”列` });
  }
  if (errors.length) throw importRejected(what, errors);
  return (cells: string[], column: C): string => (index.has(column) ? (cells[index.get(column)!] ?? '').trim() : '');
}
