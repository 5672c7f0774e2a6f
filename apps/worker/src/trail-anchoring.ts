import type { DataSource } from 'typeorm';
import { anchorFinishedDays } from '../../../libs/activities/src/trail-anchoring';
import { shanghaiDate } from '../../../libs/domain/src/calendar/iso-date';

export interface TrailAnchoringOptions {
  intervalMs: number;
  onMailQueued: () => void;
  onAnchored: (days: string[]) => void;
  onError: (error: unknown) => void;
}

/**
 * Anchors the finished days at start and every interval. Every worker runs it: the day's key
 * lets one of them write and mail each anchor, so any number of workers may.
 */
export function startTrailAnchoring(dataSource: DataSource, options: TrailAnchoringOptions): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const pass = () => {
    running = anchorFinishedDays(dataSource, shanghaiDate(Date.now()), options.onMailQueued)
      .then((anchors) => {
        if (anchors.length > 0) options.onAnchored(anchors.map((a) => a.day));
      })
      .catch(options.onError);
  };
  pass();
  const timer = setInterval(pass, options.intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
