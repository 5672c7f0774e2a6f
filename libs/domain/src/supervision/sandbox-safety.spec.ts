import { readdirSync, readFileSync } from 'node:fs';

/*
 * Per-task workflows and the schedules import these rules inside Temporal's deterministic
 * sandbox: no Node built-ins, no clock, no randomness, no framework. Guard the sources.
 */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('supervision module sources', () => {
  const sources = readdirSync(__dirname)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .map((name) => ({ name, text: withoutComments(readFileSync(`${__dirname}/${name}`, 'utf8')) }));

  it('are found', () => {
    expect(sources.map((s) => s.name)).toEqual(expect.arrayContaining(['index.ts', 'quarterly-scoring.ts', 'task-lifecycle.ts']));
  });

  const nondeterministic = ['node:', 'require(', 'Date.now', 'new Date(', 'process.', 'Math.random', 'localeCompare'];
  const frameworks = ['@nestjs', 'typeorm', '@temporalio', 'nodemailer'];
  it.each([...nondeterministic, ...frameworks])('never use %s', (word) => {
    expect(sources.filter((s) => s.text.includes(word)).map((s) => s.name)).toEqual([]);
  });

  it('import only relative modules', () => {
    const imports = sources.flatMap((s) => [...s.text.matchAll(/from '([^']+)'/g)].map((m) => `${s.name}: ${m[1]}`));
    expect(imports.filter((line) => !/: \.\.?\//.test(line))).toEqual([]);
  });
});
