import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RENAMED_SETTINGS, SETTINGS } from './app-config';

const root = join(__dirname, '..', '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** The README's configuration table: variable -> its default column. */
const documented = new Map([...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \| ([^|]*) \|/gm)].map((m) => [m[1], m[2].trim()]));

describe('the settings table', () => {
  it('lists every variable the configuration reads (test-only hooks and deprecated names aside)', () => {
    // A name the Reader is asked for: r.string('X', …), wholeNumber(r, 'X', …), and the like.
    const source = readFileSync(join(__dirname, 'app-config.ts'), 'utf8').replace(/export const SETTINGS = \{[\s\S]*?\} as const;/, '');
    const read = new Set([...source.matchAll(/\((?:r, )?'([A-Z][A-Z0-9_]{2,})'/g)].map((m) => m[1]).filter((name) => !name.startsWith('TEST_')));
    for (const name of Object.values(RENAMED_SETTINGS)) read.delete(name);
    expect([...read].filter((name) => !(name in SETTINGS))).toEqual([]);
  });

  it('is documented in the README, each fixed default as written there', () => {
    expect(Object.keys(SETTINGS).filter((name) => !documented.has(name))).toEqual([]);
    const fixed = Object.entries(SETTINGS).filter(([, value]) => !value.startsWith('('));
    expect(fixed.filter(([name, value]) => documented.get(name) !== `\`${value}\``)).toEqual([]);
  });
});
