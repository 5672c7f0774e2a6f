import type { TaskTiming } from '../../domain/src/supervision/task-due';
import type { Actor } from '../../domain/src/registry/actor';
import type { TaskInput } from './supervision-activities';

/** The settings a circular is issued with: the last-place rule and the timing of the rectification tasks. */
export interface CircularSettings {
  lastPlaceCount: number;
  rectificationPlanWorkingDays: number;
  /**
   * @deprecated The old name, in the arguments of a quarterly schedule created before the rename
   * (a schedule keeps the settings of the worker that created it); read when the new one is absent.
   */
  rectificationPlanDays?: number;
  timing: TaskTiming;
}

export interface IssueCircularInput {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** The day of issue, in Shanghai; the quarter must have ended by then. */
  asOf: string;
  /** Send the archived circular again (with fresh mail keys) instead of returning it. */
  force: boolean;
  /** Who issues it; null for the schedule, which records the first administrator. */
  issuedBy: Actor | null;
  settings: CircularSettings;
}

export interface IssueCircularResult {
  quarterKey: string;
  /** true when this run issued the circular; false when it was already archived. */
  issued: boolean;
  /** Messages queued by this run: circulars and last-place letters. */
  mailsQueued: number;
  sends: number;
  /** Every rectification task of the quarter, for the workflow to make sure each has its task workflow. */
  rectificationTasks: TaskInput[];
}

export interface CircularActivities {
  issueQuarterlyCircular(input: IssueCircularInput): Promise<IssueCircularResult>;
}
