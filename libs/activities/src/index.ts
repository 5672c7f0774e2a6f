import type { DataSource } from 'typeorm';
import { createCalendarActivities } from './calendar.activities';
import { createRegistryActivities } from './registry.activities';
import { createRequestActivities } from './request.activities';
import { createSignOffActivities } from './signoff.activities';
import { createDailyUrgingActivities } from './daily-urging.activities';
import { createQuarterlyCircularActivities } from './quarterly-circular.activities';
import { createTaskActivities } from './task.activities';

export interface ActivityDependencies {
  dataSource: DataSource;
  /** The HMAC key of the trail chain (resolveTrailKey). */
  trailKey: string;
  /** Called after a step queued mail, so the outbox sends it now rather than at its next poll. */
  onMailQueued?: () => void;
}

/** Every activity the worker registers, built from its dependencies. */
export function createActivities(deps: ActivityDependencies) {
  return {
    ...createRegistryActivities(deps.dataSource),
    ...createCalendarActivities(deps.dataSource),
    ...createSignOffActivities(deps.dataSource, deps.onMailQueued ?? (() => {}), deps.trailKey),
    ...createRequestActivities(deps.dataSource, deps.onMailQueued ?? (() => {})),
    ...createTaskActivities(deps.dataSource, deps.onMailQueued ?? (() => {})),
    ...createDailyUrgingActivities(deps.dataSource, deps.onMailQueued ?? (() => {})),
    ...createQuarterlyCircularActivities(deps.dataSource, deps.onMailQueued ?? (() => {})),
  };
}
