import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/*
 * Each room of libs/domain is found in one hop and read without the rest: no file imports
 * itself back through others, and no folder imports a folder that imports it, type-only
 * imports included (ESLint's import/no-cycle skips those).
 */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'testdata' || entry === 'data' ? [] : sourcesUnder(path);
    return entry.endsWith('.ts') && !entry.endsWith('.spec.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(from), specifier);
  return [`${base}.ts`, join(base, 'index.ts')].find((path) => existsSync(path)) ?? null;
}

const files = sourcesUnder(__dirname);
const name = (path: string) => relative(__dirname, path);
const imports = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/from '([^']+)'/g)].map((m) => resolveImport(file, m[1])).filter((t): t is string => t !== null);
    return [file, [...new Set(targets)]];
  }),
);

/** Every cycle in a graph, each once, as the list of its nodes. */
function cycles(edges: Map<string, string[]>): string[][] {
  const found = new Map<string, string[]>();
  const walk = (node: string, path: string[]) => {
    for (const next of edges.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const cycle = path.slice(at);
        found.set([...cycle].sort().join(' '), cycle);
      } else if (path.length < 50) walk(next, [...path, next]);
    }
  };
  for (const node of edges.keys()) walk(node, [node]);
  return [...found.values()];
}

describe('the imports of libs/domain', () => {
  it('are read from the sources', () => {
    expect(imports.get(join(__dirname, 'calendar', 'due-spec.ts'))?.map(name)).toContain(join('calendar', 'iso-date.ts'));
  });

  it('form no cycle between files', () => {
    const named = new Map([...imports].map(([file, targets]) => [name(file), targets.map(name)]));
    expect(cycles(named)).toEqual([]);
  });

  it('form no cycle between folders', () => {
    const folder = (file: string) => name(file).split('/')[0];
    const edges = new Map<string, string[]>();
    for (const [file, targets] of imports) {
      const out = new Set(edges.get(folder(file)) ?? []);
      for (const target of targets) if (folder(target) !== folder(file)) out.add(folder(target));
      edges.set(folder(file), [...out]);
    }
    expect(cycles(edges)).toEqual([]);
  });
});
