import {
  assertIsoDate,
  defaultCalendar,
  type Deadline,
  type IsoDate,
  type WorkingDayCalendar,
} from '../calendar';
import { ConfigChecks, overlay } from './config-checks';

/** 1 一般 (routine), 2 重点 (priority), 3 特急 (most urgent). */
export const SUPERVISION_ORDER_LEVELS = [1, 2, 3] as const;
export type SupervisionOrderLevel = (typeof SUPERVISION_ORDER_LEVELS)[number];

export const SUPERVISION_ORDER_LEVEL_NAMES: Record<SupervisionOrderLevel, string> = {
  1: '一般',
  2: '重点',
  3: '特急',
};

export interface SupervisionOrderConfig {
  /** The character before the year in the number: 督〔2026〕第7号. */
  numberPrefix: string;
  /** Working days the unit has to reply, by level, counted from the day after issue. */
  replyWorkingDays: Readonly<Record<SupervisionOrderLevel, number>>;
}

export const DEFAULT_SUPERVISION_ORDER_CONFIG: Readonly<SupervisionOrderConfig> = Object.freeze({
  numberPrefix: '督',
  replyWorkingDays: Object.freeze({ 1: 5, 2: 3, 3: 1 }),
});

export function resolveSupervisionOrderConfig(partial: Partial<SupervisionOrderConfig> = {}): SupervisionOrderConfig {
  const config: SupervisionOrderConfig = {
    numberPrefix: partial.numberPrefix ?? DEFAULT_SUPERVISION_ORDER_CONFIG.numberPrefix,
    replyWorkingDays: overlay(DEFAULT_SUPERVISION_ORDER_CONFIG.replyWorkingDays, partial.replyWorkingDays),
  };
  const checks = new ConfigChecks('supervisionOrder');
  checks.text('numberPrefix', config.numberPrefix);
  if (/[〔〕\d\s]/.test(config.numberPrefix)) checks.fail('numberPrefix must not contain 〔, 〕, digits or spaces');
  for (const level of SUPERVISION_ORDER_LEVELS) {
    checks.integer(`replyWorkingDays[${level}]`, config.replyWorkingDays[level], 1, 250);
  }
  // A more urgent order giving more time than a routine one is a typo, not a policy.
  const [routine, priority, urgent] = SUPERVISION_ORDER_LEVELS.map((l) => config.replyWorkingDays[l]);
  if (!(routine >= priority && priority >= urgent)) {
    checks.fail(`replyWorkingDays must not grow with urgency (got 一般 ${routine}, 重点 ${priority}, 特急 ${urgent})`);
  }
  checks.done();
  return config;
}

export function isSupervisionOrderLevel(value: unknown): value is SupervisionOrderLevel {
  return (SUPERVISION_ORDER_LEVELS as readonly unknown[]).includes(value);
}

