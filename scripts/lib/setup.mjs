// Set-up steps shared by `npm start`, `npm test` and `npm run bench`. Node built-ins only:
// this runs on a fresh clone, before any dependency is installed.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const say = (line) => process.stdout.write(`[setup] ${line}\n`);

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function mustRun(command, args, options = {}) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`[setup] failed: ${command} ${args.join(' ')} (exit ${status})`);
    process.exit(status);
  }
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  // 20.19 is the first Node 20 that loads ESM-only packages (NestJS 12) with require().
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`[setup] Node ${process.versions.node} is too old: install Node 20.19 or later`);
    process.exit(1);
  }
}

/** `npm ci` when node_modules does not match package-lock.json; nothing when it does. */
export function ensureDependencies() {
  const lock = fs.readFileSync(path.join(root, 'package-lock.json'));
  const want = createHash('sha256').update(lock).update(process.version).digest('hex');
  const stamp = path.join(root, 'node_modules', '.dse-installed');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return;
  say('installing dependencies (npm ci)…');
  mustRun('npm', ['ci', '--no-audit', '--no-fund']);
  fs.writeFileSync(stamp, want);
}

/** Incremental TypeScript build into dist/; a second run with nothing changed takes seconds. */
export function ensureBuild() {
  mustRun(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json']);
}

/** Every file under a folder, sorted, for a content stamp. */
function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules' && !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/**
 * The web console built into dist/web (served by the API at `/`) when its sources or the
 * dependencies changed since the last build; nothing when they did not.
 */
export function ensureWebBuild() {
  const config = path.join(root, 'apps/web/vite.config.ts');
  if (!fs.existsSync(config)) return;
  const hash = createHash('sha256').update(fs.readFileSync(path.join(root, 'package-lock.json')));
  for (const file of filesUnder(path.join(root, 'apps/web'))) hash.update(path.relative(root, file)).update(fs.readFileSync(file));
  const want = hash.digest('hex');
  const stamp = path.join(root, 'dist/web/.dse-built');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === want) return;
  say('building the web console (vite)…');
  mustRun(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', config, '--logLevel', 'warn']);
  fs.writeFileSync(stamp, want);
}
