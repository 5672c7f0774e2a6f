import { ChildProcess, spawn } from 'node:child_process';

export interface Child {
  name: string;
  process: ChildProcess;
  /** How it ended: `code 1`, `signal SIGKILL`. */
  exited: Promise<string>;
}

/** A Node child that shares our terminal; its JSON log lines go straight to our stdout. */
export function startNodeChild(name: string, script: string, env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, ['--enable-source-maps', script], { env, stdio: 'inherit' });
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)));
  return { name, process: child, exited };
}

/** SIGTERM, then SIGKILL if it has not gone after the grace period. */
export async function stopChild(child: Child, graceMs = 15_000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}
