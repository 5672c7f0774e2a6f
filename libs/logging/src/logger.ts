import pino, { Logger } from 'pino';
import { prettyStream } from './pretty-lines';

export type { Logger } from 'pino';

/** `auto`: readable lines for a person at a terminal, JSON lines for a collector (and in production). */
export type LogFormat = 'auto' | 'pretty' | 'json';

export function resolveLogFormat(format: LogFormat, production: boolean, isTTY = process.stdout.isTTY === true): 'pretty' | 'json' {
  if (format !== 'auto') return format;
  return isTTY && !production ? 'pretty' : 'json';
}

/** One event per line on stdout; `service` tells the API's lines from the worker's. */
export function createLogger(service: string, level: string, format: 'pretty' | 'json' = 'json'): Logger {
  const options = {
    level,
    base: { service, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.passwordHash', '*.token'], censor: '[redacted]' },
  };
  return format === 'pretty' ? pino(options, prettyStream()) : pino(options);
}
