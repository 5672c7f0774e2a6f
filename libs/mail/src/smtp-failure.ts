/**
 * A send that failed for good: the server refused with a 5xx reply (550 mailbox unavailable,
 * 553 bad address). Retrying cannot help; a 4xx reply, a refused connection or a time-out can pass.
 */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
