import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './api-error';
import type { paths } from './schema';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The API's double-submit token: the cookie it set at login, readable by this page only. */
export function csrfToken(): string | null {
  const match = document.cookie.match(/(?:^|;\s*)dse_csrf=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : null;
}

export type SessionEnd = 'UNAUTHENTICATED' | 'PASSWORD_CHANGE_REQUIRED';
let sessionEnded: (why: SessionEnd) => void = () => undefined;

/** Who to tell when the server says the session is over or needs a new password (the router). */
export function onSessionEnd(handler: (why: SessionEnd) => void): void {
  sessionEnded = handler;
}

const session: Middleware = {
  onRequest({ request }) {
    const token = csrfToken();
    if (UNSAFE_METHODS.has(request.method) && token) request.headers.set('x-csrf-token', token);
    return request;
  },
  async onResponse({ request, response }) {
    // A wrong password at login is a 401 too, but it is the form's to show, not a session ending.
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/auth/login')) sessionEnded('UNAUTHENTICATED');
    if (response.status === 403) {
      const body = (await response.clone().json().catch(() => null)) as { code?: string } | null;
      if (body?.code === 'PASSWORD_CHANGE_REQUIRED') sessionEnded('PASSWORD_CHANGE_REQUIRED');
    }
    return response;
  },
};

/** The typed client: paths, parameters and bodies as the API's OpenAPI document declares them. The session is the cookie. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(session);

type Answer<D> = Promise<{ data?: D; error?: unknown; response: Response }>;

/**
 * The answer's body, typed as the route's OpenAPI response declares it, or an ApiError with the
 * API's code, message and field details. A caller may name a closer shape where the API declares
 * an open object (a clock, a workflow's state).
 */
export function answer<D>(request: Answer<D>): Promise<Exclude<D, undefined>>;
export function answer<T>(request: Answer<unknown>): Promise<T>;
export async function answer<T>(request: Answer<unknown>): Promise<T> {
  let result;
  try {
    result = await request;
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (!result.response.ok) throw ApiError.from(result.response.status, result.error);
  return result.data as T;
}

/** A multipart body passed through as is (openapi-fetch would JSON-encode it). */
export const asFormData = (form: FormData) => ({ body: form as never, bodySerializer: (body: unknown) => body as FormData });
