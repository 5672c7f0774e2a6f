import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The one CLI tag that `go install` can build (later tags carry a replace directive). */
export const TEMPORAL_CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';

export type TemporalCliSource = 'TEMPORAL_CLI' | 'PATH' | 'cache' | 'go install';
export interface TemporalCli {
  path: string;
  source: TemporalCliSource;
}

/** Outside the repository so a clone never carries the binary, shared by every checkout. */
export function temporalCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DSE_CACHE_DIR) return path.resolve(env.DSE_CACHE_DIR);
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'disclosure-engine');
}

async function answersVersion(binary: string): Promise<boolean> {
  try {
    const { stdout } = await run(binary, ['--version'], { timeout: 15_000 });
    return /temporal version/i.test(stdout);
  } catch {
    return false;
  }
}

export function onPath(name: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** Looks in the order the README documents: TEMPORAL_CLI, PATH, the cache. */
export async function findTemporalCli(configured: string | null, env: NodeJS.ProcessEnv = process.env): Promise<TemporalCli | null> {
  if (configured) {
    if (await answersVersion(configured)) return { path: path.resolve(configured), source: 'TEMPORAL_CLI' };
    throw new Error(`TEMPORAL_CLI=${configured} is not a working Temporal CLI (\`${configured} --version\` failed)`);
  }
  const fromPath = onPath('temporal', env);
  if (fromPath && (await answersVersion(fromPath))) return { path: fromPath, source: 'PATH' };
  const cached = path.join(temporalCacheDir(env), 'bin', 'temporal');
  if (fs.existsSync(cached) && (await answersVersion(cached))) return { path: cached, source: 'cache' };
  return null;
}

/**
 * `go install` of `modules` into `binDir`. When only the checksum database is out of reach,
 * retries with GOSUMDB=off: each module's own go.sum still pins every dependency.
 */
export async function goInstall(modules: string[], binDir: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<void> {
  fs.mkdirSync(binDir, { recursive: true });
  const goEnv = { ...env, GOBIN: binDir };
  const options = { env: goEnv, timeout: 20 * 60_000, maxBuffer: 64 * 1024 * 1024 };
  try {
    await run('go', ['install', ...modules], options);
  } catch (error) {
    const message = String((error as { stderr?: string }).stderr ?? error);
    if (!/sum\.golang\.org|checksum database|verifying module/i.test(message)) {
      throw new Error(`go install ${modules.join(' ')} failed:\n${message.slice(-2000)}`);
    }
    log('the Go checksum database is out of reach; retrying with GOSUMDB=off (go.sum still pins dependencies)');
    await run('go', ['install', ...modules], { ...options, env: { ...goEnv, GOSUMDB: 'off' } });
  }
}

export const hasGo = (env: NodeJS.ProcessEnv = process.env): boolean => onPath('go', env) !== null;

/** Builds the CLI into the cache with Go. */
export async function buildTemporalCli(env: NodeJS.ProcessEnv = process.env, log: (line: string) => void = () => {}): Promise<TemporalCli> {
  const binDir = path.join(temporalCacheDir(env), 'bin');
  if (!hasGo(env)) {
    throw new Error('no Temporal CLI found and Go is not installed to build one: install Go, or set TEMPORAL_CLI, or TEMPORAL_ADDRESS');
  }
  log(`building the Temporal CLI (${TEMPORAL_CLI_MODULE}) into ${binDir}; this takes a few minutes once`);
  await goInstall([TEMPORAL_CLI_MODULE], binDir, env, log);
  const built = path.join(binDir, 'temporal');
  if (!(await answersVersion(built))) throw new Error(`go install finished but ${built} does not run`);
  return { path: built, source: 'go install' };
}

/** The CLI, building it when it is nowhere to be found; null only when the SDK must download one. */
export async function ensureTemporalCli(
  configured: string | null,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = () => {},
): Promise<TemporalCli | null> {
  const found = await findTemporalCli(configured, env);
  if (found) return found;
  if (hasGo(env)) return buildTemporalCli(env, log);
  log('no Temporal CLI and no Go: falling back to the Temporal SDK download (needs internet)');
  return null;
}
