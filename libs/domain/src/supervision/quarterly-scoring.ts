import { addDays, defaultCalendar, type IsoDate, type WorkingDayCalendar } from '../calendar';
import { ConfigChecks, overlay } from './config-checks';
import {
  assertQuarter,
  assertQuarterEnded,
  isInQuarter,
  quarterFirstDay,
  quarterLabel,
  quarterLastDay,
  type Quarter,
} from './quarter';
import type { SupervisedTask } from './supervision-task';
import { dueInForceOn } from './due-in-force';
import { effectiveDueDate } from './task-clock';
import { roundTo2 } from './text-format';

/**
 * Quarterly score of a unit (季度得分), out of 100. The same text, for coordinators, is in
 * scoring-formula.md beside this file; change both together.
 *
 * 中文：
 *   按时办结率 C = 本季度到期任务中按时报送的件数 ÷ 本季度到期任务数
 *   审签发布及时率 S = 本季度应完成审签并发布的文件中按时完成的件数 ÷ 应完成件数
 *   依申请答复及时率 R = 本季度答复期限届满的申请中按期答复的件数 ÷ 期限届满件数
 *   基础分 B = 100 × (wC·C + wS·S + wR·R) ÷ (参与计算的权重之和)
 *     本季度没有相应事项的指标不参与计算，其权重按比例分给其余指标（不奖不罚）。
 *   扣分 P = min(扣分上限, 每件逾期任务扣分 × 逾期任务数 + 每个逾期工作日扣分 × 逾期工作日合计)
 *   得分 = max(0, B − P)
 *   到期事项（任务、审签发布、依申请答复之和，只计权重大于0的指标）少于最低件数的单位
 *   单列为“样本不足，不参与排名”，不排在末位。
 *   得分按从高到低排名；与前一名得分相差不超过并列容差的，名次相同（并列），
 *   其后名次顺延（1、2、2、4）。
 *
 * English:
 *   on-time completion C = tasks due in the quarter and submitted by their due date ÷ tasks due
 *   sign-off timeliness S = documents signed off and published on time ÷ documents due
 *   request timeliness R = information requests answered in time ÷ requests whose period ran out
 *   base B = 100 × (wC·C + wS·S + wR·R) ÷ (sum of the weights that apply)
 *     a measure with nothing due this quarter is left out and its weight shared out (no reward,
 *     no penalty).
 *   penalty P = min(maxPenalty, perOverdueTask × overdue tasks + perOverdueWorkingDay × overdue working days)
 *   score = max(0, B − P)
 *   A unit with fewer items due (tasks + sign-offs + requests, counting only measures whose weight
 *   is above 0) than minItemsDue is listed apart ("样本不足，不参与排名"), not ranked last.
 *   Ranked by score, highest first; a unit within tieTolerance of the unit above shares its rank,
 *   and the next rank skips (competition ranking 1, 2, 2, 4).
 *
 * Overdue counting: a task counts as overdue in the quarter when at least one of its overdue
 * working days falls in the quarter, whatever quarter it was due in; only those days are added.
 * So a task left open since an earlier quarter keeps costing, and no day is charged twice.
 *
 * Due date: the one in force at the quarter's end (季度末有效的办理时限), with the extensions
 * approved and the corrections made up to that day; a change made later counts from the next quarter.
 */
export interface ScoringWeights {
  onTimeCompletion: number;
  signOffTimeliness: number;
  requestTimeliness: number;
}

export interface QuarterlyScoringConfig {
  weights: ScoringWeights;
  penaltyPerOverdueTask: number;
  penaltyPerOverdueWorkingDay: number;
  /** The penalty never exceeds this, so one disastrous task does not swamp every other measure. */
  maxPenalty: number;
  /** Fewer items due than this and the unit is listed apart, not ranked. At least 1. */
  minItemsDue: number;
  /** Scores this close to the unit above share its rank. */
  tieTolerance: number;
}

export const DEFAULT_QUARTERLY_SCORING_CONFIG: Readonly<QuarterlyScoringConfig> = Object.freeze({
  weights: Object.freeze({ onTimeCompletion: 60, signOffTimeliness: 20, requestTimeliness: 20 }),
  penaltyPerOverdueTask: 2,
  penaltyPerOverdueWorkingDay: 0.5,
  maxPenalty: 40,
  minItemsDue: 3,
  tieTolerance: 0.01,
});

