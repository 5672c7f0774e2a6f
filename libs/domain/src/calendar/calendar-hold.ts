import type { CalendarYearData } from './calendar-year-data';
import type { MovedDeadlineKind } from './calendar-moves-mail';
import type { Role } from '../registry/roles';

/** A deadline a published calendar would move, held at its old date. */
export interface HeldMove {
  kind: MovedDeadlineKind;
  from: string | null;
  wouldBe: string | null;
}

/**
 * A case that had already acted on a deadline (a breach recorded, an order issued, a level
 * escalated) when a calendar was published that moves it: the case goes on counting on the
 * calendar it acted under, whole, until a coordinator decides, so nothing done is undone silently.
 */
export interface CalendarHold {
  /** The calendar the case counts on meanwhile. */
  years: CalendarYearData[];
  label: string;
  /** The publication held back, and what it would move. */
  published: { version: number; year: number; notice: string };
  moves: HeldMove[];
  /** A coordinator kept the old dates: the case counts on these years from then on. */
  kept: { by: string; on: string; reason: string } | null;
}

export type HoldDecision = 'apply' | 'keep';

export const CALENDAR_HOLD_CODES = ['CALENDAR_HOLD_NONE', 'CALENDAR_HOLD_DECIDED', 'CALENDAR_HOLD_NEEDS_COORDINATOR', 'CALENDAR_HOLD_REASON_REQUIRED'] as const;
export type CalendarHoldCode = (typeof CALENDAR_HOLD_CODES)[number];

export class CalendarHoldError extends Error {
  constructor(
    readonly code: CalendarHoldCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'CalendarHoldError';
  }
}

const DECIDERS: readonly Role[] = ['coordinator', 'admin'];

/** One held move makes the whole case wait: its deadlines stay counted on one calendar. */
export function holdWhole<M extends { held: boolean }>(moves: readonly M[]): M[] {
  return moves.some((m) => m.held) ? moves.map((m) => ({ ...m, held: true })) : [...moves];
}

/**
 * The case's hold after a publication whose moves (on the calendar the case counts on) are given:
 * a held move keeps (or puts) the case on `counting`, waiting anew for a decision; none held
 * releases it onto the new calendar.
 */
export function holdAfter(
  current: CalendarHold | null,
  moves: readonly { kind: MovedDeadlineKind; from: string | null; to: string | null; held: boolean }[],
  counting: { years: CalendarYearData[]; label: string },
  published: { version: number; year: number; notice: string },
): CalendarHold | null {
  if (!moves.some((m) => m.held)) return null;
  return {
    years: current?.years ?? counting.years,
    label: current?.label ?? counting.label,
    published: { version: published.version, year: published.year, notice: published.notice },
    moves: moves.map((m) => ({ kind: m.kind, from: m.from, wouldBe: m.to })),
    kept: null,
  };
}

/** A coordinator's decision on a held case: refused with the code and field at fault. */
export function checkHoldDecision(hold: CalendarHold | null, decision: HoldDecision, roles: readonly Role[], reason: string): void {
  if (!roles.some((role) => DECIDERS.includes(role))) {
    throw new CalendarHoldError('CALENDAR_HOLD_NEEDS_COORDINATOR', '已逾期或已督办事项的时限调整由公开办协调员或管理员决定');
  }
  if (!hold) throw new CalendarHoldError('CALENDAR_HOLD_NONE', '该事项没有待决定的时限调整：新的工作日历已直接生效');
  if (hold.kept) throw new CalendarHoldError('CALENDAR_HOLD_DECIDED', `已于${hold.kept.on}决定维持原时限（${hold.kept.by}）；新的日历发布后可再决定`);
  if (reason.trim() === '') throw new CalendarHoldError('CALENDAR_HOLD_REASON_REQUIRED', `请说明${decision === 'apply' ? '按新日历调整' : '维持原时限'}的理由`, 'reason');
}
