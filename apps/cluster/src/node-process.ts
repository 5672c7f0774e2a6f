import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';

/** One API or worker process of the cluster, which the topology proofs kill and start again. */
export interface NodeProcess {
  name: string;
  logFile: string | null;
  running(): boolean;
  start(): void;
  /** SIGKILL: no shutdown hook runs, as when the machine dies. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after the grace period. */
  stop(graceMs?: number): Promise<void>;
}

/** `logFile` null: the child shares our terminal. */
export function nodeProcess(name: string, script: string, env: NodeJS.ProcessEnv, logFile: string | null): NodeProcess {
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const stopWith = async (signal: NodeJS.Signals, graceMs: number) => {
    const current = child;
    if (!current) return;
    current.kill(signal);
    const timer = setTimeout(() => current.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  return {
    name,
    logFile,
    running: () => child !== null,
    start() {
      if (child) return;
      const out = logFile ? fs.openSync(logFile, 'a') : 'inherit';
      const started = spawn(process.execPath, ['--enable-source-maps', script], { env, stdio: ['ignore', out, out] });
      if (typeof out === 'number') fs.closeSync(out);
      child = started;
      exited = new Promise((resolve) => started.once('exit', () => resolve()));
      void exited.then(() => {
        if (child === started) child = null;
      });
    },
    kill: () => stopWith('SIGKILL', 0),
    stop: (graceMs = 15_000) => stopWith('SIGTERM', graceMs),
  };
}
