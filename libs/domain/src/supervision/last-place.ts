import { assertIsoDate, defaultCalendar, type Deadline, type IsoDate, type WorkingDayCalendar } from '../calendar';
import { ConfigChecks, overlay } from './config-checks';
import { QuarterMismatchError } from './errors';
import { previousQuarter, quarterKey, quarterLabel, sameQuarter, type Quarter } from './quarter';
import type { QuarterlyRanking } from './quarterly-scoring';
import type { TaskSource } from './supervision-task';

export interface LastPlaceConfig {
  /** How many units from the bottom of the ranking get a last-place reminder; ties at the boundary all do. */
  lastPlaceCount: number;
  /** Working days after the reminder letter within which the unit submits a rectification plan. */
  rectificationPlanWorkingDays: number;
}

export const DEFAULT_LAST_PLACE_CONFIG: Readonly<LastPlaceConfig> = Object.freeze({
  lastPlaceCount: 1,
  rectificationPlanWorkingDays: 10,
});

export function resolveLastPlaceConfig(partial: Partial<LastPlaceConfig> = {}): LastPlaceConfig {
  const config = overlay(DEFAULT_LAST_PLACE_CONFIG, partial);
  const checks = new ConfigChecks('lastPlace');
  checks.integer('lastPlaceCount', config.lastPlaceCount, 1, 1000);
  checks.integer('rectificationPlanWorkingDays', config.rectificationPlanWorkingDays, 1, 250);
  checks.done();
  return config;
}

export interface LastPlaceUnit {
  unitId: string;
  unitName: string;
  rank: number;
  score: number;
}

export interface InterviewListing {
  unitId: string;
  unitName: string;
  /** The two consecutive quarters the unit was last in, earlier first. */
  quarters: [Quarter, Quarter];
}

export interface LastPlaceSelection {
  quarter: Quarter;
  /** Worst first; tied units in the ranking's order. */
  lastPlace: LastPlaceUnit[];
  /** Last-place units that were also last in the previous quarter: listed for an interview (约谈). */
  interviews: InterviewListing[];
}

export interface PreviousLastPlace {
  quarter: Quarter;
  unitIds: readonly string[];
}

/**
 * The bottom lastPlaceCount ranked units; a tie at the boundary brings in every unit sharing that
 * rank. Units sharing first place are never selected: when every unit ties, nobody is last.
 * Units listed apart for too few items are never selected either.
 *
 * @param previous the previous quarter's last-place unit ids, or null when there is none
 *   (the first quarter the system runs).
 * @throws QuarterMismatchError when `previous` is not the quarter just before the ranking's.
 */
export function selectLastPlace(
  ranking: QuarterlyRanking,
  previous: PreviousLastPlace | null,
  config: Partial<LastPlaceConfig> = {},
): LastPlaceSelection {
  const settings = resolveLastPlaceConfig(config);
  const expected = previousQuarter(ranking.quarter);
  if (previous !== null && !sameQuarter(previous.quarter, expected)) {
    throw new QuarterMismatchError(
      quarterKey(expected),
      quarterKey(previous.quarter),
      `约谈须连续两个季度排名末位，${quarterKey(ranking.quarter)} 的上一季度是 ${quarterKey(expected)}`,
    );
  }

  const { ranked } = ranking;
  let lastPlace: LastPlaceUnit[] = [];
  if (ranked.length > 0) {
    const boundary = ranked[Math.max(0, ranked.length - settings.lastPlaceCount)].rank;
    lastPlace = ranked
      .filter((unit) => unit.rank >= boundary && unit.rank > 1)
      .map((unit) => ({ unitId: unit.facts.unitId, unitName: unit.facts.unitName, rank: unit.rank, score: unit.score }))
      .sort((a, b) => b.rank - a.rank);
  }
  const before = new Set(previous?.unitIds ?? []);
  const interviews = lastPlace
    .filter((unit) => before.has(unit.unitId))
    .map((unit): InterviewListing => ({ unitId: unit.unitId, unitName: unit.unitName, quarters: [expected, ranking.quarter] }));
  return { quarter: ranking.quarter, lastPlace, interviews };
}

/** The rectification plan is due rectificationPlanWorkingDays working days after the letter. */
export function rectificationPlanDeadline(
  letterDate: IsoDate,
  config: Partial<LastPlaceConfig> = {},
  calendar: WorkingDayCalendar = defaultCalendar(),
): Deadline {
  const settings = resolveLastPlaceConfig(config);
  assertIsoDate(letterDate, 'letterDate');
  return calendar.addWorkingDays(letterDate, settings.rectificationPlanWorkingDays);
}

export interface LastPlaceReminderTask {
  /** last-place:<quarter>:<unitId>: one reminder task per unit and quarter, however often the job runs. */
  key: string;
  source: Extract<TaskSource, 'last_place_reminder'>;
  unitId: string;
  unitName: string;
  title: string;
  assignedOn: IsoDate;
  due: IsoDate;
  deadline: Deadline;
}

/** The task each last-place unit receives with its reminder letter: submit a rectification plan. */
export function lastPlaceReminderTasks(
  selection: LastPlaceSelection,
  letterDate: IsoDate,
  config: Partial<LastPlaceConfig> = {},
  calendar: WorkingDayCalendar = defaultCalendar(),
): LastPlaceReminderTask[] {
  const deadline = rectificationPlanDeadline(letterDate, config, calendar);
  return selection.lastPlace.map((unit) => ({
    key: `last-place:${quarterKey(selection.quarter)}:${unit.unitId}`,
    source: 'last_place_reminder',
    unitId: unit.unitId,
    unitName: unit.unitName,
    title: `报送${quarterLabel(selection.quarter)}政务公开工作整改方案`,
    assignedOn: letterDate,
    due: deadline.due,
    deadline,
  }));
}
