import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Temporal workflow code imports this module inside a deterministic sandbox: no Node
 * built-ins, no clock, no I/O. Guard the source against drifting into any of them.
 */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('calendar module sources', () => {
  const dirs = [__dirname, join(__dirname, 'data')];
  const sources = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
      .map((name) => ({ name, text: withoutComments(readFileSync(join(dir, name), 'utf8')) })),
  );

  it('are found', () => {
    expect(sources.map((s) => s.name)).toEqual(expect.arrayContaining(['index.ts', 'working-day-calendar.ts', 'sha256.ts']));
  });

  it.each(['node:', "'crypto'", "'fs'", 'require(', 'Date.now', 'new Date()', 'process.', 'Math.random', 'TextEncoder'])(
    'never use %s',
    (forbidden) => {
      expect(sources.filter((s) => s.text.includes(forbidden)).map((s) => s.name)).toEqual([]);
    },
  );

  it('import only relative modules', () => {
    const imports = sources.flatMap((s) => [...s.text.matchAll(/from '([^']+)'/g)].map((m) => `${s.name}: ${m[1]}`));
    expect(imports.filter((line) => !/: \.\.?\//.test(line))).toEqual([]);
  });
});
