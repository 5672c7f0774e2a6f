// `npm start`: install what is missing, build, then run the launcher (dev server, database, worker, API).
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { checkNode, ensureBuild, ensureDependencies, ensureWebBuild, root } from './lib/setup.mjs';

checkNode();
ensureDependencies();
ensureBuild();
ensureWebBuild();

const launcher = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist/apps/launcher/src/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the launcher directly (same terminal); we only wait for it to finish stopping.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => launcher.kill('SIGTERM'));
launcher.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
