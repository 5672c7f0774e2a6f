// `npm run test:cluster`: the topology proofs (test/cluster) on the real Temporal server,
// PostgreSQL and two API and two worker processes; after `npm test` in CI.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { checkNode, ensureBuild, ensureDependencies, ensureWebBuild, root, say } from './lib/setup.mjs';

checkNode();
ensureDependencies();
ensureBuild();
ensureWebBuild();
say('cluster pass: the topology proofs…');
// --forceExit: jest reports a handle left open after the suite has stopped every process (not yet
// traced); without it CI would wait on it forever.
const jestArgs = ['--config', 'jest.cluster.config.js', '--runInBand', '--forceExit', ...process.argv.slice(2)];
const status = spawnSync(process.execPath, [path.join(root, 'node_modules/jest/bin/jest.js'), ...jestArgs], {
  cwd: root,
  stdio: 'inherit',
}).status;
process.exit(status ?? 1);
