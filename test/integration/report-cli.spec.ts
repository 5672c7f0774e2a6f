import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReportText } from '../../libs/domain/src/annual-report';
import { examplePreviousReport, exampleReport } from '../../libs/domain/src/annual-report/report-examples';
import { renderReportDocx } from '../../libs/report-io/src';

// The compiled CLI, as `npm run report` runs it after its set-up.
const cli = join(__dirname, '../../dist/apps/cli/src/report.main.js');
const sample = readFileSync(join(__dirname, '../../libs/domain/src/annual-report/testdata/annual-report-sample.txt'), 'utf8');

describe('report check (the compiled CLI)', () => {
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return name;
  };
  const report = (...args: string[]) => {
    const run = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dse-report-cli-'));
    file('sample.txt', sample);
    file('example-2024.docx', await renderReportDocx(exampleReport()));
    file('example-2023.txt', renderReportText(examplePreviousReport()));
    // Cut off in the middle of section 三: a crafted broken report.
    file('broken.txt', sample.split('\n').slice(0, 45).join('\n'));
    const wrong = exampleReport();
    wrong.reviewLitigation.review.total = 4;
    file('wrong-total.txt', renderReportText(wrong));
    // A coordinator's folder of the departments' reports: a good one, a broken one, one not a report at all.
    mkdirSync(join(dir, '各部门'));
    file('各部门/教育局.docx', await renderReportDocx(exampleReport()));
    file('各部门/卫健委.txt', renderReportText(wrong));
    file('各部门/交通局.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from('xl/workbook.xml'), Buffer.alloc(40)]));
    file('各部门/~$教育局.docx', 'Word lock file');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('summarises the sample: no error, its 2024 narrative and the header 本年度止件数 as warnings; exit 0', () => {
    const { code, stdout, stderr } = report('check', 'sample.txt');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('sample.txt（纯文本，姜营2023年度报告）：通过 — 错误 0 处，警告 2 处');
    expect(stdout).toContain('  警告：\n    - 第一部分（总体情况）应写2023年的工作，却写到2024年');
    expect(stdout).toContain('    - 第16行：第二部分“第二十条第（一）项”表头“本年度止件数”与国家格式不符，应为“本年废止件数”');
    expect(stdout).not.toContain('  错误：');
    expect(lines.at(-2)).toBe('共 1 份：通过 1 份，未通过 0 份，无法检查 0 份');
  });

  it('with --strict counts the sample’s warnings: not passed; exit 1', () => {
    const { code, stdout } = report('check', '--strict', 'sample.txt');
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe('sample.txt（纯文本，姜营2023年度报告）：未通过 — 错误 0 处，警告 2 处');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('共 1 份：通过 0 份，未通过 1 份，无法检查 0 份');
  });

  it('passes a report that keeps every rule, checked against last year’s; exit 0', () => {
    const { code, stdout } = report('check', 'example-2024.docx', '--last-year', 'example-2023.txt');
    expect(stdout.split('\n')[0]).toBe('example-2024.docx（Word 文档，示例局2024年度报告，已与2023年度报告核对）：通过');
    expect(code).toBe(0);
  });

  it('checks many files at once; one broken report means exit 2, and the others are still checked', () => {
    const { code, stdout } = report('check', 'example-2024.docx', 'wrong-total.txt', 'broken.txt', 'missing.txt');
    expect(code).toBe(2);
    expect(stdout).toContain('example-2024.docx（Word 文档，示例局2024年度报告）：通过');
    expect(stdout).toContain('wrong-total.txt（纯文本，示例局2024年度报告）：未通过 — 错误 1 处，警告 0 处\n  错误：\n    - ');
    expect(stdout).toContain('行政复议');
    expect(stdout).toMatch(/broken\.txt：无法检查 — 第45行（第三部分）：报告在此中断：表格未完.*（REPORT_TRUNCATED）/u);
    expect(stdout).toContain('missing.txt：无法检查 — 找不到文件“missing.txt”（FILE_NOT_FOUND）');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('共 4 份：通过 1 份，未通过 1 份，无法检查 2 份');
  });

  it('with --json prints one JSON document: each file with its result or its error', () => {
    const { code, stdout } = report('check', '--json', 'sample.txt', 'broken.txt');
    expect(code).toBe(2);
    const results = JSON.parse(stdout);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ fileName: 'sample.txt', format: 'text', ok: true, errors: 0, warnings: 2, figures: { year: 2023, bodyName: '姜营' } });
    expect(results[0].deviations.map((d: { found: string; severity: string }) => [d.found, d.severity])).toEqual([['本年度止件数', 'warning']]);
    expect(results[0].violations.map((v: { rule: string; severity: string }) => [v.rule, v.severity])).toEqual([['narrative_year', 'warning']]);
    expect(results[1]).toEqual({
      fileName: 'broken.txt',
      error: { code: 'REPORT_TRUNCATED', line: 45, message: expect.stringContaining('报告在此中断') },
    });
  });

  it('exits 1, not 0, for a report whose one error is a broken rule', () => {
    expect(report('check', 'wrong-total.txt', '--json').code).toBe(1);
  });

  it('refuses bad arguments on stderr with the usage; exit 2', () => {
    for (const args of [[], ['verify', 'sample.txt'], ['check'], ['check', 'sample.txt', '--colour'], ['check', 'sample.txt', '--last-year']]) {
      const { code, stdout, stderr } = report(...args);
      expect([args, code, stdout]).toEqual([args, 2, '']);
      expect(stderr).toMatch(/^错误：.+\n\n用法：npm run report -- check/u);
    }
    expect(report('check', 'sample.txt', '--last-year', 'missing.txt')).toMatchObject({
      code: 2,
      stderr: '错误：上年报告 missing.txt 无法读取 — 找不到文件“missing.txt”（FILE_NOT_FOUND）\n',
    });
    expect(report('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('退出码：0 全部通过') });
  });

  it('checks a folder: one line per file, an unreadable file listed with why, and the summary as .xlsx and HTML', async () => {
    const { code, stdout } = report('check', '各部门', '--xlsx', 'summary.xlsx', '--html', 'summary.html');
    expect(code).toBe(2);
    expect(stdout).toContain('各部门/教育局.docx（Word 文档，示例局2024年度报告）：通过');
    expect(stdout).toContain('各部门/卫健委.txt（纯文本，示例局2024年度报告）：未通过 — 错误 1 处，警告 0 处');
    expect(stdout).toMatch(/各部门\/交通局\.xlsx：无法检查 — .*Excel 工作簿.*（REPORT_FILE_UNSUPPORTED）/u);
    expect(stdout).not.toContain('~$');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('共 3 份：通过 1 份，未通过 1 份，无法检查 1 份');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'summary.xlsx'));
    const rows = (name: string) =>
      workbook.getWorksheet(name)!.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : []));
    const overview = rows('汇总');
    expect(overview[0]).toEqual(['文件', '机关', '年度', '格式', '结论', '错误', '警告', '无法检查的原因']);
    expect(overview.slice(1, 4).map((r) => r.slice(0, 7))).toEqual([
      ['各部门/交通局.xlsx', '', '', '—', '无法检查', '', ''],
      ['各部门/教育局.docx', '示例局', 2024, 'Word 文档', '通过', 0, 0],
      ['各部门/卫健委.txt', '示例局', 2024, '纯文本', '未通过', 1, 0],
    ]);
    expect(String(overview[1][7])).toContain('REPORT_FILE_UNSUPPORTED');
    const issues = rows('问题清单');
    expect(issues.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['各部门/交通局.xlsx', '无法检查'],
      ['各部门/卫健委.txt', '错误'],
    ]);
    expect(String(issues[2][5])).toContain('行政复议');

    const page = readFileSync(join(dir, 'summary.html'), 'utf8');
    expect(page).toContain('<h1>年度报告批量检查结果</h1>');
    expect(page).toContain('<tr><td>各部门/卫健委.txt</td><td>示例局</td><td>2024</td><td>纯文本</td><td class="failed">未通过</td><td>1</td><td>0</td></tr>');
  });
});
