import { ref, shallowRef, type Ref } from 'vue';
import { asApiError, type ApiError } from '../api/api-error';

/** A page's read from the server: loading while it runs, the API's error if it fails, the data once it lands. */
export function useLoad<T>(read: () => Promise<T>) {
  const data = shallowRef<T | null>(null) as Ref<T | null>;
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  let latest = 0;
  async function reload(): Promise<void> {
    const mine = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const value = await read();
      if (mine === latest) data.value = value;
    } catch (e) {
      if (mine === latest) error.value = asApiError(e);
    } finally {
      if (mine === latest) loading.value = false;
    }
  }
  return { data, loading, error, reload };
}
