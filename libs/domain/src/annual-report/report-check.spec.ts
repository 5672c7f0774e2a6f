import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotAReportError } from './errors';
import { checkReport } from './report-check';
import { examplePreviousReport, exampleReport } from './report-examples';
import { renderReportText } from './report-text-renderer';

const sample = readFileSync(join(__dirname, 'testdata', 'annual-report-sample.txt'), 'utf8');

describe('checkReport', () => {
  it('finds the sample’s two flaws, both warnings: the header 本年度止件数 and 2024 work in a 2023 account', () => {
    const result = checkReport(sample);
    expect([result.ok, result.errors, result.warnings]).toEqual([true, 0, 2]);
    expect(result.deviations.map((d) => [d.kind, d.found, d.severity])).toEqual([['label_typo', '本年度止件数', 'warning']]);
    expect(result.violations.map((v) => [v.rule, v.expected, v.found, v.severity])).toEqual([['narrative_year', 2023, 2024, 'warning']]);
    expect(result.violations[0].message).toContain('做好 2024 年日常督查工作');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('passes a generated report that keeps every rule, with last year given as figures or as text', () => {
    const text = renderReportText(exampleReport());
    expect(checkReport(text)).toMatchObject({ ok: true, deviations: [], violations: [] });
    expect(checkReport(text, examplePreviousReport()).ok).toBe(true);
    expect(checkReport(text, renderReportText(examplePreviousReport())).ok).toBe(true);
  });

  it('reports a broken rule, a narrative that disagrees with the table and last year’s carry-over', () => {
    const figures = exampleReport();
    figures.narrative!.overview = figures.narrative!.overview!.replace('收到政府信息公开申请10件', '收到政府信息公开申请11件');
    figures.reviewLitigation.review.total = 4;
    const lastYear = examplePreviousReport();
    lastYear.requests.carried_over_to_next_year.natural_person = 1;
    lastYear.requests.carried_over_to_next_year.total = 2;
    const result = checkReport(renderReportText(figures), lastYear);
    expect([result.ok, result.errors, result.warnings]).toEqual([false, 3, 1]);
    expect(result.violations.map((v) => [v.rule, v.expected, v.found, v.severity])).toEqual([
      ['review_litigation_total', 3, 4, 'error'],
      ['carry_over', 1, 2, 'error'],
      ['carry_over', 2, 3, 'error'],
      ['narrative', 10, 11, 'warning'],
    ]);
  });

  it('counts a blank cell once, as an error, though it is both a deviation and a broken rule', () => {
    const figures = exampleReport();
    figures.requests.granted.natural_person = null;
    const result = checkReport(renderReportText(figures));
    expect(result.deviations.map((d) => [d.kind, d.severity])).toEqual([['blank_cell', 'error']]);
    expect(result.violations.map((v) => v.rule)).toContain('blank_cell');
    expect([result.ok, result.errors]).toEqual([false, 1]);
  });

  it('throws, rather than passing, on text that is not a report', () => {
    expect(() => checkReport('工作简报第3期')).toThrow(NotAReportError);
  });
});
