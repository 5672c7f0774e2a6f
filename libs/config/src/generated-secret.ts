import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AppConfig } from './app-config';

/**
 * A secret generated once into the data folder (outside production, where it must be set), so
 * it survives restarts and every local process (launcher, API, worker) reads the same one.
 */
export function secretFromDataDir(dataDir: string, file: string): string {
  const secretFile = path.join(dataDir, file);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(secretFile, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return fs.readFileSync(secretFile, 'utf8').trim();
}

/** The key of the trail's HMAC chain: TRAIL_KEY, or one generated into <DATA_DIR>/trail-key. */
export function resolveTrailKey(config: AppConfig): string {
  return config.trail.key ?? secretFromDataDir(config.dataDir, 'trail-key');
}