export const INSUFFICIENT_SAMPLE_NOTE = '样本不足，不参与排名';

export function resolveQuarterlyScoringConfig(partial: Partial<QuarterlyScoringConfig> = {}): QuarterlyScoringConfig {
  const config: QuarterlyScoringConfig = {
    ...overlay(DEFAULT_QUARTERLY_SCORING_CONFIG, partial),
    weights: overlay(DEFAULT_QUARTERLY_SCORING_CONFIG.weights, partial.weights),
  };
  const checks = new ConfigChecks('scoring');
  const { onTimeCompletion, signOffTimeliness, requestTimeliness } = config.weights;
  checks.number('weights.onTimeCompletion', onTimeCompletion, 0);
  checks.number('weights.signOffTimeliness', signOffTimeliness, 0);
  checks.number('weights.requestTimeliness', requestTimeliness, 0);
  if (!(onTimeCompletion + signOffTimeliness + requestTimeliness > 0)) checks.fail('at least one weight must be above 0');
  checks.number('penaltyPerOverdueTask', config.penaltyPerOverdueTask, 0);
  checks.number('penaltyPerOverdueWorkingDay', config.penaltyPerOverdueWorkingDay, 0);
  checks.number('maxPenalty', config.maxPenalty, 0);
  checks.integer('minItemsDue', config.minItemsDue, 1);
  checks.number('tieTolerance', config.tieTolerance, 0);
  checks.done();
  return config;
}

export interface TimelinessCount {
  /** Items whose time limit ran out in the quarter. */
  total: number;
  /** Of those, the ones done in time. */
  onTime: number;
}

/** What the formula reads about one unit for one quarter. */
export interface UnitQuarterFacts {
  unitId: string;
  unitName: string;
  tasksDue: number;
  tasksCompletedOnTime: number;
  overdueTasks: number;
  overdueWorkingDays: number;
  signOffs: TimelinessCount;
  requests: TimelinessCount;
}

export interface ScoreRates {
  onTimeCompletion: number | null;
  signOffTimeliness: number | null;
  requestTimeliness: number | null;
}

export interface UnitScore {
  facts: UnitQuarterFacts;
  itemsDue: number;
  /** Shares from 0 to 1; null for a measure with nothing due. */
  rates: ScoreRates;
  /** B, P and the score, to two decimals. */
  baseScore: number;
  penalty: number;
  score: number;
}

export interface RankedUnit extends UnitScore {
  rank: number;
  tied: boolean;
}

export interface UnrankedUnit {
  facts: UnitQuarterFacts;
  itemsDue: number;
  note: typeof INSUFFICIENT_SAMPLE_NOTE;
}

export interface QuarterlyRanking {
  quarter: Quarter;
  quarterLabel: string;
  /** Best first; within a tie by exact score, then in the order given. */
  ranked: RankedUnit[];
  /** Too few items due to rank, in the order given. */
  unranked: UnrankedUnit[];
  config: QuarterlyScoringConfig;
}

/** One unit's score by the formula above, with every intermediate number for the circular. */
export function scoreUnit(facts: UnitQuarterFacts, config: Partial<QuarterlyScoringConfig> = {}): UnitScore {
  return scoreExactly(facts, resolveQuarterlyScoringConfig(config)).rounded;
}

function scoreExactly(facts: UnitQuarterFacts, config: QuarterlyScoringConfig): { exact: number; rounded: UnitScore } {
  checkFacts(facts);
  const { weights } = config;
  const measures: Array<{ weight: number; count: TimelinessCount; key: keyof ScoreRates }> = [
    {
      weight: weights.onTimeCompletion,
      count: { total: facts.tasksDue, onTime: facts.tasksCompletedOnTime },
      key: 'onTimeCompletion',
    },
    { weight: weights.signOffTimeliness, count: facts.signOffs, key: 'signOffTimeliness' },
    { weight: weights.requestTimeliness, count: facts.requests, key: 'requestTimeliness' },
  ];
  const rates: ScoreRates = { onTimeCompletion: null, signOffTimeliness: null, requestTimeliness: null };
  let itemsDue = 0;
  let weighted = 0;
  let weightSum = 0;
  for (const { weight, count, key } of measures) {
    if (count.total === 0) continue;
    rates[key] = count.onTime / count.total;
    if (weight === 0) continue;
    itemsDue += count.total;
    weighted += weight * rates[key]!;
    weightSum += weight;
  }
  const base = weightSum === 0 ? 0 : (100 * weighted) / weightSum;
  const penalty = Math.min(
    config.maxPenalty,
    config.penaltyPerOverdueTask * facts.overdueTasks + config.penaltyPerOverdueWorkingDay * facts.overdueWorkingDays,
  );
  const exact = Math.max(0, base - penalty);
  return {
    exact,
    rounded: { facts, itemsDue, rates, baseScore: roundTo2(base), penalty: roundTo2(penalty), score: roundTo2(exact) },
  };
}

