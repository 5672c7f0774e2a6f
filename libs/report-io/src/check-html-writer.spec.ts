import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReport, renderReportText } from '../../domain/src/annual-report';
import { exampleReport } from '../../domain/src/annual-report/report-examples';
import { renderCheckHtml } from './check-html-writer';

const sample = readFileSync(join(__dirname, '../../domain/src/annual-report/testdata/annual-report-sample.txt'), 'utf8');

describe('renderCheckHtml', () => {
  it('shows the sample’s verdict: passed with two warnings, its misprinted header and the 2024 work in a 2023 account', () => {
    const page = renderCheckHtml(checkReport(sample), { fileName: 'sample.txt' });
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/u);
    expect(page).toContain('<title>年度报告检查结果：sample.txt</title>');
    expect(page).toContain('<span class="ok">通过</span>：没有错误，警告 2 处');
    const [errors, warnings] = page.split('<h2>警告</h2>');
    expect(errors.slice(errors.indexOf('<h2>错误</h2>'))).toContain('<p>无。</p>');
    expect(warnings).toContain('<td>标签有误</td><td>第16行</td><td>—</td><td>本年废止件数</td><td>本年度止件数</td>');
    expect(warnings).toContain('做好 2024 年日常督查工作');
    // The figures read, in the official tables.
    expect(page).toContain('<th colspan="6">申请人情况</th>');
  });

  it('marks the cells at fault in the tables read, each with its message', () => {
    const figures = exampleReport();
    figures.reviewLitigation.review.total = 4;
    figures.requests.new.research_institution = null;
    const page = renderCheckHtml(checkReport(renderReportText(figures)));
    expect(page).toContain('<span class="failed">未通过</span>：错误 2 处，警告 0 处');
    expect(page).toMatch(/<td class="value violation" title="[^"]*行政复议[^"]*">4<\/td>/u);
    expect(page).toMatch(/<td class="value blank" title="[^"]*科研机构[^"]*为空白[^"]*"><\/td>/u);
    expect(page).toContain('<td>空白单元格</td><td>第33行</td><td>第三部分“一、本年新收政府信息公开申请数量”行“法人或其他组织·科研机构”列</td>');
  });

  it('says a report that keeps every rule passes, and escapes what the report prints', () => {
    const figures = exampleReport();
    figures.bodyName = '<示例局>';
    const page = renderCheckHtml(checkReport(renderReportText(figures)));
    expect(page).toContain('<span class="ok">通过</span>：符合国家格式，各项勾稽关系成立');
    expect(page).toContain('&lt;示例局&gt;2024年度政府信息公开工作年度报告');
    expect(page).not.toContain('<示例局>');
  });
});
