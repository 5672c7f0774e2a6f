import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * Workflows import these rules inside Temporal's deterministic sandbox: no Node built-ins, no
 * clock, no randomness, no locale, no framework. One guard for every folder of libs/domain.
 */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

function sourcesUnder(dir: string): { name: string; text: string }[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'testdata' ? [] : sourcesUnder(path);
    if (!entry.endsWith('.ts') || entry.endsWith('.spec.ts')) return [];
    return [{ name: relative(__dirname, path), text: withoutComments(readFileSync(path, 'utf8')) }];
  });
}

describe('pure domain sources', () => {
  const sources = sourcesUnder(__dirname);

  it('are found in every folder', () => {
    const folders = new Set(sources.map((s) => s.name.split('/')[0]));
    expect([...folders]).toEqual(expect.arrayContaining(['calendar', 'signoff', 'requests', 'annual-report', 'supervision', 'registry']));
  });

  const nondeterministic = ['node:', "'crypto'", "'fs'", 'require(', 'Date.now', 'new Date()', 'process.', 'Math.random', 'localeCompare', 'TextEncoder'];
  const frameworks = ['@nestjs', 'typeorm', '@temporalio', 'nodemailer'];
  it.each([...nondeterministic, ...frameworks])('never use %s', (word) => {
    expect(sources.filter((s) => s.text.includes(word)).map((s) => s.name)).toEqual([]);
  });

  it('import only relative modules', () => {
    const imports = sources.flatMap((s) => [...s.text.matchAll(/from '([^']+)'/g)].map((m) => `${s.name}: ${m[1]}`));
    expect(imports.filter((line) => !/: \.\.?\//.test(line))).toEqual([]);
  });
});
