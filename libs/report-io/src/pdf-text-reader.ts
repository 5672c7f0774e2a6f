import { pdfPageLines } from './pdf-line-layout';
import { readPdfTextItems } from './pdf-text-items';
import { NoTextLayerError } from './report-file-errors';

/** The text layer of a PDF, page after page, as lines with tab-separated table cells. */
export async function readPdfText(content: Uint8Array, label: string): Promise<string> {
  const pages = await readPdfTextItems(content, label);
  if (!pages.some((items) => items.some((item) => item.text.trim() !== ''))) {
    throw new NoTextLayerError(label, pages.length);
  }
  return pages.flatMap(pdfPageLines).join('\n');
}
