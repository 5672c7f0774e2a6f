import type { FastifyRequest } from 'fastify';
import type { ReportUpload } from '../../../../libs/report-io/src';
import { AppError, invalid } from '../common/app-error';

export interface ReportUploads {
  file: ReportUpload;
  lastYear?: ReportUpload;
}

export interface BatchUploads {
  files: ReportUpload[];
  lastYear?: ReportUpload;
}

const FIELDS = ['file', 'lastYear'] as const;
/** A district's departments and towns in one go; more is a sign of a wrong folder. */
export const MAX_BATCH_FILES = 100;

/** The report in the multipart field `file` and, optionally, last year's in `lastYear`. */
export async function reportUploads(request: FastifyRequest): Promise<ReportUploads> {
  const found: Partial<Record<(typeof FIELDS)[number], ReportUpload>> = {};
  // The server-wide limit is one file per request; this route takes two.
  await eachUpload(request, FIELDS.length, 'file', (field, upload) => {
    const known = FIELDS.find((f) => f === field);
    if (!known) throw invalid(field, 'is not expected: upload the report in the field "file" and last year\'s in "lastYear"');
    if (found[known]) throw invalid(known, 'is given twice: upload one file in it');
    found[known] = upload;
  });
  if (!found.file) throw invalid('file', 'is missing: upload the annual report in the multipart field "file"');
  return { file: found.file, ...(found.lastYear ? { lastYear: found.lastYear } : {}) };
}

/** Reports in the repeated multipart field `files` and, optionally, last year's in `lastYear`. */
export async function batchUploads(request: FastifyRequest): Promise<BatchUploads> {
  const files: ReportUpload[] = [];
  let lastYear: ReportUpload | undefined;
  await eachUpload(request, MAX_BATCH_FILES + 1, 'files', (field, upload) => {
    if (field === 'files') files.push(upload);
    else if (field === 'lastYear' && !lastYear) lastYear = upload;
    else if (field === 'lastYear') throw invalid('lastYear', 'is given twice: upload one file in it');
    else throw invalid(field, 'is not expected: upload the reports in the field "files" and last year\'s in "lastYear"');
  });
  if (files.length === 0) throw invalid('files', 'is missing: upload the annual reports in the multipart field "files"');
  if (files.length > MAX_BATCH_FILES) throw invalid('files', `holds more than ${MAX_BATCH_FILES} files: check them in smaller batches`);
  return { files, ...(lastYear ? { lastYear } : {}) };
}

async function eachUpload(
  request: FastifyRequest,
  maxFiles: number,
  field: string,
  take: (field: string, upload: ReportUpload) => void,
): Promise<void> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `upload the report as multipart/form-data in the field "${field}"`);
  }
  for await (const part of request.parts({ limits: { files: maxFiles } })) {
    if (part.type !== 'file') throw invalid(part.fieldname, `is not expected: upload files in the field "${field}"`);
    take(part.fieldname, { content: await part.toBuffer(), fileName: part.filename || undefined });
  }
}
