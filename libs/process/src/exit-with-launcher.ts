/**
 * A child of `npm start` stops when its launcher is gone, even if the launcher was killed
 * with no chance to stop it (SIGKILL, a crashed terminal): no orphan keeps the ports or the database.
 */
export function exitWithLauncher(onGone: () => void, env: NodeJS.ProcessEnv = process.env): void {
  const launcherPid = Number(env.DSE_LAUNCHER_PID);
  if (!Number.isInteger(launcherPid) || launcherPid <= 0) return;
  const timer = setInterval(() => {
    try {
      process.kill(launcherPid, 0);
    } catch {
      clearInterval(timer);
      onGone();
    }
  }, 2000);
  timer.unref();
}
