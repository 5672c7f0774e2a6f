// `npm run calendar -- load FILE`: in a checkout the TypeScript is compiled first (as `npm start`
// does), so the CLI run is the code checked out; the image, built already and without apps/, runs dist.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureBuild, root } from './lib/setup.mjs';

if (fs.existsSync(path.join(root, 'apps/cli/src/calendar.main.ts'))) ensureBuild();
const cli = spawnSync(process.execPath, [path.join(root, 'dist/apps/cli/src/calendar.main.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(cli.status ?? 1);
