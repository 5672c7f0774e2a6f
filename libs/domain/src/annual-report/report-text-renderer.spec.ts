import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleReport, withOtherGroupCollapsed } from './report-examples';
import { uniformFigures } from './report-figures';
import { parseReportText } from './report-text-parser';
import { renderReportText } from './report-text-renderer';

const sample = readFileSync(join(__dirname, 'testdata', 'annual-report-sample.txt'), 'utf8');

describe('renderReportText', () => {
  it('lays out the sample’s own figures as the sample, with the two flaws of its layout put right', () => {
    const rendered = renderReportText(parseReportText(sample).figures).split('\n');
    const original = sample.split('\n');
    expect(rendered).toHaveLength(original.length);
    const differing = original.flatMap((line, i) => (line === rendered[i] ? [] : [[i + 1, line, rendered[i]]]));
    expect(differing).toEqual([
      [16, '信息内容\t本年制发件数\t本年度止件数\t现行有效件数', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数'],
      [57, '3. 其他\t\t0\t0\t0\t0\t0\t0\t0\t', '\t\t3. 其他\t0\t0\t0\t0\t0\t0\t0'],
    ]);
  });

  it('is read back by parseReportText to the same figures and narrative', () => {
    const figures = exampleReport();
    const parsed = parseReportText(renderReportText(figures));
    expect(parsed.figures).toEqual(figures);
    expect(parsed.deviations).toEqual([]);
  });

  it('takes the narrative from `texts` when given', () => {
    const figures = exampleReport();
    const texts = { preamble: '本报告根据《中华人民共和国政府信息公开条例》编制。', overview: '概述', problems: '问题', otherMatters: '无' };
    const text = renderReportText(figures, texts);
    expect(text.split('\n').slice(2, 5)).toEqual(['示例局 2024 年政府信息公开工作年度报告', '', texts.preamble]);
    expect(parseReportText(text).figures).toEqual({ ...figures, narrative: texts });
  });

  it('round-trips blank cells and a group printed as one row', () => {
    const figures = exampleReport();
    figures.requests.new.natural_person = null;
    figures.requests.carried_over_to_next_year.total = null;
    figures.proactive.administrative_fees.amount = null;
    figures.reviewLitigation.review.upheld = null;
    withOtherGroupCollapsed(figures);
    const text = renderReportText(figures);
    expect(text).toContain('\n\t(六) 其他处理\t0\t0\t1\t0\t0\t0\t1\t\n(七) 总计');
    const { figures: read, deviations } = parseReportText(text);
    expect(read).toEqual(figures);
    const kinds = deviations.map((d) => d.kind);
    expect(kinds).toEqual(['blank_cell', 'collapsed_group', 'blank_cell', 'blank_cell', 'blank_cell']);
  });

  it('round-trips a report left entirely blank, and one without narrative', () => {
    const blank = uniformFigures(2024, '示例局', null);
    expect(parseReportText(renderReportText(blank)).figures).toEqual(blank);
    const zero = uniformFigures(2024, '示例局', 0);
    expect(parseReportText(renderReportText(zero))).toEqual({ figures: zero, deviations: [] });
  });

  it('is read back when the tables are turned into Markdown', () => {
    const figures = exampleReport();
    const markdown = renderReportText(figures)
      .split('\n')
      .map((line) => (line.includes('\t') ? `| ${line.split('\t').join(' | ')} |` : line))
      .join('\n');
    expect(parseReportText(markdown).figures).toEqual(figures);
  });
});
