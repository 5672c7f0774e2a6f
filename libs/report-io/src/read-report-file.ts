import { readDocxText } from './docx-text-reader';
import { readHtmlText } from './html-text-reader';
import { EmptyReportFileError, fileLabel } from './report-file-errors';
import { detectReportFormat, type ReportFileFormat } from './report-file-format';
import { readPdfText } from './pdf-text-reader';

export interface ReportFileText {
  format: ReportFileFormat;
  /** Lines, table cells separated by tabs: what parseReportText reads. */
  text: string;
  /** For a PDF: the page each line of `text` was printed on. */
  pages?: number[];
}

/**
 * A published annual report file as text for parseReportText, whatever it was saved as:
 * plain text, .docx, HTML or a PDF with a text layer. The kind is told from the content;
 * `fileName` only names the file in messages. Throws a ReportFileError.
 */
export async function readReportFile(content: Uint8Array, fileName?: string): Promise<ReportFileText> {
  const label = fileLabel(fileName);
  if (content.length === 0) throw new EmptyReportFileError(label);
  const detected = detectReportFormat(content, label);
  switch (detected.format) {
    case 'text':
      return { format: 'text', text: detected.text };
    case 'html':
      return { format: 'html', text: readHtmlText(detected.text) };
    case 'docx':
      return { format: 'docx', text: await readDocxText(content, label) };
    case 'pdf':
      return { format: 'pdf', ...(await readPdfText(content, label)) };
  }
}
