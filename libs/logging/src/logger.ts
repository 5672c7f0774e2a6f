import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

/** One JSON line per event on stdout; `service` tells the API's lines from the worker's. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    level,
    base: { service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', '*.password', '*.passwordHash', '*.token'], censor: '[redacted]' },
  });
}
