import { AppError } from '../common/app-error';
import { sha256Of, type UploadedFileDto } from '../common/uploaded-file.dto';

export interface DocumentContent {
  bytes: Buffer;
  sha256: string;
  filename: string | null;
  mediaType: string;
}

/** The bytes the server hashes: the text as UTF-8, or the decoded file. */
export function documentContent(body: { bodyText?: string; file?: UploadedFileDto }, required: boolean): DocumentContent | null {
  if (body.bodyText !== undefined && body.file !== undefined) {
    throw new AppError('VALIDATION_FAILED', 'bodyText 与 file 只能发送其一', [{ field: 'file', reason: 'bodyText 与 file 只能发送其一' }]);
  }
  if (body.bodyText !== undefined) {
    const bytes = Buffer.from(body.bodyText, 'utf8');
    return { bytes, sha256: sha256Of(bytes), filename: null, mediaType: 'text/plain; charset=utf-8' };
  }
  if (body.file !== undefined) {
    const bytes = Buffer.from(body.file.contentBase64, 'base64');
    if (bytes.length === 0) throw new AppError('VALIDATION_FAILED', 'file.contentBase64：内容为空', [{ field: 'file.contentBase64', reason: '内容为空' }]);
    return { bytes, sha256: sha256Of(bytes), filename: body.file.filename, mediaType: body.file.mediaType ?? 'application/octet-stream' };
  }
  if (required) throw new AppError('VALIDATION_FAILED', 'bodyText：请以 bodyText 或 file 发送公文', [{ field: 'bodyText', reason: '请以 bodyText 或 file 发送公文' }]);
  return null;
}
