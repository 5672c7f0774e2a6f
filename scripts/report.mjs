// `npm run report -- check FILE…`: set-up (dependencies, incremental build), then the report
// checker from dist/. Set-up runs in a child process whose output goes to stderr, so stdout
// carries only the results (one JSON document with --json), even on a fresh clone.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkNode, ensureBuild, ensureDependencies, root } from './lib/setup.mjs';

const SETUP_ONLY = 'DSE_REPORT_SETUP_ONLY';

if (process.env[SETUP_ONLY] === '1') {
  checkNode();
  ensureDependencies();
  ensureBuild();
  process.exit(0);
}

const setup = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
  cwd: root,
  stdio: ['ignore', 2, 2],
  env: { ...process.env, [SETUP_ONLY]: '1' },
});
if (setup.status !== 0) {
  console.error('[report] set-up failed (see above): the checker was not run');
  process.exit(2);
}
// File names are relative to where npm was run from, not to the repository.
const checker = spawnSync(process.execPath, [path.join(root, 'dist/apps/cli/src/report.main.js'), ...process.argv.slice(2)], {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdio: 'inherit',
});
process.exit(checker.status ?? 2);
