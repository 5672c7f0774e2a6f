import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { relabel } from '../../../test/support/report-blocks';
import { reportPdf } from '../../../test/support/text-pdf';
import { checkReport } from '../../domain/src/annual-report';
import { exampleReport } from '../../domain/src/annual-report/report-examples';
import { readPdfText } from './pdf-text-reader';
import { reportBlocks } from './report-layout';

const sample = readFileSync(join(__dirname, '../../domain/src/annual-report/testdata/annual-report-sample.txt'), 'utf8');

describe('readPdfText', () => {
  it('reads the sample printed to PDF (CJK text, merged cells centred, page numbers) to the same check', async () => {
    const expected = checkReport(sample);
    // The sample's figures and narrative, printed in the official layout with its misprinted header.
    const blocks = relabel(reportBlocks(expected.figures), '本年废止件数', '本年度止件数');
    const result = checkReport((await readPdfText(await reportPdf(blocks, { pageNumbers: true }), 'sample.pdf')).text);
    const { narrative, ...figures } = result.figures;
    const { narrative: expectedNarrative, ...expectedFigures } = expected.figures;
    expect(figures).toEqual(expectedFigures);
    expect(result.deviations.map((d) => [d.kind, d.expected, d.found])).toEqual([['label_typo', '本年废止件数', '本年度止件数']]);
    expect(result.violations.map((v) => [v.rule, v.expected, v.found])).toEqual([['narrative_year', 2023, 2024]]);
    // Paragraphs come back as printed lines; the words are all there.
    const squash = (text?: string) => text?.replace(/\s+/gu, '');
    expect(squash(narrative?.overview)).toBe(squash(expectedNarrative?.overview));
    expect(squash(narrative?.problems)).toBe(squash(expectedNarrative?.problems));
  }, 30_000);

  it('reads blank cells as blank, under the right column, and a row left all blank', async () => {
    const figures = exampleReport();
    figures.requests.granted.research_institution = null;
    figures.requests.granted.total = null;
    for (const column of Object.keys(figures.requests['withheld.internal_affairs'])) {
      figures.requests['withheld.internal_affairs'][column as 'total'] = null;
    }
    const result = checkReport((await readPdfText(await reportPdf(reportBlocks(figures)), 'x.pdf')).text);
    expect(result.figures.requests).toEqual(figures.requests);
    const blanks = result.deviations.filter((d) => d.kind === 'blank_cell').map((d) => `${d.cell?.row}:${d.cell?.column}`);
    expect(blanks).toEqual([
      'granted:research_institution',
      'granted:total',
      ...Object.keys(figures.requests.granted).map((c) => `withheld.internal_affairs:${c}`),
    ]);
  }, 30_000);
});
