import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { temporalCacheDir } from '../../libs/temporal/src/temporal-cli';

/** Pinned: a new release may add checks, and a run that fails must replay the same way. */
export const SCHEMATHESIS_VERSION = '4.32.5';

const run = (command: string, args: string[], hint: string) => {
  try {
    execFileSync(command, args, { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed${hint}: ${(error as { stderr?: Buffer }).stderr?.toString() ?? error}`);
  }
};

/**
 * The schemathesis CLI, installed from PyPI into a virtual environment in the project's cache
 * (outside the repository, shared by every checkout) the first time it is missing. pip writes
 * the command last, so its presence means the install finished.
 */
export function ensureSchemathesis(): string {
  const venv = path.join(temporalCacheDir(), `schemathesis-${SCHEMATHESIS_VERSION}`);
  const bin = path.join(venv, 'bin', 'schemathesis');
  if (fs.existsSync(bin)) return bin;
  fs.rmSync(venv, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(venv), { recursive: true });
  run('python3', ['-m', 'venv', venv], ' (on Debian: apt-get install python3-venv)');
  run(path.join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', `schemathesis==${SCHEMATHESIS_VERSION}`], ' (PyPI must be reachable once)');
  return bin;
}
