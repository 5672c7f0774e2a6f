import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
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

describe('readPdfText on a table drawn in a form placed moved and scaled', () => {
  it('reads each cell from the borders in page space, a wrapped cell as one', async () => {
    const source = await PDFDocument.create();
    const font = await source.embedFont(StandardFonts.Helvetica);
    const drawn = source.addPage([300, 200]);
    for (const y of [190, 160, 100, 70]) drawn.drawLine({ start: { x: 10, y }, end: { x: 290, y }, thickness: 0.5 });
    for (const x of [10, 110, 200, 290]) drawn.drawLine({ start: { x, y: 70 }, end: { x, y: 190 }, thickness: 0.5 });
    const text = (t: string, x: number, y: number) => drawn.drawText(t, { x, y, size: 10, font });
    text('item', 20, 170); text('first', 120, 170); text('second', 210, 170);
    text('long', 20, 135); text('label', 20, 120); text('1', 150, 128); text('2', 240, 128);
    text('short', 20, 80); text('3', 150, 80); text('4', 240, 80);
    const doc = await PDFDocument.create();
    const page = doc.addPage([600, 800]);
    page.drawPage(await doc.embedPage((await PDFDocument.load(await source.save())).getPages()[0]), { x: 100, y: 300, xScale: 1.5, yScale: 1.5 });
    const { text: read } = await readPdfText(await doc.save(), 'form.pdf');
    expect(read.split('\n')).toEqual(['item\tfirst\tsecond', 'long label\t1\t2', 'short\t3\t4']);
  }, 30_000);
});
