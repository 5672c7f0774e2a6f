import { Writable } from 'node:stream';

/** pino's numeric levels, as a person reads them, with the colour a terminal shows them in. */
const LEVELS: Record<number, { name: string; colour: number }> = {
  10: { name: 'TRACE', colour: 90 },
  20: { name: 'DEBUG', colour: 36 },
  30: { name: 'INFO ', colour: 32 },
  40: { name: 'WARN ', colour: 33 },
  50: { name: 'ERROR', colour: 31 },
  60: { name: 'FATAL', colour: 35 },
};
const OMITTED = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname']);

function value(v: unknown): string {
  if (typeof v === 'string') return /[\s"=]/.test(v) ? JSON.stringify(v) : v;
  return JSON.stringify(v);
}

/** One JSON log line as one readable line: time, level, service, message, then the fields. */
export function prettyLine(json: string, colour: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json);
  } catch {
    return json;
  }
  const level = LEVELS[entry.level as number] ?? { name: String(entry.level), colour: 0 };
  const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
  const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const fields = Object.entries(entry)
    .filter(([key]) => !OMITTED.has(key))
    .map(([key, v]) => (key === 'err' && v && typeof v === 'object' && 'stack' in v ? `\n${String((v as { stack: unknown }).stack)}` : `${paint(90, `${key}=`)}${value(v)}`));
  return `${paint(90, time)} ${paint(level.colour, level.name)} ${paint(90, `[${String(entry.service ?? '')}]`)} ${String(entry.msg ?? '')}${fields.length ? ` ${fields.join(' ')}` : ''}\n`;
}

/** A stream for pino that writes each event as a readable line to the terminal. */
export function prettyStream(out: NodeJS.WriteStream = process.stdout): Writable {
  const colour = out.isTTY === true && !process.env.NO_COLOR;
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) out.write(prettyLine(line, colour));
      done();
    },
  });
}
