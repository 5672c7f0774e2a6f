import { decodeText } from './text-decoding';
import { UnsupportedReportFileError } from './report-file-errors';

export type ReportFileFormat = 'text' | 'html' | 'docx' | 'pdf';

export type DetectedFormat =
  | { format: 'docx' | 'pdf' }
  | { format: 'text' | 'html'; text: string };

/**
 * Decides what a file is from its bytes: names lie (a .doc renamed .docx, a web page saved
 * as .txt) and uploads may have none. Text and HTML come back decoded.
 */
export function detectReportFormat(content: Uint8Array, label: string): DetectedFormat {
  const head = latin1(content.subarray(0, 1024));
  // The PDF header may follow a little junk; readers accept it within the first 1024 bytes.
  if (head.includes('%PDF-')) return { format: 'pdf' };
  if (head.startsWith('PK\x03\x04') || head.startsWith('PK\x05\x06')) return { format: zipFormat(content, label) };
  const binary = knownBinary(content, head);
  if (binary) throw new UnsupportedReportFileError(label, binary);

  const text = decodeText(content);
  if (text === null) throw new UnsupportedReportFileError(label, '无法识别的文件（既不是文档，也不是 UTF-8 或 GB18030 编码的文本）');
  if (/^MIME-Version:/iu.test(text.trimStart())) {
    throw new UnsupportedReportFileError(label, '“单个文件网页”（.mht）');
  }
  return { format: looksLikeHtml(text) ? 'html' : 'text', text };
}

function zipFormat(content: Uint8Array, label: string): 'docx' {
  // Entry names are stored uncompressed in the zip's headers, so a byte search finds them.
  const names = latin1(content);
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook')) throw new UnsupportedReportFileError(label, 'Excel 工作簿');
  if (names.includes('ppt/presentation')) throw new UnsupportedReportFileError(label, 'PowerPoint 演示文稿');
  if (names.includes('application/vnd.oasis.opendocument')) {
    throw new UnsupportedReportFileError(label, 'OpenDocument 文档（请在 WPS 或 Word 中另存为 .docx）');
  }
  if (names.includes('Doc_0/')) throw new UnsupportedReportFileError(label, 'OFD 版式文件（请另存为 PDF 或 .docx）');
  throw new UnsupportedReportFileError(label, '压缩包，不是 Word 文档');
}

function knownBinary(content: Uint8Array, head: string): string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => content[i] === b);
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return '旧版 Word 97-2003（.doc）或 WPS（.wps）文件（请另存为 .docx）';
  }
  if (head.startsWith('{\\rtf')) return 'RTF 文档（请另存为 .docx）';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || head.startsWith('GIF8')) {
    return '图片，没有文字层';
  }
  if (head.startsWith('II*\x00') || head.startsWith('MM\x00*')) return 'TIFF 图片，没有文字层';
  if (head.startsWith('Rar!') || starts(0x37, 0x7a, 0xbc, 0xaf) || starts(0x1f, 0x8b)) return '压缩包';
  return null;
}

function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 1024).toLowerCase();
  return /^<(?:!doctype\s+html|html|head|body|meta|table|div|p|h[1-6])[\s>/]/u.test(start) || start.includes('<html');
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** How each format is named to the people who upload files. */
export const REPORT_FILE_FORMAT_NAMES: Record<ReportFileFormat, string> = {
  text: '纯文本',
  html: '网页',
  docx: 'Word 文档',
  pdf: 'PDF',
};
