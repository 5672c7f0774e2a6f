import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

import { MAX_DATA_ROWS, SpreadsheetError, cellText, readTable } from './read-table';

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readError(content: Buffer, fileName = 'upload'): Promise<SpreadsheetError> {
  try {
    await readTable(content, fileName);
  } catch (err) {
    expect(err).toBeInstanceOf(SpreadsheetError);
    return err as SpreadsheetError;
  }
  throw new Error('expected readTable to fail');
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
// GB18030 bytes, encoded by hand: 单位 = B5A5 CEBB, 名称 = C3FB B3C6, 上级 = C9CF BCB6, 办公室 = B0EC B9AB CAD2.
const GB = {
  单位: [0xb5, 0xa5, 0xce, 0xbb],
  名称: [0xc3, 0xfb, 0xb3, 0xc6],
  上级: [0xc9, 0xcf, 0xbc, 0xb6],
  办公室: [0xb0, 0xec, 0xb9, 0xab, 0xca, 0xd2],
};
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];

describe('csv-parse under CommonJS', () => {
  it('loads csv-parse/sync through require', () => {
    expect(parse('a,b\n"x,1",2\n')).toEqual([
      ['a', 'b'],
      ['x,1', '2'],
    ]);
  });
});

describe('readTable: xlsx', () => {
  it('reads the first worksheet with row numbers as in Excel, skipping blank rows', async () => {
    const content = await xlsx((wb) => {
      const ws = wb.addWorksheet('单位');
      ws.getCell('A1').value = '名称';
      ws.getCell('B1').value = ' 上级单位 ';
      ws.getCell('A2').value = '  县政府办公室 ';
      // row 3 left blank; row 4 has only whitespace; row 5 has a styled but empty cell
      ws.getCell('A4').value = '   ';
      ws.getCell('A5').font = { bold: true };
      ws.getCell('A6').value = '县财政局';
      ws.getCell('B6').value = '县政府办公室';
      wb.addWorksheet('其他').getCell('A1').value = 'ignored';
    });
    const table = await readTable(content, 'units.xlsx');
    expect(table).toEqual({
      format: 'xlsx',
      headerRowNumber: 1,
      headers: ['名称', '上级单位'],
      rows: [
        { rowNumber: 2, cells: ['县政府办公室', ''] },
        { rowNumber: 6, cells: ['县财政局', '县政府办公室'] },
      ],
    });
  });

  it('turns rich text, formulas, dates, hyperlinks, booleans and numbers into plain strings', async () => {
    const content = await xlsx((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['rich', 'formula', 'date', 'phone', 'float', 'link', 'bool', 'shared']);
      ws.addRow([
        { richText: [{ text: '县' }, { text: '财政局', font: { bold: true } }] },
        { formula: 'CONCATENATE("a","b")', result: ' ab ' },
        new Date(Date.UTC(2024, 2, 5)),
        13800138000,
        0.1 + 0.2,
        { text: 'Li@Example.gov.cn', hyperlink: 'mailto:Li@Example.gov.cn' },
        true,
        { formula: '1+1', result: 2 },
      ]);
    });
    const table = await readTable(content, 'x.xlsx');
    expect(table.rows).toEqual([
      {
        rowNumber: 2,
        cells: ['县财政局', 'ab', '2024-03-05', '13800138000', '0.3', 'Li@Example.gov.cn', 'TRUE', '2'],
      },
    ]);
  });

  it('pads short rows to the header width and keeps values past it', async () => {
    const content = await xlsx((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow(['a', 'b', 'c']);
      ws.addRow(['1']);
      ws.addRow(['1', '2', '3', '4']);
    });
    const table = await readTable(content, 'x.xlsx');
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '', ''],
      ['1', '2', '3', '4'],
    ]);
  });

  it('detects xlsx by content even with a .csv name', async () => {
    const content = await xlsx((wb) => wb.addWorksheet('s').addRow(['name']));
    expect((await readTable(content, 'misnamed.csv')).format).toBe('xlsx');
  });

  it('takes the first non-blank row as the header and reports where it is', async () => {
    const content = await xlsx((wb) => {
      const ws = wb.addWorksheet('s');
      ws.getCell('A3').value = '姓名';
      ws.getCell('A4').value = '张三';
    });
    const table = await readTable(content, 'x.xlsx');
    expect(table.headerRowNumber).toBe(3);
    expect(table.headers).toEqual(['姓名']);
    expect(table.rows).toEqual([{ rowNumber: 4, cells: ['张三'] }]);
  });

  it('rejects a worksheet without any content as NO_HEADER', async () => {
    const content = await xlsx((wb) => wb.addWorksheet('empty'));
    expect((await readError(content)).code).toBe('NO_HEADER');
  });

  it('rejects a corrupt zip as UNREADABLE', async () => {
    const good = await xlsx((wb) => wb.addWorksheet('s').addRow(['name']));
    const corrupt = Buffer.concat([good.subarray(0, 40), Buffer.alloc(200, 0x41)]);
    const err = await readError(corrupt, 'broken.xlsx');
    expect(err.code).toBe('UNREADABLE');
    expect(err.name).toBe('SpreadsheetError');
    expect(err.message).toContain('broken.xlsx');
  });

  it('rejects more than 50,000 data rows', async () => {
    const content = await xlsx((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow(['name']);
      for (let i = 0; i <= MAX_DATA_ROWS; i++) ws.addRow([`u${i}`]);
    });
    const err = await readError(content);
    expect(err.code).toBe('TOO_MANY_ROWS');
    expect(err.message).toContain(String(MAX_DATA_ROWS + 1));
  }, 60_000);
});

