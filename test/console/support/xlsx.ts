import ExcelJS from 'exceljs';

/** A workbook as a person would fill it in (the header row first), for the file input. */
export async function sheetFile(rows: unknown[][]): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('导入');
  rows.forEach((row) => sheet.addRow(row));
  return { name: 'import.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
