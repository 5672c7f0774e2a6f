import type { FastifyRequest } from 'fastify';
import type { ReportUpload } from '../../../../libs/report-io/src';
import { invalid } from '../common/app-error';
import { eachMultipartFile, multipartFiles, type UploadedFile } from '../common/multipart-upload';

export interface ReportUploads {
  file: ReportUpload;
  lastYear?: ReportUpload;
}

export interface BatchUploads {
  files: ReportUpload[];
  lastYear?: ReportUpload;
}

/** A district's departments and towns in one go; more is a sign of a wrong folder. */
export const MAX_BATCH_FILES = 100;

const upload = (f: UploadedFile): ReportUpload => ({ content: f.content, fileName: f.fileName || undefined });

/** The report in the multipart field `file` and, optionally, last year's in `lastYear`. */
export async function reportUploads(request: FastifyRequest, archiveLimitBytes: number): Promise<ReportUploads> {
  const { file, lastYear } = await multipartFiles(request, ['file', 'lastYear'], '年度报告（去年的报告放在“lastYear”）', archiveLimitBytes);
  return { file: upload(file), ...(lastYear ? { lastYear: upload(lastYear) } : {}) };
}

/** Reports in the repeated multipart field `files` and, optionally, last year's in `lastYear`. */
export async function batchUploads(request: FastifyRequest, archiveLimitBytes: number): Promise<BatchUploads> {
  const files: ReportUpload[] = [];
  let lastYear: ReportUpload | undefined;
  await eachMultipartFile(request, { fields: ['files', 'lastYear'], maxFiles: MAX_BATCH_FILES + 1, what: '各年度报告（去年的报告放在“lastYear”）', archiveLimitBytes }, (field, file) => {
    if (field === 'files') files.push(upload(file));
    else if (!lastYear) lastYear = upload(file);
    else throw invalid('lastYear', '出现了两次：每个字段只上传一个文件');
  });
  if (files.length === 0) throw invalid('files', '缺少：请在字段“files”中上传各年度报告');
  if (files.length > MAX_BATCH_FILES) throw invalid('files', `超过 ${MAX_BATCH_FILES} 个文件：请分批检查`);
  return { files, ...(lastYear ? { lastYear } : {}) };
}
