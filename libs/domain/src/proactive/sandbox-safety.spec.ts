import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Pure rules: workflows may import them inside Temporal's deterministic sandbox, and the API
 * and worker share them. No Node built-ins, clock, randomness, I/O or framework.
 */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe(`${__dirname.split(/[\\/]/).pop()} module sources`, () => {
  const sources = readdirSync(__dirname)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .map((name) => ({ name, text: withoutComments(readFileSync(join(__dirname, name), 'utf8')) }));

  it('are found', () => {
    expect(sources.map((s) => s.name)).toContain('index.ts');
  });

  const forbidden = ['node:', 'require(', 'Date.now', 'new Date(', 'process.', 'Math.random'];
  const frameworks = ['@nestjs', 'typeorm', '@temporalio', 'nodemailer'];
  it.each([...forbidden, ...frameworks])(
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
