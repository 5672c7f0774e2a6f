import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReportText } from '../../libs/domain/src/annual-report';
import { exampleReport } from '../../libs/domain/src/annual-report/report-examples';
import { renderReportDocx } from '../../libs/report-io/src';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startTestApi, TestApi } from '../support/test-api';

const sample = readFileSync(join(__dirname, '../../libs/domain/src/annual-report/testdata/annual-report-sample.txt'));

describe('POST /annual-reports/check-batch', () => {
  let api: TestApi;
  let auth: string;
  let files: [Buffer, string][];

  const checkBatch = (query = '', uploads = files) => {
    let request = api.http.post(`/annual-reports/check-batch${query}`).set('authorization', auth);
    for (const [content, name] of uploads) request = request.attach('files', content, name);
    return request;
  };

  beforeAll(async () => {
    api = await startTestApi();
    const unit = await createUnit(api, '姜营街道办事处');
    auth = (await createPersonAndLogin(api, { name: '联络员', email: 'batch@jy.example.cn', roles: ['unit_contact'], unitId: unit.id })).auth;
    const wrong = exampleReport();
    wrong.reviewLitigation.review.total = 4;
    files = [
      [await renderReportDocx(exampleReport()), '教育局.docx'],
      [Buffer.from(renderReportText(wrong)), '卫健委.txt'],
      [Buffer.from(sample.toString('utf8').split('\n').slice(0, 45).join('\n')), '交通局.txt'],
      [sample, '姜营.txt'],
    ];
  });
  afterAll(() => api.close());

  it('summarises each file: body and year read, errors and warnings, or why it could not be read', async () => {
    const response = await checkBatch();
    expect(response.status).toBe(200);
    const summary = response.body;
    expect(summary.totals).toEqual({ files: 4, passed: 2, failed: 1, unreadable: 1 });
    expect(
      summary.files.map((f: { fileName: string; bodyName: string; year: number; verdict: string; errors: unknown[]; warnings: unknown[] }) => [
        f.fileName, f.bodyName, f.year, f.verdict, f.errors.length, f.warnings.length,
      ]),
    ).toEqual([
      ['教育局.docx', '示例局', 2024, 'passed', 0, 0],
      ['卫健委.txt', '示例局', 2024, 'failed', 1, 0],
      ['交通局.txt', null, null, 'unreadable', 0, 0],
      ['姜营.txt', '姜营', 2023, 'passed', 0, 2],
    ]);
    expect(summary.files[1].errors[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('行政复议') });
    expect(summary.files[2].refusal).toMatchObject({ code: 'REPORT_TRUNCATED', line: 45 });
    expect(summary.files[3].warnings.map((w: { severity: string }) => w.severity)).toEqual(['warning', 'warning']);
  });

  it('gives the summary as a Chinese page and as a workbook to circulate', async () => {
    const page = await checkBatch('?format=html');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('共 4 份：通过 2 份，未通过 1 份，无法检查 1 份');
    expect(page.text).toContain('<h2>交通局.txt</h2>\n<p class="failed">无法检查：');

    const xlsx = await checkBatch('?format=xlsx').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const overview = workbook.getWorksheet('汇总')!;
    expect([2, 3, 4, 5].map((r) => [overview.getCell(r, 1).value, overview.getCell(r, 5).value])).toEqual([
      ['教育局.docx', '通过'],
      ['卫健委.txt', '未通过'],
      ['交通局.txt', '无法检查'],
      ['姜营.txt', '通过'],
    ]);
  });

  it('refuses a batch without files, with another field, an unknown format, or without login', async () => {
    const none = await api.http.post('/annual-reports/check-batch').set('authorization', auth).attach('lastYear', sample, 'x.txt');
    expect(none.status).toBe(400);
    expect(none.body.details).toEqual([expect.objectContaining({ field: 'files' })]);
    const other = await api.http.post('/annual-reports/check-batch').set('authorization', auth).attach('file', sample, 'x.txt');
    expect([other.status, other.body.details[0].field]).toEqual([400, 'file']);
    expect((await checkBatch('?format=pdf')).status).toBe(400);
    expect((await api.http.post('/annual-reports/check-batch').attach('files', sample, 'x.txt')).status).toBe(401);
  });
});
