import type { AnnualReportFigures, ReportNarrative } from '../../domain/src/annual-report';
import { escapeHtml } from '../../domain/src/text/escape-html';
import { htmlPage, layoutTableHtml } from './html-page';
import { reportBlocks } from './report-layout';

/**
 * The report as a web page for the government website, in the official layout (tables
 * with the template's merged cells). readReportFile reads it back to the same figures.
 */
export function renderReportHtml(figures: AnnualReportFigures, texts?: ReportNarrative): string {
  const blocks = reportBlocks(figures, texts);
  let title = '';
  const body = blocks.map((block) => {
    switch (block.kind) {
      case 'title':
        title = block.text;
        return `<h1>${escapeHtml(block.text)}</h1>`;
      case 'heading':
        return `<h2>${escapeHtml(block.text)}</h2>`;
      case 'paragraph':
        return `<p>${escapeHtml(block.text)}</p>`;
      case 'table':
        return layoutTableHtml(block.table);
    }
  });
  return htmlPage(title, body.join('\n'));
}
