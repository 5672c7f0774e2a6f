import type { LocationQuery } from 'vue-router';

/** The review's filters, as the URL holds them and the API reads them (GET /api/documents, GET /api/trails/export). */
export interface TrailFilters {
  unitId?: string;
  from?: string;
  to?: string;
  attribute?: string;
  status?: string;
  overdue?: string;
}
const KEYS = ['unitId', 'from', 'to', 'attribute', 'status', 'overdue'] as const;

export function filtersOf(query: LocationQuery): TrailFilters {
  const filters: TrailFilters = {};
  for (const key of KEYS) {
    const value = query[key];
    if (typeof value === 'string' && value) filters[key] = value;
  }
  return filters;
}

/** The archive of every trail the same filters select. */
export function exportHref(filters: TrailFilters): string {
  const search = new URLSearchParams(filters as Record<string, string>).toString();
  return `/api/trails/export${search ? `?${search}` : ''}`;
}
