import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textDocx } from '../../../test/support/text-docx';
import { checkReport } from '../../domain/src/annual-report';
import { exampleReport, withOtherGroupCollapsed } from '../../domain/src/annual-report/report-examples';
import { readDocxText } from './docx-text-reader';
import { renderReportDocx } from './report-docx-writer';

const sample = readFileSync(join(__dirname, '../../domain/src/annual-report/testdata/annual-report-sample.txt'), 'utf8');

const docxOf = (body: string) =>
  new JSZip()
    .file(
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="w" xmlns:mc="mc"><w:body>${body}</w:body></w:document>`,
    )
    .generateAsync({ type: 'nodebuffer' });

describe('readDocxText', () => {
  it('reads the official-layout tables the writer makes, merged cells padded as the parser expects', async () => {
    const text = await readDocxText(await renderReportDocx(exampleReport()), 'x');
    const lines = text.split('\n');
    expect(lines).toContain('一、本年新收政府信息公开申请数量\t\t\t6\t1\t1\t0\t1\t1\t10');
    expect(lines).toContain('三、本年度办理结果\t(一) 予以公开\t\t3\t1\t0\t0\t1\t0\t5');
    // （三） spans its eight rows: printed on the first, an empty cell below.
    expect(lines).toContain('\t(三) 不予公开\t1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0');
    expect(lines).toContain('\t\t4. 保护第三方合法权益\t0\t1\t0\t0\t0\t0\t1');
    expect(lines).toContain('行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t');
  });

  it('round-trips a report through the writer: figures, narrative, a collapsed group and blank cells', async () => {
    const figures = withOtherGroupCollapsed(exampleReport());
    figures.requests.new.research_institution = null;
    figures.proactive.licensing.decisions = null;
    const result = checkReport(await readDocxText(await renderReportDocx(figures), 'x'));
    const { narrative, ...read } = result.figures;
    const { narrative: written, ...expected } = figures;
    expect(read).toEqual(expected);
    expect(narrative?.overview).toBe(written?.overview?.replace(/\n+/gu, '\n'));
    expect(result.deviations.map((d) => [d.kind, d.cell?.rowLabel ?? d.found, d.cell?.columnLabel])).toEqual([
      ['blank_cell', '第二十条第（五）项·行政许可', '本年处理决定数量'],
      ['collapsed_group', '其他处理', undefined],
      ['blank_cell', '一、本年新收政府信息公开申请数量', '法人或其他组织·科研机构'],
    ]);
  });

  it('keeps the sample’s own labels when it is saved as a Word file: 本年度止件数 is still caught', async () => {
    const result = checkReport(await readDocxText(await textDocx(sample), 'x'));
    expect(result.deviations.map((d) => [d.kind, d.found])).toEqual([['label_typo', '本年度止件数']]);
    expect(result.figures).toEqual(checkReport(sample).figures);
  });

  it('reads tabs and line breaks in paragraphs, a row starting late, and text boxes only once', async () => {
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const docx = await docxOf(
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${run('甲')}<w:r><w:tab/></w:r>${run('乙')}<w:r><w:br/></w:r>${run('丙 &amp; 丁')}</w:p>` +
        `<w:p><mc:AlternateContent><mc:Choice><w:p>${run('文本框')}</w:p></mc:Choice><mc:Fallback><w:p>${run('文本框')}</w:p></mc:Fallback></mc:AlternateContent></w:p>` +
        `<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p>${run('标签')}</w:p><w:p>${run('续')}</w:p></w:tc>` +
        `<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>${run('5')}</w:p></w:tc></w:tr></w:tbl>`,
    );
    expect((await readDocxText(docx, 'x')).split('\n')).toEqual(['甲\t乙', '丙 & 丁', '文本框', '', '\t标签 续\t5\t']);
  });
});
