import type { FastifyRequest } from 'fastify';
import type { ReportUpload } from '../../../../libs/report-io/src';
import { AppError, invalid } from '../common/app-error';

export interface ReportUploads {
  file: ReportUpload;
  lastYear?: ReportUpload;
}

const FIELDS = ['file', 'lastYear'] as const;

/** The report in the multipart field `file` and, optionally, last year's in `lastYear`. */
export async function reportUploads(request: FastifyRequest): Promise<ReportUploads> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'upload the report as multipart/form-data in the field "file"');
  }
  const found: Partial<Record<(typeof FIELDS)[number], ReportUpload>> = {};
  // The server-wide limit is one file per request; this route takes two.
  for await (const part of request.parts({ limits: { files: FIELDS.length } })) {
    const field = FIELDS.find((f) => f === part.fieldname);
    if (part.type !== 'file' || !field) {
      throw invalid(part.fieldname, 'is not expected: upload the report in the field "file" and last year\'s in "lastYear"');
    }
    if (found[field]) throw invalid(field, 'is given twice: upload one file in it');
    found[field] = { content: await part.toBuffer(), fileName: part.filename || undefined };
  }
  if (!found.file) throw invalid('file', 'is missing: upload the annual report in the multipart field "file"');
  return { file: found.file, ...(found.lastYear ? { lastYear: found.lastYear } : {}) };
}
