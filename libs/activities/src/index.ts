import type { DataSource } from 'typeorm';
import { createRegistryActivities } from './registry.activities';

export interface ActivityDependencies {
  dataSource: DataSource;
}

/** Every activity the worker registers, built from its dependencies. */
export function createActivities(deps: ActivityDependencies) {
  return {
    ...createRegistryActivities(deps.dataSource),
  };
}
