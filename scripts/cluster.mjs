// `npm run cluster`: set-up, then the production-like topology (apps/cluster) until Ctrl-C.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { checkNode, ensureBuild, ensureDependencies, ensureWebBuild, root } from './lib/setup.mjs';

checkNode();
ensureDependencies();
ensureBuild();
ensureWebBuild();

const cluster = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist/apps/cluster/src/main.js')], { cwd: root, stdio: 'inherit' });
// Ctrl-C reaches the cluster directly (same terminal); we only wait for it to finish stopping.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => cluster.kill('SIGTERM'));
cluster.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
