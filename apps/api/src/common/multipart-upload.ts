import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from './app-error';
import { assertArchiveWithinLimit, isZipArchive } from './archive-limit';

export interface UploadedFile {
  content: Buffer;
  fileName: string;
}

/** The OpenAPI body of a route that takes one file in the multipart field `file`. */
export const FILE_BODY = {
  schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
};

/**
 * Each file of a multipart upload, in order, to `take`: every part must be a non-empty file in
 * one of `fields` (at most `maxFiles` of them). A body that is not well-formed multipart (no
 * boundary, cut short) is a 400 naming the body, not a parser's crash; an .xlsx or .docx that
 * would unpack beyond `archiveLimitBytes` is refused before any parser opens it.
 */
export async function eachMultipartFile(
  request: FastifyRequest,
  upload: { fields: readonly string[]; maxFiles: number; what: string; archiveLimitBytes: number },
  take: (field: string, file: UploadedFile) => void,
): Promise<void> {
  const expected = upload.fields.map((f) => `“${f}”`).join('、');
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `请以 multipart/form-data 上传${upload.what}，字段名 ${expected}`);
  try {
    // The server-wide limit is one file per request; a route taking more says so here.
    for await (const part of request.parts({ limits: { files: upload.maxFiles } })) {
      const field = upload.fields.find((f) => f === part.fieldname);
      if (!field) throw invalid(part.fieldname || 'file', `不是所需字段：请在字段 ${expected} 中上传${upload.what}`);
      if (part.type !== 'file') throw invalid(field, `应为文件，收到的是文本字段：请在字段“${field}”中上传${upload.what}`);
      const content = await part.toBuffer();
      if (content.length === 0) throw invalid(field, '是空文件');
      if (isZipArchive(content)) assertArchiveWithinLimit(content, upload.archiveLimitBytes, field);
      take(field, { content, fileName: part.filename });
    }
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof AppError || status === 413) throw error;
    throw invalid('body', `不是有效的 multipart/form-data：${(error as Error).message}`);
  }
}

/** The files of a multipart upload by field, each field at most once; the first field is required. */
export async function multipartFiles<First extends string, Rest extends string = never>(
  request: FastifyRequest,
  fields: readonly [First, ...Rest[]],
  what: string,
  archiveLimitBytes: number,
): Promise<Record<First, UploadedFile> & Partial<Record<Rest, UploadedFile>>> {
  const found: Partial<Record<string, UploadedFile>> = {};
  await eachMultipartFile(request, { fields, maxFiles: fields.length, what, archiveLimitBytes }, (field, file) => {
    if (found[field]) throw invalid(field, '出现了两次：每个字段只上传一个文件');
    found[field] = file;
  });
  if (!found[fields[0]]) throw invalid(fields[0], `缺少：请在字段“${fields[0]}”中上传${what}`);
  return found as Record<First, UploadedFile> & Partial<Record<Rest, UploadedFile>>;
}
