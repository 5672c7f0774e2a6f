/**
 * Why an uploaded file could not be turned into report text. Messages are Chinese: the
 * coordinator who uploaded the file reads them and must know what to do next.
 */
export abstract class ReportFileError extends Error {
  abstract readonly code: string;
}

export class EmptyReportFileError extends ReportFileError {
  readonly code = 'REPORT_FILE_EMPTY' as const;

  constructor(label: string) {
    super(`${label}是空文件`);
    this.name = 'EmptyReportFileError';
  }
}

/** A kind of file the checker does not read (a spreadsheet, an image, an old .doc…). */
export class UnsupportedReportFileError extends ReportFileError {
  readonly code = 'REPORT_FILE_UNSUPPORTED' as const;

  constructor(label: string, what: string) {
    super(`${label}是${what}，无法读取。请上传 .docx、PDF（带文字层）、网页（HTML）或纯文本（.txt）格式的年度报告`);
    this.name = 'UnsupportedReportFileError';
  }
}

/** The right kind of file, but damaged or cut off. */
export class UnreadableReportFileError extends ReportFileError {
  readonly code = 'REPORT_FILE_UNREADABLE' as const;

  constructor(label: string, detail: string) {
    super(`${label}已损坏或不完整，无法打开：${detail}`);
    this.name = 'UnreadableReportFileError';
  }
}

/** A PDF of scanned pages: there is no text to read without OCR. */
export class NoTextLayerError extends ReportFileError {
  readonly code = 'PDF_NO_TEXT_LAYER' as const;

  constructor(label: string, pages: number) {
    super(`${label}共${pages}页，没有文字层（多为扫描件），无法读取其中的文字和数字。请上传由 Word/WPS 直接导出的 PDF 或 .docx 原文件`);
    this.name = 'NoTextLayerError';
  }
}

export type ReportFileErrorCode =
  | EmptyReportFileError['code']
  | UnsupportedReportFileError['code']
  | UnreadableReportFileError['code']
  | NoTextLayerError['code'];

/** “年报.pdf” in messages, or a neutral phrase when the file has no name. */
export function fileLabel(fileName: string | undefined): string {
  return fileName ? `“${fileName}”` : '上传的文件';
}