/** 督〔2026〕第7号: the year in 六角括号 〔〕 as official document numbers write it, sequence unpadded. */
export function supervisionOrderNumber(
  year: number,
  sequence: number,
  prefix = DEFAULT_SUPERVISION_ORDER_CONFIG.numberPrefix,
): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year must be a 4-digit year, got ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be a positive integer, got ${sequence}`);
  return `${prefix}〔${year}〕第${sequence}号`;
}

/** Reads a number written by supervisionOrderNumber back; null when the text is not one. */
export function parseSupervisionOrderNumber(text: string): { prefix: string; year: number; sequence: number } | null {
  const match = /^(\S+?)〔(\d{4})〕第([1-9]\d*)号$/.exec(typeof text === 'string' ? text.trim() : '');
  return match ? { prefix: match[1], year: Number(match[2]), sequence: Number(match[3]) } : null;
}

export interface SupervisionOrderInput {
  /** Sequence within the issuing year, allocated by whoever stores the orders. */
  sequence: number;
  level: SupervisionOrderLevel;
  unitId: string;
  taskIds: readonly string[];
  issuedOn: IsoDate;
}

export interface SupervisionOrder {
  number: string;
  year: number;
  sequence: number;
  level: SupervisionOrderLevel;
  levelName: string;
  unitId: string;
  taskIds: string[];
  issuedOn: IsoDate;
  replyDue: IsoDate;
  replyDeadline: Deadline;
  /** The first working day after replyDue: with no reply by then, the unit's leader is told. */
  escalateOn: IsoDate;
}

/** An order's number, reply deadline and escalation date, as stored and printed. */
export function issueSupervisionOrder(
  input: SupervisionOrderInput,
  config: Partial<SupervisionOrderConfig> = {},
  calendar: WorkingDayCalendar = defaultCalendar(),
): SupervisionOrder {
  const settings = resolveSupervisionOrderConfig(config);
  assertIsoDate(input.issuedOn, 'issuedOn');
  if (!isSupervisionOrderLevel(input.level)) throw new RangeError(`level must be 1, 2 or 3, got ${String(input.level)}`);
  if (typeof input.unitId !== 'string' || input.unitId === '') throw new RangeError('unitId must be a non-empty string');
  if (!Array.isArray(input.taskIds) || input.taskIds.length === 0) {
    throw new RangeError('a supervision order must name at least one task');
  }
  const year = Number(input.issuedOn.slice(0, 4));
  const replyDeadline = supervisionOrderReplyDeadline(input.issuedOn, input.level, settings, calendar);
  return {
    number: supervisionOrderNumber(year, input.sequence, settings.numberPrefix),
    year,
    sequence: input.sequence,
    level: input.level,
    levelName: SUPERVISION_ORDER_LEVEL_NAMES[input.level],
    unitId: input.unitId,
    taskIds: [...input.taskIds],
    issuedOn: input.issuedOn,
    replyDue: replyDeadline.due,
    replyDeadline,
    escalateOn: calendar.addWorkingDays(replyDeadline.due, 1).due,
  };
}

export function supervisionOrderReplyDeadline(
  issuedOn: IsoDate,
  level: SupervisionOrderLevel,
  config: Partial<SupervisionOrderConfig> = {},
  calendar: WorkingDayCalendar = defaultCalendar(),
): Deadline {
  const settings = resolveSupervisionOrderConfig(config);
  if (!isSupervisionOrderLevel(level)) throw new RangeError(`level must be 1, 2 or 3, got ${String(level)}`);
  return calendar.addWorkingDays(issuedOn, settings.replyWorkingDays[level]);
}

export type SupervisionOrderReplyStatus =
  | { status: 'replied_on_time'; repliedOn: IsoDate }
  | { status: 'replied_late'; repliedOn: IsoDate; lateWorkingDays: number }
  | { status: 'awaiting_reply'; workingDaysLeft: number }
  | { status: 'escalate_to_leader'; overdueWorkingDays: number };

/**
 * Where an order stands on `today`. No reply by the end of replyDue means the unit's leader is
 * told on the next working day (escalateOn); a late reply is recorded as late but needs no
 * escalation any more.
 */
export function supervisionOrderReplyStatus(
  order: Pick<SupervisionOrder, 'replyDue'>,
  repliedOn: IsoDate | null,
  today: IsoDate,
  calendar: WorkingDayCalendar = defaultCalendar(),
): SupervisionOrderReplyStatus {
  assertIsoDate(today, 'today');
  if (repliedOn !== null) {
    assertIsoDate(repliedOn, 'repliedOn');
    return repliedOn <= order.replyDue
      ? { status: 'replied_on_time', repliedOn }
      : { status: 'replied_late', repliedOn, lateWorkingDays: calendar.workingDaysBetween(order.replyDue, repliedOn) };
  }
  if (today <= order.replyDue) {
    return { status: 'awaiting_reply', workingDaysLeft: calendar.workingDaysBetween(today, order.replyDue) };
  }
  // Past due over a weekend or holiday, nobody acts before the next working day (escalateOn).
  const overdueWorkingDays = calendar.workingDaysBetween(order.replyDue, today);
  return overdueWorkingDays === 0
    ? { status: 'awaiting_reply', workingDaysLeft: 0 }
    : { status: 'escalate_to_leader', overdueWorkingDays };
}
