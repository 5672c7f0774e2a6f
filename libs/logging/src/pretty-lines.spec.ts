import { resolveLogFormat } from './logger';
import { prettyLine } from './pretty-lines';

describe('readable log lines', () => {
  const line = JSON.stringify({ level: 30, time: '2026-12-01T08:15:42.123Z', service: 'api', pid: 7, msg: 'api listening', url: 'http://127.0.0.1:3000' });

  it('puts time, level, service and message first, then the fields', () => {
    expect(prettyLine(line, false)).toBe('08:15:42 INFO  [api] api listening url=http://127.0.0.1:3000\n');
  });

  it('colours the level for a terminal, and only then', () => {
    expect(prettyLine(JSON.stringify({ level: 50, msg: 'boom', service: 'worker' }), true)).toContain('\u001b[31mERROR\u001b[0m');
    expect(prettyLine(line, false)).not.toContain('\u001b[');
  });

  it('quotes values with spaces and shows an error stack on its own lines', () => {
    const out = prettyLine(JSON.stringify({ level: 50, msg: 'failed', service: 'api', reason: 'two words', err: { type: 'Error', stack: 'Error: x\n    at f' } }), false);
    expect(out).toContain('reason="two words"');
    expect(out).toContain('\nError: x\n    at f');
  });

  it('passes a line that is not JSON through unchanged', () => {
    expect(prettyLine('plain text', false)).toBe('plain text');
  });

  it('is pretty at a terminal and JSON for collectors and in production, unless LOG_FORMAT says', () => {
    expect(resolveLogFormat('auto', false, true)).toBe('pretty');
    expect(resolveLogFormat('auto', false, false)).toBe('json');
    expect(resolveLogFormat('auto', true, true)).toBe('json');
    expect(resolveLogFormat('json', false, true)).toBe('json');
    expect(resolveLogFormat('pretty', true, false)).toBe('pretty');
  });
});
