import * as fs from 'node:fs';
import * as path from 'node:path';
import { PRELOADED_WORKFLOW_MODULES } from './workflow-bundle';

const ROOT = path.resolve(__dirname, '../../..');

function workflowSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return workflowSources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

describe('the preloaded workflow modules', () => {
  it('are exactly the domain modules the workflows import at run time (type-only imports cost nothing)', () => {
    const imported = new Set<string>();
    for (const file of workflowSources(path.join(ROOT, 'workflows'))) {
      const source = fs.readFileSync(file, 'utf8');
      for (const m of source.matchAll(/import\s+(type\s+)?\{[^}]*\}\s+from\s+'([^']+libs\/domain\/src\/[^']+)'/g)) {
        if (!m[1]) imported.add(require.resolve(path.resolve(path.dirname(file), m[2])));
      }
    }
    expect([...PRELOADED_WORKFLOW_MODULES].sort()).toEqual([...imported].sort());
  });
});
