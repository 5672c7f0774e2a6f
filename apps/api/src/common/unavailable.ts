import { temporalDownReason } from '../workflow-gateway/temporal-errors';

/** `field` names the part, as /health does; `reason` is what it said. */
export type UnavailablePart = { code: 'DATABASE_UNAVAILABLE' | 'TEMPORAL_UNAVAILABLE'; message: string; field: 'database' | 'temporal'; reason: string };

const TEMPORAL_DOWN = '工作流服务（Temporal）暂时无法访问，请稍后重试';
const DATABASE_DOWN_TEXT = '数据库暂时无法访问，请稍后重试';

/** PostgreSQL's connection and shutdown classes (08, 57P0x) and the socket errors of a server gone. */
const DATABASE_DOWN = /^(08\d{3}|57P0[1-3]|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH)$/;
const DATABASE_DOWN_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|connection is closed|Client has encountered a connection error/i;
/** TypeORM releases a transaction's connection when the server drops it; the commit then finds it gone. */
const DATABASE_DOWN_ERRORS = new Set(['QueryRunnerAlreadyReleasedError']);

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e && chain.length < 6; e = (e as { cause?: unknown; driverError?: unknown }).driverError ?? (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}

/**
 * Which part the API depends on failed to answer, when that is what `error` says: such a
 * request can be retried once the part is back (503), it is not a fault of ours (500).
 */
export function unavailablePart(error: unknown): UnavailablePart | null {
  for (const e of causes(error)) {
    const temporal = temporalDownReason(e);
    if (temporal !== null) return { code: 'TEMPORAL_UNAVAILABLE', message: TEMPORAL_DOWN, field: 'temporal', reason: temporal };
    const { code, message, name } = (e ?? {}) as { code?: unknown; message?: unknown; name?: unknown };
    if (
      (typeof code === 'string' && DATABASE_DOWN.test(code)) ||
      (typeof message === 'string' && DATABASE_DOWN_MESSAGE.test(message)) ||
      (typeof name === 'string' && DATABASE_DOWN_ERRORS.has(name))
    ) {
      return { code: 'DATABASE_UNAVAILABLE', message: DATABASE_DOWN_TEXT, field: 'database', reason: String(message ?? code) };
    }
  }
  return null;
}
