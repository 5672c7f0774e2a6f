import { assertIsoDate, defaultCalendar, type IsoDate, type WorkingDayCalendar } from '../calendar';
import { ConfigChecks, overlay } from './config-checks';
import { isOpenTaskStatus, type SupervisedTask } from './supervision-task';
import { taskClock } from './task-clock';
import { compareText } from './text-format';

export interface PhoneDispatchConfig {
  /** An open task due within this many working days (0 = due today) is at risk and worth a call. */
  atRiskWithinWorkingDays: number;
  /** After this many unreachable calls in a row, the unit's leader is told instead. */
  maxUnreachableTries: number;
}

export const DEFAULT_PHONE_DISPATCH_CONFIG: Readonly<PhoneDispatchConfig> = Object.freeze({
  atRiskWithinWorkingDays: 2,
  maxUnreachableTries: 3,
});

export function resolvePhoneDispatchConfig(partial: Partial<PhoneDispatchConfig> = {}): PhoneDispatchConfig {
  const config = overlay(DEFAULT_PHONE_DISPATCH_CONFIG, partial);
  const checks = new ConfigChecks('phoneDispatch');
  checks.integer('atRiskWithinWorkingDays', config.atRiskWithinWorkingDays, 0, 250);
  checks.integer('maxUnreachableTries', config.maxUnreachableTries, 1, 20);
  checks.done();
  return config;
}

export interface DispatchItem {
  taskId: string;
  title: string;
  due: IsoDate;
  reason: 'overdue' | 'at_risk';
  workingDaysLeft: number;
  overdueWorkingDays: number;
}

/** One call to one unit about all of its tasks that need it: a coordinator calls a unit once a day. */
export interface CallAssignment {
  /** call:<unitId>:<date>, so a retried activity records the assignment once. */
  key: string;
  unitId: string;
  date: IsoDate;
  /** Overdue first (most overdue first), then at risk (soonest due first). */
  items: DispatchItem[];
}

/**
 * The calls for `today`: every unit with an open task that is overdue or due within
 * atRiskWithinWorkingDays. Nothing on a non-working day: the office does not phone then.
 * Units come most urgent first (most overdue working days, then fewest days left).
 */
export function planPhoneDispatch(
  tasks: readonly SupervisedTask[],
  today: IsoDate,
  config: Partial<PhoneDispatchConfig> = {},
  calendar: WorkingDayCalendar = defaultCalendar(),
): CallAssignment[] {
  const settings = resolvePhoneDispatchConfig(config);
  assertIsoDate(today, 'today');
  if (!calendar.isWorkingDay(today)) return [];

  const byUnit = new Map<string, DispatchItem[]>();
  for (const task of tasks) {
    if (!isOpenTaskStatus(task.status)) continue;
    const clock = taskClock(task.due, today, calendar);
    const atRisk = !clock.overdue && clock.workingDaysLeft <= settings.atRiskWithinWorkingDays;
    if (!clock.overdue && !atRisk) continue;
    const item: DispatchItem = {
      taskId: task.taskId,
      title: task.title,
      due: clock.due,
      reason: clock.overdue ? 'overdue' : 'at_risk',
      workingDaysLeft: clock.workingDaysLeft,
      overdueWorkingDays: clock.overdueWorkingDays,
    };
    byUnit.set(task.unitId, [...(byUnit.get(task.unitId) ?? []), item]);
  }

  const assignments = [...byUnit].map(([unitId, items]) => ({
    key: `call:${unitId}:${today}`,
    unitId,
    date: today,
    items: items.sort(byUrgency),
  }));
  return assignments.sort((a, b) => byUrgency(a.items[0], b.items[0]) || compareText(a.unitId, b.unitId));
}

function byUrgency(a: DispatchItem, b: DispatchItem): number {
  return (
    b.overdueWorkingDays - a.overdueWorkingDays ||
    Number(b.reason === 'overdue') - Number(a.reason === 'overdue') ||
    a.workingDaysLeft - b.workingDaysLeft ||
    compareText(a.due, b.due) ||
    compareText(a.taskId, b.taskId)
  );
}

export type CallOutcome = 'reached' | 'unreachable';

export interface CallAttempt {
  on: IsoDate;
  outcome: CallOutcome;
}

export type CallFollowUp =
  | { action: 'done'; reachedOn: IsoDate }
  | { action: 'retry'; on: IsoDate; unreachableTries: number }
  | { action: 'escalate_to_leader'; unreachableTries: number };

/**
 * What follows the calls made so far for one assignment: done once the unit is reached; after an
 * unreachable call, another try on the next working day; after maxUnreachableTries unreachable
 * calls in a row, the unit's leader is told instead.
 */
export function nextCallStep(
  attempts: readonly CallAttempt[],
  config: Partial<PhoneDispatchConfig> = {},
  calendar: WorkingDayCalendar = defaultCalendar(),
): CallFollowUp {
  const settings = resolvePhoneDispatchConfig(config);
  if (!Array.isArray(attempts) || attempts.length === 0) throw new RangeError('nextCallStep needs at least one call attempt');
  attempts.forEach((attempt, i) => {
    assertIsoDate(attempt.on, `attempts[${i}].on`);
    if (attempt.outcome !== 'reached' && attempt.outcome !== 'unreachable') {
      throw new RangeError(`attempts[${i}].outcome must be 'reached' or 'unreachable', got ${String(attempt.outcome)}`);
    }
    if (i > 0 && attempt.on < attempts[i - 1].on) throw new RangeError('call attempts must be in date order');
  });

  const last = attempts[attempts.length - 1];
  if (last.outcome === 'reached') return { action: 'done', reachedOn: last.on };
  let unreachableTries = 0;
  for (let i = attempts.length - 1; i >= 0 && attempts[i].outcome === 'unreachable'; i--) unreachableTries++;
  if (unreachableTries >= settings.maxUnreachableTries) return { action: 'escalate_to_leader', unreachableTries };
  return { action: 'retry', on: calendar.addWorkingDays(last.on, 1).due, unreachableTries };
}
