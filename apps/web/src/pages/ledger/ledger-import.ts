import { answer, api, asFormData } from '../../api/client';
import type { LedgerImportResult } from '../../api/views';
import { LEDGER_COLUMNS, LEDGER_REQUIRED } from '../../../../../libs/domain/src/supervision/ledger-columns';

/** The ledger's .xlsx import, from the ledger page and from moving in (its 状态 column takes tasks already under way). */
export const LEDGER_IMPORT = {
  label: '台账文件',
  columns: LEDGER_COLUMNS,
  required: LEDGER_REQUIRED,
  send(file: File, dryRun: boolean): Promise<LedgerImportResult> {
    const form = new FormData();
    form.append('file', file);
    return answer(api.POST('/api/tasks/import', { params: { query: { dryRun } }, ...asFormData(form) }));
  },
  summary: (result: LedgerImportResult, dryRun: boolean) => (dryRun ? `检查通过：共${result.rows}行，可以导入。` : `已导入${result.created}项任务`),
};
