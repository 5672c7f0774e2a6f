import type { FastifyRequest } from 'fastify';
import { API_PREFIX } from '../common/api-prefix';

export interface Resource {
  /** The first segment of the path under the API: `calendar` for /api/calendar/years/:year. */
  kind: string;
  /** The value of the path's last parameter, the record's id; null for a route without one (a creation). */
  id: string | null;
  /** Where the record is read, parameters filled in. */
  url: string;
  /** Whether a GET route answers at that path. */
  readable: boolean;
}

/**
 * The record a write route changes, told by its path alone: read where a GET answers at the
 * same path (`PUT /annual-reports/:year/texts`), or else at the path up to its last parameter
 * (`POST /review-litigation-cases/:id/result` reads `/review-litigation-cases/:id`).
 */
export function resourceOf(request: FastifyRequest): Resource {
  const pattern = request.routeOptions.url ?? request.url;
  const segments = pattern.split('/').filter(Boolean);
  const underApi = segments[0] === API_PREFIX ? segments.slice(1) : segments;
  const kind = (underApi[0] ?? API_PREFIX).slice(0, 40);
  const params = request.params as Record<string, string>;
  const last = segments.map((s) => s.startsWith(':')).lastIndexOf(true);
  const id = last < 0 ? null : (params[segments[last].slice(1)] ?? null);
  const fill = (upTo: number) => `/${segments.slice(0, upTo).map((s) => (s.startsWith(':') ? encodeURIComponent(params[s.slice(1)] ?? '') : s)).join('/')}`;
  // A POST without a parameter creates: the GET at its path is the list, not the record.
  const candidates = last >= 0 ? [segments.length, last + 1] : request.method === 'POST' ? [] : [segments.length];
  const readable = candidates.find((upTo) => request.server.hasRoute({ method: 'GET', url: `/${segments.slice(0, upTo).join('/')}` }));
  return { kind, id, url: readable !== undefined ? fill(readable) : pattern, readable: readable !== undefined };
}

/** The record as a GET answers it to the same caller; null when that GET does not answer 200 (no record yet, none any more). */
export async function readResource(request: FastifyRequest, url: string): Promise<unknown> {
  const { authorization, cookie } = request.headers;
  const response = await request.server.inject({ method: 'GET', url, headers: { ...(authorization ? { authorization } : {}), ...(cookie ? { cookie } : {}) } });
  if (response.statusCode !== 200) return null;
  try {
    return response.json();
  } catch {
    return response.body;
  }
}
