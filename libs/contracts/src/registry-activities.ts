/** What the registry activities return; shared by workflows (as types only) and the worker. */
export interface RegistrySummary {
  activeUnits: number;
  activePeople: number;
}

export interface RegistryActivities {
  summarizeRegistry(): Promise<RegistrySummary>;
}
