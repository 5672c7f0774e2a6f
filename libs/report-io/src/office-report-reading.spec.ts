import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { officePdfs } from '../../../test/support/office-pdf';
import { officeReportDocx } from '../../../test/support/office-report-docx';
import { relabel, retype } from '../../../test/support/report-blocks';
import { checkReport, ReportValueError, type ReportCheck } from '../../domain/src/annual-report';
import { exampleReport } from '../../domain/src/annual-report/report-examples';
import { checkReportFile } from './check-report-file';
import { readReportFile } from './read-report-file';
import { reportBlocks } from './report-layout';

/*
 * Reports as offices publish them: typed in Word with narrow columns, so that long labels
 * and headers wrap inside their cells, the request table crossing a page with its header
 * repeated, a running header and page numbers, then exported by LibreOffice.
 */
const sampleText = readFileSync(join(__dirname, '../../domain/src/annual-report/testdata/annual-report-sample.txt'), 'utf8');
const expected = checkReport(sampleText);
const sampleBlocks = relabel(reportBlocks(expected.figures), '本年废止件数', '本年度止件数');
const example = exampleReport();
// Full-width digits in one cell and full-width brackets on one label, as some offices type them.
const exampleBlocks = relabel(
  retype(reportBlocks(example), '3:new:natural_person', String(example.requests.new.natural_person).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)))),
  '(三) 不予公开',
  '（三）不予公开',
);
const brokenBlocks = retype(reportBlocks(example), '3:withheld.state_secret:total', '见附件');

let files: Record<string, Buffer>;

beforeAll(async () => {
  const docx = {
    sample: await officeReportDocx(sampleBlocks, '姜营政府信息公开工作年度报告'),
    example: await officeReportDocx(exampleBlocks, '示例区人民政府'),
    broken: await officeReportDocx(brokenBlocks, '示例区人民政府'),
  };
  const pdf = officePdfs(docx);
  files = Object.fromEntries(Object.entries(docx).flatMap(([name, content]) => [[`${name}.docx`, content], [`${name}.pdf`, pdf[name]]]));
}, 120_000);

const outcome = (check: ReportCheck) => ({
  figures: { ...check.figures, narrative: undefined },
  deviations: check.deviations.map((d) => [d.kind, d.expected, d.found]),
  violations: check.violations.map((v) => [v.rule, v.expected, v.found]),
});
const squash = (text?: string) => text?.replace(/\s+/gu, '');

describe('reports typed in Word and exported by LibreOffice', () => {
  it.each(['sample.docx', 'sample.pdf'])('reads %s to the check the sample text gets', async (name) => {
    const check = await checkReportFile({ content: files[name], fileName: name });
    expect(outcome(check)).toEqual(outcome(expected));
    expect(squash(check.figures.narrative?.overview)).toBe(squash(expected.figures.narrative?.overview));
    expect(squash(check.figures.narrative?.problems)).toBe(squash(expected.figures.narrative?.problems));
  });

  it('reads the request table across the page break once, without the repeated header, running header or page numbers', async () => {
    const read = await readReportFile(files['sample.pdf'], 'sample.pdf');
    const lines = read.text.split('\n');
    const pageOf = (label: string) => read.pages![lines.findIndex((line) => line.includes(label))];
    expect(pageOf('四、结转下年度继续办理')).toBeGreaterThan(pageOf('一、本年新收政府信息公开申请数量'));
    expect(lines.filter((line) => line.includes('申请人情况'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('姜营政府信息公开工作年度报告') || /^\s*-\s*\d+\s*-\s*$/u.test(line))).toEqual([]);
    // The label that wraps over three lines of its cell comes back whole.
    expect(lines).toContain(
      '\t(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
    );
  });

  it.each(['example.docx', 'example.pdf'])('reads every figure of %s, full-width digits and brackets included', async (name) => {
    const check = await checkReportFile({ content: files[name], fileName: name });
    expect(check.figures.proactive).toEqual(example.proactive);
    expect(check.figures.requests).toEqual(example.requests);
    expect(check.figures.reviewLitigation).toEqual(example.reviewLitigation);
    expect(check.deviations).toEqual([]);
  });

  it('refuses a cell it cannot read, naming the page and the line', async () => {
    const refusal = await checkReportFile({ content: files['broken.pdf'], fileName: 'broken.pdf' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ReportValueError);
    const error = refusal as ReportValueError;
    expect(error.page).toBe((await readReportFile(files['broken.pdf'])).pages![error.line! - 1]);
    expect(error.message).toMatch(/^第\d+页，第\d+行（第三部分）：“\(三\) 不予公开·1\. 属于国家秘密”行“总计”列应为数字，却是“见附件”/u);
  });
});
