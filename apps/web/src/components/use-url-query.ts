import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';

/** A list's filters as the URL's query, so a link reproduces the view; page 1 again when a filter changes. */
export function useUrlQuery<K extends string>(keys: readonly K[]) {
  const route = useRoute();
  const router = useRouter();
  const text = (q: LocationQuery, key: string) => (typeof q[key] === 'string' ? (q[key] as string) : '');
  const filters = computed(() => Object.fromEntries(keys.map((k) => [k, text(route.query, k)])) as Record<K, string>);
  const page = computed(() => Math.max(1, Number(text(route.query, 'page')) || 1));
  function apply(next: Partial<Record<K | 'page', string | number>>): void {
    const merged: Record<string, string> = { ...filters.value, page: String(page.value) };
    if (!('page' in next)) merged.page = '1';
    for (const [k, v] of Object.entries(next)) merged[k] = v === undefined || v === null ? '' : String(v);
    const query = Object.fromEntries(Object.entries(merged).filter(([k, v]) => v !== '' && !(k === 'page' && v === '1')));
    void router.push({ query });
  }
  /** The filters as the API's query: empty ones left out. */
  const apiQuery = computed(() => Object.fromEntries(Object.entries(filters.value).filter(([, v]) => v !== '')) as Partial<Record<K, string>>);
  return { filters, page, apply, apiQuery };
}
