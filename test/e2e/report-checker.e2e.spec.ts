import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReportText } from '../../libs/domain/src/annual-report';
import { examplePreviousReport, exampleReport } from '../../libs/domain/src/annual-report/report-examples';
import { renderReportDocx } from '../../libs/report-io/src';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startTestApi, TestApi } from '../support/test-api';
import { pdfWithoutText } from '../support/text-pdf';
import { textDocx } from '../support/text-docx';

const samplePath = join(__dirname, '../../libs/domain/src/annual-report/testdata/annual-report-sample.txt');
const sample = readFileSync(samplePath);

type Finding = { kind?: string; rule?: string; found: unknown; expected: unknown; line?: number | null; severity: string };

describe('POST /annual-reports/check', () => {
  let api: TestApi;
  let contactAuth: string;

  const check = (files: Record<string, [Buffer, string]>, query = '', auth = contactAuth) => {
    let request = api.http.post(`/annual-reports/check${query}`).set('authorization', auth);
    for (const [field, [content, name]] of Object.entries(files)) request = request.attach(field, content, name);
    return request;
  };

  beforeAll(async () => {
    api = await startTestApi();
    const unit = await createUnit(api, '姜营街道办事处');
    // Any logged-in person may check a report: a unit's contact, not only the office.
    contactAuth = (await createPersonAndLogin(api, { name: '联络员', email: 'contact@jy.example.cn', roles: ['unit_contact'], unitId: unit.id })).auth;
  });
  afterAll(() => api.close());

  it('checks the sample as text: the figures read, no error, the header 本年度止件数 and 2024 work in a 2023 account as warnings', async () => {
    const response = await check({ file: [sample, 'sample.txt'] });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ fileName: 'sample.txt', format: 'text', ok: true, errors: 0, warnings: 2 });
    expect(response.body.figures).toMatchObject({
      year: 2023,
      bodyName: '姜营',
      proactive: { regulations: { issued: 0, repealed: 0, in_force: 0 }, administrative_fees: { amount: 0 } },
      requests: { new: { natural_person: 0, total: 0 }, total_handled: { total: 0 } },
      reviewLitigation: { review: { total: 0 }, suit_after_review: { pending: 0 } },
    });
    expect(response.body.deviations.map((d: Finding) => [d.kind, d.line, d.expected, d.found, d.severity])).toEqual([
      ['label_typo', 16, '本年废止件数', '本年度止件数', 'warning'],
    ]);
    expect(response.body.violations.map((v: Finding) => [v.rule, v.expected, v.found, v.severity])).toEqual([['narrative_year', 2023, 2024, 'warning']]);
  });

  it('reads the sample saved as Word the same way', async () => {
    const asText = await check({ file: [sample, 'sample.txt'] });
    const response = await check({ file: [await textDocx(sample.toString('utf8')), '年报.docx'] });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ fileName: '年报.docx', format: 'docx', ok: true, warnings: 2 });
    expect(response.body.figures).toEqual(asText.body.figures);
    expect(response.body.deviations.map((d: Finding) => [d.kind, d.found])).toEqual([['label_typo', '本年度止件数']]);
  });

  it('passes a report in the official layout, checked against last year’s', async () => {
    const response = await check({
      file: [await renderReportDocx(exampleReport()), '示例局2024.docx'],
      lastYear: [Buffer.from(renderReportText(examplePreviousReport())), '示例局2023.txt'],
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      ok: true,
      deviations: [],
      violations: [],
      lastYear: { fileName: '示例局2023.txt', format: 'text', year: 2023 },
    });
    expect(response.body.figures.requests.new).toEqual(exampleReport().requests.new);
  });

  it('reports a carry-over that disagrees with last year’s report', async () => {
    const lastYear = examplePreviousReport();
    lastYear.requests.carried_over_to_next_year = { ...lastYear.requests.carried_over_to_next_year, natural_person: 1, total: 2 };
    const response = await check({
      file: [Buffer.from(renderReportText(exampleReport())), '2024.txt'],
      lastYear: [Buffer.from(renderReportText(lastYear)), '2023.txt'],
    });
    expect(response.status).toBe(200);
    expect(response.body.violations.map((v: Finding) => [v.rule, v.expected, v.found, v.severity])).toEqual([
      ['carry_over', 1, 2, 'error'],
      ['carry_over', 2, 3, 'error'],
    ]);
    expect(response.body).toMatchObject({ ok: false, errors: 2, warnings: 0 });
  });

  it('with ?format=html returns the readable page', async () => {
    const response = await check({ file: [sample, 'sample.txt'] }, '?format=html');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.text).toContain('<title>年度报告检查结果：sample.txt</title>');
    expect(response.text).toContain('<span class="ok">通过</span>：没有错误，警告 2 处');
    expect(response.text).toContain('<td>本年度止件数</td>');
  });

  describe('refuses what it cannot check, saying why', () => {
    const refusal = async (files: Record<string, [Buffer, string]>, query = '') => {
      const response = await check(files, query);
      return { status: response.status, code: response.body.code, message: response.body.message as string, details: response.body.details };
    };

    it('a file that is not a report', async () => {
      expect(await refusal({ file: [Buffer.from('关于开展安全生产检查的通知\n各单位：……'), 'notice.txt'] })).toMatchObject({
        status: 422,
        code: 'NOT_A_REPORT',
        message: expect.stringContaining('“notice.txt”这不是一份政府信息公开工作年度报告'),
      });
    });

    it('a report cut short, naming the line where it stops', async () => {
      const cut = sample.toString('utf8').split('\n').slice(0, 45).join('\n');
      const result = await refusal({ file: [Buffer.from(cut), 'cut.txt'] });
      expect(result).toMatchObject({ status: 422, code: 'REPORT_TRUNCATED' });
      expect(result.message).toMatch(/^“cut\.txt”第45行（第三部分）：报告在此中断/u);
      expect(result.details).toEqual([{ field: 'file', reason: result.message, row: 45 }]);
    });

    it('a number where a label belongs', async () => {
      const shifted = sample.toString('utf8').replace('规章\t0\t0\t0', '0\t规章\t0\t0');
      const result = await refusal({ file: [Buffer.from(shifted), 'shifted.txt'] });
      expect(result).toMatchObject({ status: 422, code: 'REPORT_LABEL_INVALID' });
      expect(result.message).toContain('“shifted.txt”第17行（第二部分）：此处应为标签“规章”，却是数字“0”');
    });

    it('a PDF without a text layer, a spreadsheet, an empty file', async () => {
      expect(await refusal({ file: [await pdfWithoutText(), 'scan.pdf'] })).toMatchObject({ status: 422, code: 'PDF_NO_TEXT_LAYER' });
      const xlsx = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('xl/workbook.xml'), Buffer.alloc(40)]);
      expect(await refusal({ file: [xlsx, 'figures.docx'] })).toMatchObject({
        status: 415,
        code: 'REPORT_FILE_UNSUPPORTED',
        message: expect.stringContaining('Excel 工作簿'),
      });
      expect(await refusal({ file: [Buffer.alloc(0), 'empty.txt'] })).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', details: [{ field: 'file', reason: '是空文件' }] });
    });

    it('last year’s report of the wrong year', async () => {
      const result = await refusal({ file: [sample, '2023.txt'], lastYear: [sample, '2023-again.txt'] });
      expect(result).toMatchObject({ status: 422, code: 'PREVIOUS_REPORT_MISMATCH', details: [{ field: 'lastYear' }] });
      expect(result.message).toContain('应为2022年度');
    });

    it('no file, another field, an unknown format, no login', async () => {
      expect(await refusal({ lastYear: [sample, 'x.txt'] })).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', details: [{ field: 'file' }] });
      expect(await refusal({ report: [sample, 'x.txt'] })).toMatchObject({ status: 400, details: [{ field: 'report' }] });
      expect(await refusal({ file: [sample, 'x.txt'] }, '?format=pdf')).toMatchObject({ status: 400, details: [{ field: 'format' }] });
      const anonymous = await api.http.post('/annual-reports/check').attach('file', sample, 'x.txt');
      expect(anonymous.status).toBe(401);
    });
  });
});
