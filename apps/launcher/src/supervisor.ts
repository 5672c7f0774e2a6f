import { Child, stopChild } from './child-process';
import { nextRestart, RESTART_POLICY, RestartPolicy } from './restart-policy';

export interface Supervision {
  /** Stops the child for good (no restart), waiting for it to exit. */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  say: (line: string) => void;
  /** Called once when the child died too often; it is not started again. */
  onGiveUp: (reason: string) => void;
  policy?: RestartPolicy;
}

/** Keeps one child running: each death is logged and the child started again after a back-off, until it dies too often. */
export function supervise(name: string, start: () => Child, { say, onGiveUp, policy = RESTART_POLICY }: SuperviseOptions): Supervision {
  const deaths: number[] = [];
  let stopped = false;
  let restartTimer: NodeJS.Timeout | null = null;
  let child: Child;

  const run = () => {
    child = start();
    say(`the ${name} started (pid ${child.process.pid})`);
    const running = child;
    void running.exited.then((how) => {
      if (stopped) return;
      const now = Date.now();
      deaths.push(now);
      const decision = nextRestart(deaths, now, policy);
      if (decision.giveUp) {
        onGiveUp(`the ${name} died ${decision.deaths} times within ${policy.windowMs / 1000} s (last: ${how}); not starting it again`);
        return;
      }
      say(`the ${name} exited (${how}); starting it again in ${decision.delayMs} ms`);
      restartTimer = setTimeout(() => {
        restartTimer = null;
        if (!stopped) run();
      }, decision.delayMs);
    });
  };
  run();

  return {
    async stop() {
      stopped = true;
      if (restartTimer) clearTimeout(restartTimer);
      await stopChild(child);
    },
  };
}
