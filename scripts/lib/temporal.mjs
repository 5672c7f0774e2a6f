import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { root } from './setup.mjs';

/** Finds or builds the Temporal CLI (the logic lives in libs/temporal; this runs its build). */
export function ensureTemporalCli() {
  const result = spawnSync(process.execPath, [path.join(root, 'dist/libs/temporal/src/ensure-cli.main.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result.stdout.trim() || null;
}

/** Finds or fetches (with Maven) the time-skipping test server of the workflow tests; prints nothing, returns its launcher. */
export function ensureTemporalTestServer() {
  const result = spawnSync(process.execPath, [path.join(root, 'dist/libs/temporal/src/ensure-test-server.main.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return result.stdout.trim();
}
