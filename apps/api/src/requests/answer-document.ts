import type { AnswerDocumentRef } from '../../../../libs/contracts/src/request-activities';
import { AppError } from '../common/app-error';
import { sha256Of } from '../common/uploaded-file.dto';
import type { CloseDto } from './dto/request-steps.dto';

export interface AnswerDocument {
  ref: AnswerDocumentRef;
  bytes: Buffer;
}

/** The answer the server hashes: the text as UTF-8, or the decoded file; exactly one of the two. */
export function answerDocument(dto: Pick<CloseDto, 'answerText' | 'answerFile'>): AnswerDocument {
  const refuse = (field: string, reason: string) => new AppError('VALIDATION_FAILED', `${field}：${reason}`, [{ field, reason }]);
  if (dto.answerText !== undefined && dto.answerFile !== undefined) throw refuse('answerFile', 'answerText 与 answerFile 只能发送其一');
  const text = dto.answerText !== undefined;
  const bytes = text ? Buffer.from(dto.answerText!, 'utf8') : Buffer.from(dto.answerFile!.contentBase64, 'base64');
  if (!text && bytes.length === 0) throw refuse('answerFile.contentBase64', '内容为空');
  return {
    bytes,
    ref: {
      kind: text ? 'text' : 'file',
      sha256: sha256Of(bytes),
      filename: text ? null : dto.answerFile!.filename,
      mediaType: text ? 'text/plain; charset=utf-8' : (dto.answerFile!.mediaType ?? 'application/octet-stream'),
      sizeBytes: bytes.length,
    },
  };
}
