/**
 * Work left for later (workflows to start, cases to tell, calls to enter) taken up in passes: at
 * start-up and every interval, one at a time, and on demand; a pass asked for while one runs is
 * that one. `run` returns how much is still left.
 */
export class PeriodicPass {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(private readonly run: () => Promise<number>) {}

  now(): Promise<number> {
    this.running ??= this.run().finally(() => (this.running = null));
    return this.running;
  }

  every(intervalMs: number): void {
    const pass = () => void this.now().catch(() => undefined);
    pass();
    this.timer = setInterval(pass, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }
}
