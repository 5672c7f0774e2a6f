import type { FormInstance } from 'element-plus';
import { reactive, ref, shallowRef, type Ref } from 'vue';
import type { LocationQuery } from 'vue-router';
import { asApiError, type ApiError } from '../api/api-error';

/**
 * A form's refusal by the server: the reason per field (shown under that field by
 * el-form-item's `error`) and the message when the refusal names no field of the form.
 */
export function useFormErrors(fields: readonly string[]) {
  const byField = reactive<Record<string, string>>({});
  const message = ref('');
  /** The whole refusal, for a form that shows its code and message whatever field it names. */
  const refusal = shallowRef<ApiError | null>(null);
  function clear(): void {
    for (const key of Object.keys(byField)) delete byField[key];
    message.value = '';
    refusal.value = null;
  }
  function show(error: unknown): void {
    clear();
    const e = asApiError(error);
    refusal.value = e;
    let placed = false;
    for (const field of fields) {
      const reason = e.reasonFor(field);
      if (reason) {
        byField[field] = reason;
        placed = true;
      }
    }
    if (!placed || e.details.length === 0) message.value = e.message;
  }
  return { byField, message, refusal, clear, show };
}

export type FormErrors = ReturnType<typeof useFormErrors>;

/** Checks the form in the browser first, then sends it; the server's refusal goes next to its fields. */
export async function submitForm(form: FormInstance | undefined, refused: FormErrors, busy: Ref<boolean>, send: () => Promise<void>): Promise<void> {
  if (form && !(await form.validate().catch(() => false))) return;
  busy.value = true;
  refused.clear();
  try {
    await send();
  } catch (error) {
    refused.show(error);
  } finally {
    busy.value = false;
  }
}

/** The page to go back to after signing in: only a path of this console, never another site. */
export function returnPath(query: LocationQuery): string {
  const back = query.redirect;
  return typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') ? back : '/desk';
}
