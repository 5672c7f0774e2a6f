import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const dist = path.resolve(__dirname, '../../dist');

/** A compiled entry point under dist/ (npm test builds them). */
export function script(name: string): string {
  const file = path.join(dist, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: npm test builds it (or run npm run build)`);
  return file;
}

/** The environment of a machine with nothing configured, plus what the test sets. */
export function bareEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { PATH, HOME, TEMPORAL_CLI } = process.env;
  return { PATH, HOME, ...(TEMPORAL_CLI && { TEMPORAL_CLI }), LOG_LEVEL: 'warn', ...extra };
}

export interface Launch {
  child: ChildProcess;
  output: () => string;
  ready: Promise<{ apiUrl: string; temporalUi: string }>;
  exited: Promise<number | null>;
}

/** The real launcher (`npm start` without the build step) on a bare environment plus `extra`. */
export function launch(extra: Record<string, string>): Launch {
  const child = spawn(process.execPath, [script('apps/launcher/src/main.js')], {
    env: bareEnv({ API_PORT: '0', TEMPORAL_DEV_PORT: '0', TEMPORAL_DEV_UI_PORT: '0', ...extra }),
  });
  let output = '';
  const ready = new Promise<{ apiUrl: string; temporalUi: string }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The console's address is the origin everything else hangs off: /api, /health.
      const api = /Console +(http:\/\/\S+?)\/?\s/.exec(output);
      const ui = /Temporal UI +(\S.*)/.exec(output);
      if (api && ui) resolve({ apiUrl: api[1], temporalUi: ui[1] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`launcher exited (${code}) before ready:\n${output}`)));
  });
  // A test that expects the launcher to fail never awaits `ready`.
  ready.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, ready, exited };
}

/** Ctrl-C to a launcher still running (a failed assertion must not leave its children behind), then its exit code. */
export async function stopLaunch(launched: Launch): Promise<number | null> {
  if (launched.child.exitCode === null && launched.child.signalCode === null) launched.child.kill('SIGINT');
  return launched.exited;
}
