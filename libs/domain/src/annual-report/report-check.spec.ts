import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotAReportError } from './errors';
import { checkReport } from './report-check';
import { examplePreviousReport, exampleReport } from './report-examples';
import { renderReportText } from './report-text-renderer';

const sample = readFileSync(join(__dirname, 'testdata', 'annual-report-sample.txt'), 'utf8');

describe('checkReport', () => {
  it('finds the sample’s two flaws: the header 本年度止件数 and 2024 work in a 2023 account', () => {
    const result = checkReport(sample);
    expect(result.ok).toBe(false);
    expect(result.deviations.map((d) => [d.kind, d.found])).toEqual([['label_typo', '本年度止件数']]);
    expect(result.violations.map((v) => [v.rule, v.expected, v.found])).toEqual([['narrative_year', 2023, 2024]]);
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
    expect(result.ok).toBe(false);
    expect(result.violations.map((v) => [v.rule, v.expected, v.found])).toEqual([
      ['review_litigation_total', 3, 4],
      ['carry_over', 1, 2],
      ['carry_over', 2, 3],
      ['narrative', 10, 11],
    ]);
  });

  it('throws, rather than passing, on text that is not a report', () => {
    expect(() => checkReport('工作简报第3期')).toThrow(NotAReportError);
  });
});
