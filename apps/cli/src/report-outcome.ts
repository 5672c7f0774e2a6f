import { passes, reportRefusal, type OutcomeError, type ReportOutcome } from '../../../libs/report-io/src';

/** The error a report file can be refused with, reading it included; anything else is a fault of this program. */
export function outcomeError(error: unknown): OutcomeError | null {
  const refused = reportRefusal(error);
  if (refused) return refused;
  const fsError = error as NodeJS.ErrnoException;
  if (fsError?.code === 'ENOENT') return { code: 'FILE_NOT_FOUND', message: `找不到文件“${fsError.path}”`, line: null };
  if (fsError?.code === 'EISDIR') return { code: 'FILE_UNREADABLE', message: `“${fsError.path}”是文件夹，不是文件`, line: null };
  if (fsError?.code === 'EACCES') return { code: 'FILE_UNREADABLE', message: `没有权限读取“${fsError.path}”`, line: null };
  return null;
}

/** 0 when every report passes, 1 when one has an error (with `strict`, a warning), 2 when one could not be read. */
export function exitCode(outcomes: readonly ReportOutcome[], strict = false): 0 | 1 | 2 {
  if (outcomes.some((o) => 'error' in o)) return 2;
  return outcomes.every((o) => passes(o, strict)) ? 0 : 1;
}
