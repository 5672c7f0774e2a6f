import type { components } from './schema';

type Schemas = components['schemas'];

/** Names for the API's response schemas (generated from its OpenAPI document) that props and state hold. */
export type Actor = Schemas['ActorDto'];
export type Task = Schemas['TaskDto'];
export type TaskDetail = Schemas['TaskDetailDto'];
export type TaskAction = TaskDetail['actions'][number];
export type TaskStanding = Schemas['TaskStandingDto'];
export type TaskHistoryEntry = Schemas['TaskHistoryEntryDto'];
export type LedgerImportResult = Schemas['LedgerImportResultDto'];
export type Unit = Schemas['UnitDto'];
export type Person = Schemas['PersonDto'];
export type Plan = Schemas['PlanDto'];
export type Call = Schemas['CallDto'];
export type CallOutcomeResult = Schemas['CallOutcomeResultDto'];
export type CircularSummary = Schemas['CircularSummaryDto'];
export type Circular = Schemas['CircularDto'];

/** One page of any of the API's paged lists. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
