import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/**
 * A sheet read into strings. `rowNumber` is the row as the user sees it in Excel
 * (the header is normally row 1, the first data row row 2); completely empty rows
 * are left out but never renumber the rows after them.
 */
export interface SheetTable {
  format: 'xlsx' | 'csv';
  headers: string[];
  rows: Array<{ rowNumber: number; cells: string[] }>;
  /** Row number of the header row: 1 unless the file starts with blank rows. */
  headerRowNumber: number;
}

export type SpreadsheetErrorCode =
  | 'UNSUPPORTED_FORMAT'
  | 'EMPTY_FILE'
  | 'NO_HEADER'
  | 'UNREADABLE'
  | 'TOO_MANY_ROWS';

/** Reading failed; `message` is meant for the person who uploaded the file. */
export class SpreadsheetError extends Error {
  override readonly name = 'SpreadsheetError';

  constructor(
    readonly code: SpreadsheetErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Most data rows (after the header) an import may have. */
export const MAX_DATA_ROWS = 50_000;

const SAVE_AS_XLSX = '请在 Excel 中“另存为” .xlsx 工作簿或 CSV（逗号分隔）文件后重新上传。';

/**
 * Reads the first worksheet of an .xlsx file, or a CSV file (UTF-8, with or without BOM,
 * GB18030 as saved by Excel on Chinese Windows, or UTF-16 "Unicode text").
 * The format is decided by the content; `fileName` is only used in messages.
 */
export async function readTable(content: Buffer, fileName: string): Promise<SheetTable> {
  const label = fileName ? `“${fileName}”` : '上传的文件';
  if (content.length === 0) {
    throw new SpreadsheetError('EMPTY_FILE', `${label}是空文件。`);
  }
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04]) || startsWith(content, [0x50, 0x4b, 0x05, 0x06])) {
    return toTable('xlsx', await readXlsxRows(content, label), label);
  }
  if (startsWith(content, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new SpreadsheetError(
      'UNSUPPORTED_FORMAT',
      `${label}是旧版 Excel 97-2003（.xls）文件或带密码的 Excel 文件，无法读取。${SAVE_AS_XLSX}`,
    );
  }
  const known = knownBinaryFormat(content);
  if (known) {
    throw new SpreadsheetError('UNSUPPORTED_FORMAT', `${label}是${known}，不是表格文件。${SAVE_AS_XLSX}`);
  }
  const text = decodeText(content, label);
  if (text.trim() === '') {
    throw new SpreadsheetError('EMPTY_FILE', `${label}没有内容。`);
  }
  return toTable('csv', readCsvRows(text, label), label);
}

// ---------------------------------------------------------------------------
// xlsx