describe('readTable: CSV', () => {
  it('reads UTF-8 with BOM, quoted fields with commas and newlines, keeping Excel row numbers', async () => {
    const text = '名称,上级单位,联系邮箱\r\n"县政府办公室",,"a@x.cn, b@x.cn"\r\n\r\n,,\r\n"县财政局\n（本级）", 县政府办公室 ,\r\n县教育局,县政府办公室,c@x.cn\r\n';
    const table = await readTable(Buffer.concat([BOM, Buffer.from(text, 'utf8')]), 'units.csv');
    expect(table).toEqual({
      format: 'csv',
      headerRowNumber: 1,
      headers: ['名称', '上级单位', '联系邮箱'],
      rows: [
        { rowNumber: 2, cells: ['县政府办公室', '', 'a@x.cn, b@x.cn'] },
        { rowNumber: 5, cells: ['县财政局\n（本级）', '县政府办公室', ''] },
        { rowNumber: 6, cells: ['县教育局', '县政府办公室', 'c@x.cn'] },
      ],
    });
    expect(table.headers[0]!.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads UTF-8 without BOM', async () => {
    const table = await readTable(Buffer.from('name,email\n张三,z@x.cn\n'), 'p.csv');
    expect(table.headers).toEqual(['name', 'email']);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['张三', 'z@x.cn'] }]);
  });

  it('decodes GB18030 (Excel on Chinese Windows)', async () => {
    const bytes = Buffer.from([
      ...GB.名称, ...ascii(','), ...GB.上级, ...GB.单位, ...ascii('\r\n'),
      ...GB.办公室, ...ascii(',\r\n'),
      ...ascii('\r\n'),
      ...GB.单位, ...ascii(','), ...GB.办公室, ...ascii('\r\n'),
    ]);
    const table = await readTable(bytes, '单位.csv');
    expect(table.format).toBe('csv');
    expect(table.headers).toEqual(['名称', '上级单位']);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['办公室', ''] },
      { rowNumber: 4, cells: ['单位', '办公室'] },
    ]);
  });

  it('reads tab-separated UTF-16 "Unicode text"', async () => {
    const text = '\ufeff姓名\t邮箱\r\n张三\tz@x.cn\r\n';
    const table = await readTable(Buffer.from(text, 'utf16le'), 'p.txt');
    expect(table.headers).toEqual(['姓名', '邮箱']);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['张三', 'z@x.cn'] }]);
  });

  it('rejects an unclosed quote as UNREADABLE', async () => {
    expect((await readError(Buffer.from('name\n"abc\n'))).code).toBe('UNREADABLE');
  });

  it('rejects a file with only blank lines and commas as NO_HEADER', async () => {
    expect((await readError(Buffer.from(',,\n,,\n'))).code).toBe('NO_HEADER');
  });

  it('rejects more than 50,000 data rows', async () => {
    const lines = ['name', ...Array.from({ length: MAX_DATA_ROWS + 1 }, (_, i) => `u${i}`)];
    expect((await readError(Buffer.from(lines.join('\n')))).code).toBe('TOO_MANY_ROWS');
  });

  it('accepts exactly 50,000 data rows, ignoring blank lines', async () => {
    const lines = ['name', ...Array.from({ length: MAX_DATA_ROWS }, (_, i) => `u${i}`), '', '', ''];
    const table = await readTable(Buffer.from(lines.join('\n')), 'x.csv');
    expect(table.rows).toHaveLength(MAX_DATA_ROWS);
    expect(table.rows.at(-1)).toEqual({ rowNumber: MAX_DATA_ROWS + 1, cells: [`u${MAX_DATA_ROWS - 1}`] });
  });
});

describe('readTable: files that are not tables', () => {
  it('rejects an empty file', async () => {
    const err = await readError(Buffer.alloc(0), 'empty.xlsx');
    expect(err.code).toBe('EMPTY_FILE');
    expect(err.message).toContain('empty.xlsx');
  });

  it('rejects a file holding only a BOM and whitespace as EMPTY_FILE', async () => {
    expect((await readError(Buffer.concat([BOM, Buffer.from(' \r\n ')]))).code).toBe('EMPTY_FILE');
  });

  it('rejects a PDF even when it is named .csv', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x01])]);
    const err = await readError(pdf, 'units.csv');
    expect(err.code).toBe('UNSUPPORTED_FORMAT');
    expect(err.message).toContain('PDF');
  });

  it('rejects a legacy .xls, telling the user to save it as .xlsx', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const err = await readError(xls, 'units.xls');
    expect(err.code).toBe('UNSUPPORTED_FORMAT');
    expect(err.message).toContain('.xlsx');
  });

  it('rejects other binary content', async () => {
    const binary = Buffer.from([0x00, 0x01, 0x02, 0x03, 0x61, 0x62, 0x63, 0x00]);
    expect((await readError(binary)).code).toBe('UNSUPPORTED_FORMAT');
  });
});

describe('cellText', () => {
  it('handles values exceljs can return', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(12345678901234)).toBe('12345678901234');
    expect(cellText(1.1 * 3)).toBe('3.3');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText({ formula: 'A1', result: { error: '#REF!' } })).toBe('#REF!');
    expect(cellText({ formula: 'A1' })).toBe('');
    expect(cellText({ sharedFormula: 'A1', result: new Date(Date.UTC(2023, 11, 31)) })).toBe('2023-12-31');
    expect(cellText({ text: { richText: [{ text: ' a@b.cn ' }] }, hyperlink: 'mailto:a@b.cn' })).toBe('a@b.cn');
  });
});
