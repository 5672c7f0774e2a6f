import { checkReport } from '../../domain/src/annual-report';
import { exampleReport } from '../../domain/src/annual-report/report-examples';
import { readHtmlText } from './html-text-reader';
import { renderReportHtml } from './report-html-writer';

describe('readHtmlText', () => {
  it('reads a page: blocks and <br> as lines, entities decoded, head and scripts left out', () => {
    const html = `<!DOCTYPE html><html><head><title>某局 2023 年政府信息公开工作年度报告</title>
      <style>p { color: red }</style></head><body>
      <h1>某局 2023 年政府信息公开工作年度报告</h1><script>var x = "一、总体情况";</script>
      <p>一、总体情况</p><p>本局&nbsp;收到申请<b>3</b>件&amp;办结3件。<br>第二行</p><div>末尾</div></body></html>`;
    expect(readHtmlText(html).split('\n')).toEqual([
      '某局 2023 年政府信息公开工作年度报告',
      '一、总体情况',
      '本局 收到申请3件&办结3件。',
      '第二行',
      '末尾',
    ]);
  });

  it('pads colspan and rowspan with empty cells so values stay under their headers', () => {
    const html = `<table>
      <tr><th colspan="2" rowspan="2">项目</th><th colspan="2">申请人</th></tr>
      <tr><th>甲</th><th>乙</th></tr>
      <tr><td rowspan="2">合计</td><td>一</td><td>1</td><td>2</td></tr>
      <tr><td><p>二</p><p>续</p></td><td>3</td><td></td></tr>
    </table>`;
    expect(readHtmlText(html).split('\n')).toEqual(['项目\t\t申请人\t', '\t\t甲\t乙', '合计\t一\t1\t2', '\t二 续\t3\t']);
  });

  it('reads the page renderReportHtml publishes back to the same figures', () => {
    const figures = exampleReport();
    figures.reviewLitigation.direct_suit.total = null;
    const result = checkReport(readHtmlText(renderReportHtml(figures)));
    expect(result.figures.reviewLitigation).toEqual(figures.reviewLitigation);
    expect(result.figures.requests).toEqual(figures.requests);
    expect(result.deviations.map((d) => [d.kind, d.cell?.rowLabel, d.cell?.columnLabel])).toEqual([
      ['blank_cell', '行政诉讼·未经复议直接起诉', '总计'],
    ]);
  });
});
