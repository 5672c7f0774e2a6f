import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfWithoutText } from '../../../test/support/text-pdf';
import { checkReport } from '../../domain/src/annual-report';
import { exampleReport } from '../../domain/src/annual-report/report-examples';
import {
  EmptyReportFileError,
  NoTextLayerError,
  readReportFile,
  renderReportDocx,
  renderReportHtml,
  UnreadableReportFileError,
  UnsupportedReportFileError,
} from '.';

const sample = readFileSync(join(__dirname, '../../domain/src/annual-report/testdata/annual-report-sample.txt'));

async function failure(content: Uint8Array, fileName = '年报.docx'): Promise<Error> {
  try {
    await readReportFile(content, fileName);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected readReportFile to fail');
}

describe('readReportFile: plain text', () => {
  it('reads the sample (UTF-8) as it is, and the same text with a byte-order mark', async () => {
    expect(await readReportFile(sample, 'sample.txt')).toEqual({ format: 'text', text: sample.toString('utf8') });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample]);
    expect((await readReportFile(withBom)).text).toBe(sample.toString('utf8'));
  });

  it('reads GB18030, as Notepad and WPS save on Chinese Windows', async () => {
    // 年度报告 in GB18030, encoded by hand: C4EA B6C8 B1A8 B8E6.
    const gb = Buffer.from([0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6, 0x0a]);
    expect(await readReportFile(gb, 'report.txt')).toEqual({ format: 'text', text: '年度报告\n' });
  });
});

describe('readReportFile: the kind of file is told by its content, not its name', () => {
  it('reads a Word document named .txt and a web page named .docx', async () => {
    const docx = await renderReportDocx(exampleReport());
    expect((await readReportFile(docx, 'report.txt')).format).toBe('docx');
    const html = Buffer.from(renderReportHtml(exampleReport()));
    expect((await readReportFile(html, 'report.docx')).format).toBe('html');
  });

  it('reads each format of the same report to the same figures', async () => {
    const figures = exampleReport();
    const files = [await renderReportDocx(figures), Buffer.from(renderReportHtml(figures))];
    for (const file of files) {
      const { text } = await readReportFile(file);
      const { narrative, ...read } = checkReport(text).figures;
      const { narrative: expectedNarrative, ...expected } = figures;
      expect(read).toEqual(expected);
      expect(narrative?.problems).toBe(expectedNarrative?.problems?.replace(/\n+/gu, '\n'));
    }
  });
});

describe('readReportFile: files it cannot read, each with a message saying what to upload', () => {
  it('refuses an empty file', async () => {
    const error = await failure(Buffer.alloc(0), '年报.txt');
    expect(error).toBeInstanceOf(EmptyReportFileError);
    expect(error.message).toBe('“年报.txt”是空文件');
  });

  it.each([
    ['an old Word .doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), '旧版 Word 97-2003（.doc）'],
    ['a scanned page as PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), '图片，没有文字层'],
    ['an RTF file', Buffer.from('{\\rtf1\\ansi 年度报告}'), 'RTF 文档'],
    ['binary data', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x80, 0x81, 0x00, 0x10]), '无法识别的文件'],
  ])('refuses %s', async (_what, content, says) => {
    const error = await failure(content);
    expect(error).toBeInstanceOf(UnsupportedReportFileError);
    expect(error).toMatchObject({ code: 'REPORT_FILE_UNSUPPORTED' });
    expect(error.message).toContain(says);
    expect(error.message).toContain('请上传 .docx、PDF（带文字层）、网页（HTML）或纯文本（.txt）');
  });

  it('refuses an Excel workbook and a zip that holds no Word document', async () => {
    const workbook = new JSZip().file('xl/workbook.xml', '<workbook/>');
    const xlsx = await workbook.generateAsync({ type: 'nodebuffer' });
    expect((await failure(xlsx)).message).toContain('Excel 工作簿');
    const zip = await new JSZip().file('readme.txt', 'hello').generateAsync({ type: 'nodebuffer' });
    expect((await failure(zip)).message).toContain('压缩包，不是 Word 文档');
  });

  it('says a .docx cut short is damaged', async () => {
    const docx = await renderReportDocx(exampleReport());
    const error = await failure(docx.subarray(0, Math.floor(docx.length / 2)));
    expect(error).toBeInstanceOf(UnreadableReportFileError);
    expect(error.message).toMatch(/^“年报\.docx”已损坏或不完整，无法打开/u);
  });

  it('says a .docx whose text is not XML is damaged', async () => {
    const zip = new JSZip().file('word/document.xml', '<w:document><w:body><w:p>');
    const error = await failure(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(error).toBeInstanceOf(UnreadableReportFileError);
    expect(error.message).toContain('Word 正文不是有效的 XML');
  });

  it('says a PDF of scanned pages has no text layer', async () => {
    const error = await failure(await pdfWithoutText(), '扫描件.pdf');
    expect(error).toBeInstanceOf(NoTextLayerError);
    expect(error).toMatchObject({ code: 'PDF_NO_TEXT_LAYER' });
    expect(error.message).toContain('“扫描件.pdf”共1页，没有文字层（多为扫描件）');
  });

  it('says a PDF that cannot be parsed is damaged', async () => {
    const error = await failure(Buffer.from('%PDF-1.7\n1 0 obj garbage'), 'broken.pdf');
    expect(error).toBeInstanceOf(UnreadableReportFileError);
    expect(error.message).toContain('“broken.pdf”已损坏或不完整');
  });
});
