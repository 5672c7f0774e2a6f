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

  it('reads a report saved from a portal page: the site around it, labels broken by <br>, full-width digits', () => {
    const figures = exampleReport();
    const article = renderReportHtml(figures)
      .replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/gu, '')
      .replace('行政规范性文件', '行政规范<br>性文件')
      .replace('(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)', '<p>（二）部分公开</p><p>（区分处理的，只计这一情形，<br/>不计其他情形）</p>')
      .replace(/<td([^>]*)>10<\/td>/u, '<td$1><span style="font-family:宋体">１０</span></td>');
    expect([article.includes('规范<br>性'), article.includes('<br/>不计'), article.includes('１０')]).toEqual([true, true, true]);
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例区人民政府</title></head><body>
      <div class="top"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | 无障碍浏览</div>
      <nav><ul><li>政府信息公开指南</li><li>政府信息公开年报</li></ul></nav>
      <div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
      <div class="meta">发布时间：2024-01-20 来源：区政务公开办 浏览次数：312</div>
      <div class="TRS_Editor">${article}</div>
      <div class="share">分享到：微信 微博</div>
      <footer>主办：示例区人民政府办公室 网站标识码：3201000001 ICP备12345678号</footer></body></html>`;
    const result = checkReport(readHtmlText(page));
    expect(result.figures.proactive).toEqual(figures.proactive);
    expect(result.figures.requests).toEqual(figures.requests);
    expect(result.figures.reviewLitigation).toEqual(figures.reviewLitigation);
    expect(result.deviations).toEqual([]);
  });
});
