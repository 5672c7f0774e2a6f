import ExcelJS from 'exceljs';

/** A ledger workbook as a person would fill it in, for the file input. */
export async function ledgerFile(rows: unknown[][]): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  rows.forEach((row) => sheet.addRow(row));
  return { name: 'ledger.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