/**
 * Scores and ranks the units of a quarter. Units with too few items due are listed apart.
 * Ties: sorted by exact score, a unit whose score is within tieTolerance of the unit just above
 * it joins that unit's rank. Comparing with the unit just above (not the group's first) means
 * that, with the default 0.01, two units printed with the same two-decimal score always tie; a
 * long run of scores each within 0.01 of the next would form one tie, which real scores do not.
 */
export function rankUnits(
  quarter: Quarter,
  facts: readonly UnitQuarterFacts[],
  config: Partial<QuarterlyScoringConfig> = {},
): QuarterlyRanking {
  assertQuarter(quarter);
  const settings = resolveQuarterlyScoringConfig(config);
  const seen = new Set<string>();
  for (const unit of facts) {
    if (seen.has(unit.unitId)) throw new RangeError(`unit ${unit.unitId} is given twice`);
    seen.add(unit.unitId);
  }

  const scored = facts.map((unit, index) => ({ index, ...scoreExactly(unit, settings) }));
  const eligible = scored
    .filter((s) => s.rounded.itemsDue >= settings.minItemsDue)
    .sort((a, b) => b.exact - a.exact || a.index - b.index);
  const unranked = scored
    .filter((s) => s.rounded.itemsDue < settings.minItemsDue)
    .map((s): UnrankedUnit => ({ facts: s.rounded.facts, itemsDue: s.rounded.itemsDue, note: INSUFFICIENT_SAMPLE_NOTE }));

  // A tiny epsilon so that a gap of exactly the tolerance still ties despite binary fractions.
  const tolerance = settings.tieTolerance + 1e-9;
  const groups: Array<typeof eligible> = [];
  for (let i = 0; i < eligible.length; i++) {
    const joinsAbove = i > 0 && eligible[i - 1].exact - eligible[i].exact <= tolerance;
    if (joinsAbove) groups[groups.length - 1].push(eligible[i]);
    else groups.push([eligible[i]]);
  }
  const ranked: RankedUnit[] = [];
  for (const group of groups) {
    const rank = ranked.length + 1;
    for (const member of group) {
      ranked.push({ ...member.rounded, rank, tied: group.length > 1 });
    }
  }
  return { quarter, quarterLabel: quarterLabel(quarter), ranked, unranked, config: settings };
}

export interface TaskQuarterFacts {
  tasksDue: number;
  tasksCompletedOnTime: number;
  overdueTasks: number;
  overdueWorkingDays: number;
}

/**
 * The task measures of every unit with tasks, as they stood at the end of the quarter: a
 * submission dated after the quarter's last day counts as not yet made, so the figures do not
 * depend on when the circular is produced. A task counts as done by its latest submission while
 * it is submitted (awaiting verification) or verified, so the office's own verification backlog
 * does not lower a unit's score; a returned task is open again. A cancelled task was entered by
 * mistake or withdrawn by the office: it counts for nobody. Each task is counted against the
 * due date in force at the quarter's end: an extension approved or a correction made within the
 * quarter counts, one made after it does not.
 */
