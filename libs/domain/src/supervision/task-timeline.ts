import {
  assertIsoDate,
  defaultCalendar,
  type AddWorkingDaysOptions,
  type Deadline,
  type IsoDate,
  type WorkingDayCalendar,
} from '../calendar';
import { ConfigChecks, overlay } from './config-checks';
import { effectiveDueDate, taskClock, workingDaysBefore } from './task-clock';

export interface TaskTimelineConfig {
  /** Reminders this many working days before the due date, e.g. [3, 1]. */
  reminderOffsets: readonly number[];
  /** One more reminder on the due date itself. */
  remindOnDueDate: boolean;
  /** A supervision order once the task is overdue by this many working days; null for never. */
  supervisionOrderAfterOverdueWorkingDays: number | null;
}

export const DEFAULT_TASK_TIMELINE_CONFIG: Readonly<TaskTimelineConfig> = Object.freeze({
  reminderOffsets: Object.freeze([3, 1]),
  remindOnDueDate: true,
  supervisionOrderAfterOverdueWorkingDays: 3,
});

export function resolveTaskTimelineConfig(partial: Partial<TaskTimelineConfig> = {}): TaskTimelineConfig {
  const config = overlay(DEFAULT_TASK_TIMELINE_CONFIG, partial);
  const checks = new ConfigChecks('timeline');
  if (!Array.isArray(config.reminderOffsets)) {
    checks.fail('reminderOffsets must be a list of working-day counts');
  } else {
    config.reminderOffsets.forEach((offset, i) => checks.integer(`reminderOffsets[${i}]`, offset, 1, 250));
  }
  checks.boolean('remindOnDueDate', config.remindOnDueDate);
  if (config.supervisionOrderAfterOverdueWorkingDays !== null) {
    checks.integer('supervisionOrderAfterOverdueWorkingDays', config.supervisionOrderAfterOverdueWorkingDays, 1, 250);
  }
  checks.done();
  return {
    ...config,
    // Largest offset first, duplicates dropped: a timeline reads in date order.
    reminderOffsets: [...new Set(config.reminderOffsets)].sort((a, b) => b - a),
  };
}

/** remind: before the due date; due: on it; overdue: first working day after it; supervision_order: N working days after it. */
export type TimelineStepKind = 'remind' | 'due' | 'overdue' | 'supervision_order';

export interface TimelineStep {
  kind: TimelineStepKind;
  on: IsoDate;
  /** Working days from the due date: -3 for a reminder three working days before, +1 for overdue. */
  workingDaysFromDue: number;
}

export interface TaskTimeline {
  /** The due date as given. */
  dueAsGiven: IsoDate;
  /** The due date the steps count from: a rest day is moved to the next working day. */
  due: IsoDate;
  /** In date order; on one date, remind < due < overdue < supervision_order. */
  steps: TimelineStep[];
  calendarVersion: string;
}

export interface TaskTimelineInput {
  due: IsoDate | Deadline;
  /**
   * When the task reached the unit. Reminders on or before this day are dropped: the assignment
   * notice itself tells the unit, and a reminder dated before it would be nonsense.
   */
  assignedOn?: IsoDate;
}

/** A due date given as "N working days from a date", resolved through the calendar. */
export function taskDeadline(
  from: IsoDate,
  workingDays: number,
  options: AddWorkingDaysOptions = {},
  calendar: WorkingDayCalendar = defaultCalendar(),
): Deadline {
  return calendar.addWorkingDays(from, workingDays, options);
}

/** Every dated step a per-task workflow follows, computed once from the due date. */
export function buildTaskTimeline(
  input: TaskTimelineInput,
  config: Partial<TaskTimelineConfig> = {},
  calendar: WorkingDayCalendar = defaultCalendar(),
): TaskTimeline {
  const settings = resolveTaskTimelineConfig(config);
  const dueAsGiven = typeof input.due === 'string' ? input.due : input.due?.due;
  assertIsoDate(dueAsGiven, 'due');
  if (input.assignedOn !== undefined) assertIsoDate(input.assignedOn, 'assignedOn');
  const due = effectiveDueDate(dueAsGiven, calendar);

  const steps: TimelineStep[] = [];
  for (const offset of settings.reminderOffsets) {
    const on = workingDaysBefore(due, offset, calendar);
    if (input.assignedOn === undefined || on > input.assignedOn) {
      steps.push({ kind: 'remind', on, workingDaysFromDue: -offset });
    }
  }
  if (settings.remindOnDueDate) steps.push({ kind: 'due', on: due, workingDaysFromDue: 0 });
  steps.push({ kind: 'overdue', on: calendar.addWorkingDays(due, 1).due, workingDaysFromDue: 1 });
  const orderAfter = settings.supervisionOrderAfterOverdueWorkingDays;
  if (orderAfter !== null) {
    steps.push({ kind: 'supervision_order', on: calendar.addWorkingDays(due, orderAfter).due, workingDaysFromDue: orderAfter });
  }
  return { dueAsGiven, due, steps, calendarVersion: calendar.version };
}

export interface TimelinePosition {
  date: IsoDate;
  /** The steps dated exactly `date`: what a workflow waking today has to do. */
  stepsDue: TimelineStep[];
  /** The latest step on or before `date`, for a workflow that woke late. */
  lastStep: TimelineStep | null;
  nextStep: TimelineStep | null;
  overdue: boolean;
  overdueWorkingDays: number;
  workingDaysLeft: number;
}

/** Where a task stands on `date` within its timeline. */
export function timelinePosition(
  timeline: TaskTimeline,
  date: IsoDate,
  calendar: WorkingDayCalendar = defaultCalendar(),
): TimelinePosition {
  assertIsoDate(date, 'date');
  const clock = taskClock(timeline.due, date, calendar);
  const past = timeline.steps.filter((step) => step.on <= date);
  return {
    date,
    stepsDue: timeline.steps.filter((step) => step.on === date),
    lastStep: past.length > 0 ? past[past.length - 1] : null,
    nextStep: timeline.steps.find((step) => step.on > date) ?? null,
    overdue: clock.overdue,
    overdueWorkingDays: clock.overdueWorkingDays,
    workingDaysLeft: clock.workingDaysLeft,
  };
}
