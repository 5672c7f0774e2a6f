/** The review's filters, as the URL holds them and the API reads them (GET /api/documents, GET /api/trails/export). */
export interface TrailFilters {
  unitId?: string;
  from?: string;
  to?: string;
  attribute?: string;
  status?: string;
  overdue?: string;
}
export const TRAIL_FILTER_KEYS = ['unitId', 'from', 'to', 'attribute', 'status', 'overdue'] as const;

/** The archive of every trail the same filters select. */
export function exportHref(filters: TrailFilters): string {
  const search = new URLSearchParams(filters as Record<string, string>).toString();
  return `/api/trails/export${search ? `?${search}` : ''}`;
}