export function taskFactsForQuarter(
  quarter: Quarter,
  tasks: readonly SupervisedTask[],
  calendar: WorkingDayCalendar = defaultCalendar(),
): Record<string, TaskQuarterFacts> {
  assertQuarter(quarter);
  const first = quarterFirstDay(quarter);
  const last = quarterLastDay(quarter);
  const dayBeforeQuarter = addDays(first, -1);
  const byUnit = new Map<string, TaskQuarterFacts>();
  for (const task of tasks) {
    if (task.status === 'cancelled') continue;
    const facts = byUnit.get(task.unitId) ?? { tasksDue: 0, tasksCompletedOnTime: 0, overdueTasks: 0, overdueWorkingDays: 0 };
    const due = effectiveDueDate(dueInForceOn(task.due, task.dueChanges ?? [], last), calendar);
    const doneOn = completionDate(task, last);
    if (isInQuarter(due, quarter)) {
      facts.tasksDue++;
      if (doneOn !== null && doneOn <= due) facts.tasksCompletedOnTime++;
    }
    // Overdue days are those after the due date, up to and including the submission day (or the
    // quarter's end), that lie inside the quarter.
    const from = due > dayBeforeQuarter ? due : dayBeforeQuarter;
    const to = doneOn ?? last;
    const days = to > from ? calendar.workingDaysBetween(from, to) : 0;
    if (days > 0) {
      facts.overdueTasks++;
      facts.overdueWorkingDays += days;
    }
    byUnit.set(task.unitId, facts);
  }
  return Object.fromEntries(byUnit);
}

function completionDate(task: SupervisedTask, quarterEnd: IsoDate): IsoDate | null {
  if (task.status !== 'submitted' && task.status !== 'verified') return null;
  if (typeof task.submittedOn !== 'string') {
    throw new RangeError(`task ${task.taskId} is ${task.status} but has no submittedOn date`);
  }
  return task.submittedOn <= quarterEnd ? task.submittedOn : null;
}

export interface QuarterFactsInput {
  quarter: Quarter;
  /** The day the facts are gathered; the quarter must have ended by then. */
  asOf: IsoDate;
  /** Every unit to list, in the office's usual order; a unit with nothing due is still listed. */
  units: ReadonlyArray<{ unitId: string; unitName: string }>;
  tasks: readonly SupervisedTask[];
  /** Sign-off and publication timeliness per unit id, from the sign-off records. */
  signOffs?: Readonly<Record<string, TimelinessCount>>;
  /** Request-answer timeliness per unit id, from the request records. */
  requests?: Readonly<Record<string, TimelinessCount>>;
}

/**
 * The facts rankUnits reads, for every listed unit. Tasks, sign-offs and requests of units not
 * listed are ignored.
 *
 * @throws QuarterNotEndedError when asOf is on or before the quarter's last day.
 */
export function collectQuarterFacts(
  input: QuarterFactsInput,
  calendar: WorkingDayCalendar = defaultCalendar(),
): UnitQuarterFacts[] {
  assertQuarterEnded(input.quarter, input.asOf);
  const taskFacts = taskFactsForQuarter(input.quarter, input.tasks, calendar);
  const none = (): TimelinessCount => ({ total: 0, onTime: 0 });
  return input.units.map(({ unitId, unitName }) => ({
    unitId,
    unitName,
    ...(Object.hasOwn(taskFacts, unitId)
      ? taskFacts[unitId]
      : { tasksDue: 0, tasksCompletedOnTime: 0, overdueTasks: 0, overdueWorkingDays: 0 }),
    signOffs: { ...(input.signOffs?.[unitId] ?? none()) },
    requests: { ...(input.requests?.[unitId] ?? none()) },
  }));
}

function checkFacts(facts: UnitQuarterFacts): void {
  const problems: string[] = [];
  const count = (name: string, value: unknown) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      problems.push(`${name} must be a non-negative integer`);
    }
  };
  count('tasksDue', facts.tasksDue);
  count('tasksCompletedOnTime', facts.tasksCompletedOnTime);
  count('overdueTasks', facts.overdueTasks);
  count('overdueWorkingDays', facts.overdueWorkingDays);
  count('signOffs.total', facts.signOffs?.total);
  count('signOffs.onTime', facts.signOffs?.onTime);
  count('requests.total', facts.requests?.total);
  count('requests.onTime', facts.requests?.onTime);
  if (facts.tasksCompletedOnTime > facts.tasksDue) problems.push('tasksCompletedOnTime exceeds tasksDue');
  if (facts.signOffs?.onTime > facts.signOffs?.total) problems.push('signOffs.onTime exceeds signOffs.total');
  if (facts.requests?.onTime > facts.requests?.total) problems.push('requests.onTime exceeds requests.total');
  if (problems.length > 0) throw new RangeError(`Facts of unit ${facts.unitId}: ${problems.join('; ')}`);
}
