import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../common/app-error';

/**
 * The console's session: the token travels in an httpOnly cookie, so no page script can read
 * it, and SameSite=Strict keeps other sites' forms from sending it. A second, readable cookie
 * carries a random CSRF token that the console echoes in a header on every unsafe request
 * (double submit): a forged request from elsewhere can send the cookie but not read it.
 * Integrations keep sending `Authorization: Bearer …` and need neither.
 */
export const SESSION_COOKIE = 'dse_session';
export const CSRF_COOKIE = 'dse_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function readCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const value = part.slice(at + 1).trim();
    try {
      cookies.set(part.slice(0, at).trim(), decodeURIComponent(value));
    } catch {
      // A malformed escape is a cookie we never set: ignore it, as browsers do.
    }
  }
  return cookies;
}

function cookie(name: string, value: string, maxAgeSeconds: number, options: { httpOnly: boolean; secure: boolean }): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${maxAgeSeconds}`,
    'SameSite=Strict',
    ...(options.httpOnly ? ['HttpOnly'] : []),
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

export function setSessionCookies(reply: FastifyReply, token: string, ttlSeconds: number, secure: boolean): void {
  const csrf = randomBytes(24).toString('base64url');
  void reply.header('set-cookie', [
    cookie(SESSION_COOKIE, token, ttlSeconds, { httpOnly: true, secure }),
    cookie(CSRF_COOKIE, csrf, ttlSeconds, { httpOnly: false, secure }),
  ]);
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  void reply.header('set-cookie', [
    cookie(SESSION_COOKIE, '', 0, { httpOnly: true, secure }),
    cookie(CSRF_COOKIE, '', 0, { httpOnly: false, secure }),
  ]);
}

/** The bearer credential of a request: the Authorization header first, else the session cookie. */
export function credentialOf(request: FastifyRequest): { authorization: string | undefined; viaCookie: boolean } {
  if (request.headers.authorization) return { authorization: request.headers.authorization, viaCookie: false };
  const session = readCookies(request.headers.cookie).get(SESSION_COOKIE);
  return session ? { authorization: `Bearer ${session}`, viaCookie: true } : { authorization: undefined, viaCookie: false };
}

/** A cookie-borne session may change nothing unless the request proves it was made by our page. */
export function checkCsrf(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const expected = readCookies(request.headers.cookie).get(CSRF_COOKIE) ?? '';
  const sent = request.headers[CSRF_HEADER];
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  if (!expected || given.length !== Buffer.byteLength(expected) || !timingSafeEqual(given, Buffer.from(expected))) {
    throw new AppError('CSRF_TOKEN_INVALID', `请求缺少有效的 CSRF 令牌：请刷新页面后重试（请求头 ${CSRF_HEADER} 应与 Cookie ${CSRF_COOKIE} 一致）`);
  }
}
