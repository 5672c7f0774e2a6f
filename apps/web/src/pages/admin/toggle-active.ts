import { ElMessageBox } from 'element-plus';
import { asApiError } from '../../api/api-error';

/**
 * Deactivates or reactivates a unit or a person after asking, since a deactivated person can no
 * longer sign in. Answers the API's refusal as text ('' when done or when the person said no).
 */
export async function toggleActive(target: { name: string; active: boolean }, consequence: string, send: () => Promise<unknown>): Promise<string> {
  const verb = target.active ? '停用' : '启用';
  const question = `确定${verb}${target.name}？${target.active ? consequence : ''}`;
  if (!(await ElMessageBox.confirm(question, verb, { confirmButtonText: verb, cancelButtonText: '取消', type: 'warning' }).catch(() => false))) return '';
  try {
    await send();
    return '';
  } catch (e) {
    return asApiError(e).message;
  }
}