async function readXlsxRows(content: Buffer, label: string): Promise<Array<{ rowNumber: number; cells: string[] }>> {
  if (content.includes('application/vnd.oasis.opendocument')) {
    throw new SpreadsheetError('UNSUPPORTED_FORMAT', `${label}是 OpenDocument（.ods）表格。${SAVE_AS_XLSX}`);
  }
  if (content.includes('xl/workbook.bin')) {
    throw new SpreadsheetError('UNSUPPORTED_FORMAT', `${label}是 Excel 二进制工作簿（.xlsb）。${SAVE_AS_XLSX}`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's declared Buffer type predates @types/node's generic Buffer.
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    throw new SpreadsheetError('UNREADABLE', `${label}已损坏或不是有效的 .xlsx 文件，无法打开。${SAVE_AS_XLSX}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    if (!content.includes('xl/workbook.xml')) {
      throw new SpreadsheetError('UNSUPPORTED_FORMAT', `${label}是压缩包，但不是 Excel 工作簿。${SAVE_AS_XLSX}`);
    }
    throw new SpreadsheetError('NO_HEADER', `${label}中没有工作表。`);
  }
  // actualRowCount counts rows holding values; header + MAX_DATA_ROWS is the most we accept.
  if (sheet.actualRowCount > MAX_DATA_ROWS + 1) {
    throw tooManyRows(label, sheet.actualRowCount - 1);
  }
  const rows: Array<{ rowNumber: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) {
      cells.push(cellText(row.getCell(column).value));
    }
    rows.push({ rowNumber, cells });
  });
  return rows;
}

/** A cell value as the trimmed text a person sees in Excel. */
export function cellText(value: unknown): string {
  return rawCellText(value).trim();
}

function rawCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) {
      return (v.richText as Array<{ text?: unknown }>).map((part) => rawCellText(part.text)).join('');
    }
    if ('formula' in v || 'sharedFormula' in v) return rawCellText(v.result);
    if ('hyperlink' in v) return rawCellText(v.text ?? v.hyperlink);
    if (typeof v.error === 'string') return v.error;
    if ('text' in v) return rawCellText(v.text);
  }
  return String(value);
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  // 15 significant digits is what Excel shows; drops noise such as 0.30000000000000004.
  return String(Number(n.toPrecision(15)));
}

function dateText(d: Date): string {
  // exceljs maps Excel serial dates to UTC midnight.
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// ---------------------------------------------------------------------------
// CSV

function decodeText(content: Buffer, label: string): string {
  let text: string;
  if (startsWith(content, [0xff, 0xfe])) {
    text = new TextDecoder('utf-16le').decode(content);
  } else if (startsWith(content, [0xfe, 0xff])) {
    text = new TextDecoder('utf-16be').decode(content);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      try {
        text = new TextDecoder('gb18030', { fatal: true }).decode(content);
      } catch {
        throw new SpreadsheetError(
          'UNSUPPORTED_FORMAT',
          `${label}既不是 .xlsx 工作簿，也不是可识别编码（UTF-8 或 GBK/GB18030）的 CSV 文件。${SAVE_AS_XLSX}`,
        );
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Control characters other than tab/CR/LF mean this is some binary file, not text.
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0e-\x1a\x1c-\x1f]/.test(text.slice(0, 64 * 1024))) {
    throw new SpreadsheetError('UNSUPPORTED_FORMAT', `${label}不是表格文件。${SAVE_AS_XLSX}`);
  }
  return text;
}

function readCsvRows(text: string, label: string): Array<{ rowNumber: number; cells: string[] }> {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (err) {
    const line = (err as { lines?: unknown }).lines;
    const where = typeof line === 'number' ? `（第 ${line} 行附近）` : '';
    throw new SpreadsheetError('UNREADABLE', `${label}的 CSV 格式有误${where}，可能有未闭合的引号。${SAVE_AS_XLSX}`);
  }
  // Each record is one Excel row, even when a quoted field spans several lines.
  return records.map((record, index) => ({ rowNumber: index + 1, cells: record.map((cell) => cell.trim()) }));
}

/** Comma unless the header line clearly uses tabs (Excel "Unicode text") or semicolons. */
function guessDelimiter(text: string): string {
  const end = text.search(/\r?\n/);
  const first = end < 0 ? text : text.slice(0, end);
  const count = (ch: string) => first.split(ch).length - 1;
  const commas = count(',');
  if (count('\t') > commas) return '\t';
  if (count(';') > commas) return ';';
  return ',';
}

// ---------------------------------------------------------------------------
// shared

function toTable(
  format: 'xlsx' | 'csv',
  all: Array<{ rowNumber: number; cells: string[] }>,
  label: string,
): SheetTable {
  const nonEmpty = all.filter((row) => row.cells.some((cell) => cell !== ''));
  const [header, ...data] = nonEmpty;
  if (!header) {
    throw new SpreadsheetError('NO_HEADER', `${label}中没有内容：第一行应为列名（表头）。`);
  }
  if (data.length > MAX_DATA_ROWS) {
    throw tooManyRows(label, data.length);
  }
  const headers = trimTrailingEmpty(header.cells);
  const rows = data.map(({ rowNumber, cells }) => {
    const trimmed = trimTrailingEmpty(cells);
    while (trimmed.length < headers.length) trimmed.push('');
    return { rowNumber, cells: trimmed };
  });
  return { format, headers, rows, headerRowNumber: header.rowNumber };
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

function tooManyRows(label: string, count: number): SpreadsheetError {
  return new SpreadsheetError(
    'TOO_MANY_ROWS',
    `${label}有 ${count} 行数据，超过了单次导入的上限 ${MAX_DATA_ROWS} 行，请拆分后分批导入。`,
  );
}

function startsWith(content: Buffer, magic: number[]): boolean {
  return content.length >= magic.length && magic.every((byte, i) => content[i] === byte);
}

function knownBinaryFormat(content: Buffer): string | null {
  const ascii = content.subarray(0, 8).toString('latin1');
  if (ascii.startsWith('%PDF')) return 'PDF 文档';
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47])) return 'PNG 图片';
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'JPEG 图片';
  if (ascii.startsWith('GIF8')) return 'GIF 图片';
  if (ascii.startsWith('Rar!')) return 'RAR 压缩包';
  if (startsWith(content, [0x37, 0x7a, 0xbc, 0xaf])) return '7z 压缩包';
  if (startsWith(content, [0x1f, 0x8b])) return 'gzip 压缩包';
  if (ascii.startsWith('{\\rtf')) return 'RTF 文档';
  return null;
}
