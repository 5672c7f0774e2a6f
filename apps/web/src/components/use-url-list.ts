import { reactive, watch, type UnwrapRef } from 'vue';
import { useLoad } from './use-load';
import { useUrlQuery } from './use-url-query';

export interface ListRead<K extends string> {
  /** The filters set, empty ones left out, as the API reads them. */
  filters: Partial<Record<K, string>>;
  page: number;
  pageSize: number;
}

/**
 * A list page whose filters and page live in the URL (a link reproduces the view): the rows are
 * read again whenever the URL changes, and the filter form's draft is set back from it, so the
 * back button shows the form as the list it filters. `draftOf` shapes the draft when the form
 * differs from the URL's keys (a date range for `from` and `to`).
 */
export function useUrlList<K extends string, T, D extends object = Record<K, string>>(
  keys: readonly K[],
  pageSize: number,
  read: (query: ListRead<K>) => Promise<T>,
  draftOf: (filters: Record<K, string>) => D = (filters) => ({ ...filters }) as unknown as D,
) {
  const url = useUrlQuery(keys);
  const draft = reactive(draftOf(url.filters.value));
  const list = useLoad(() => read({ filters: url.apiQuery.value, page: url.page.value, pageSize }));
  watch(
    () => [url.filters.value, url.page.value],
    () => {
      Object.assign(draft, draftOf(url.filters.value) as UnwrapRef<D>);
      void list.reload();
    },
    { immediate: true, deep: true },
  );
  return { ...url, draft, list };
}

/** A date-range picker's value from the URL's two ends; empty unless both are set. */
export const periodOf = (from: string, to: string): string[] => (from && to ? [from, to] : []);
