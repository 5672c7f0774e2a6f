// `npm run bench [-- part … --json FILE]`: set-up, then the benchmarks asked for (all by default),
// each with its baseline in the same run.
import * as path from 'node:path';
import { checkNode, ensureBuild, ensureDependencies, ensureWebBuild, mustRun, root } from './lib/setup.mjs';

checkNode();
ensureDependencies();
ensureBuild();
ensureWebBuild();
mustRun(process.execPath, [path.join(root, 'dist/bench/run-benchmarks.js'), ...process.argv.slice(2)]);
