import { ElMessage, ElMessageBox } from 'element-plus';
import { ref } from 'vue';
import type { FormErrors } from './use-form-errors';

/** Asks before a change that mails someone or cannot be undone; true once the person confirms. */
export const confirmed = (message: string, title: string, button: string) =>
  ElMessageBox.confirm(message, title, { confirmButtonText: button, cancelButtonText: '取消', type: 'warning' }).then(
    () => true,
    () => false,
  );

/**
 * The day-two change forms of a case (a task's, a request's, a document's) share one way to send:
 * the required fields checked in the browser, a confirmation where asked, the API's refusal next
 * to its field, and the page refreshed from the server once the change is made.
 */
export function useChangeForms(changed: () => void) {
  const busy = ref(false);
  async function send(
    errors: FormErrors,
    required: Record<string, [string, string]>,
    confirm: (() => Promise<boolean>) | null,
    call: () => Promise<unknown>,
    done: string,
  ): Promise<boolean> {
    errors.clear();
    for (const [field, [value, missing]] of Object.entries(required)) if (!value.trim()) errors.byField[field] = missing;
    if (Object.keys(errors.byField).length) return false;
    if (confirm && !(await confirm())) return false;
    busy.value = true;
    try {
      await call();
      ElMessage.success(done);
      changed();
      return true;
    } catch (error) {
      errors.show(error);
      return false;
    } finally {
      busy.value = false;
    }
  }
  return { busy, send };
}
