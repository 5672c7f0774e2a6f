import { readdirSync, readFileSync } from 'node:fs';

/* The sign-off workflow imports these rules inside Temporal's deterministic sandbox. */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('sign-off rule sources', () => {
  const sources = readdirSync(__dirname)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .map((name) => ({ name, text: withoutComments(readFileSync(`${__dirname}/${name}`, 'utf8')) }));

  it.each(['node:', 'require(', 'Date.now', 'new Date()', 'process.', 'Math.random'])('never use %s', (forbidden) => {
    expect(sources.filter((s) => s.text.includes(forbidden)).map((s) => s.name)).toEqual([]);
  });
});
