import type { CountFrom } from '../calendar/deadline';
import type { IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { Role } from '../registry/roles';
import {
  CorrectionDueBeforeNoticeError,
  CorrectionNoticeLateError,
  EventInFutureError,
  ExtensionAfterDueError,
  ExtensionTooLongError,
  ExtensionWithoutApproverError,
  InvalidExtensionError,
  ReceiptInFutureError,
  RequestClockError,
  UnknownOutcomeError,
} from './errors';
import { requestClock, type RequestClock } from './request-clock';
import { REQUEST_EVENT_LABELS, type RequestEvent } from './request-events';

/**
 * Why a step on an information request is refused. The clock's own refusals keep their codes;
 * the workflow raises all of them as non-retryable failures and the API maps each to one status.
 */
export const REQUEST_RULE_CODES = [
  'REQUEST_CLOSED',
  'EXTENSION_NEEDS_OFFICE_HEAD',
  'REQUEST_EVENT_SEQUENCE',
  'RECEIPT_IN_FUTURE',
  'EVENT_IN_FUTURE',
  'SECOND_CORRECTION_NOTICE',
  'CORRECTION_NOTICE_LATE',
  'SECOND_EXTENSION',
  'EXTENSION_WITHOUT_APPROVER',
  'EXTENSION_TOO_LONG',
  'INVALID_EXTENSION',
  'EXTENSION_AFTER_DUE',
  'UNKNOWN_OUTCOME',
  'CORRECTION_UNCHANGED',
  'CORRECTION_NEEDS_OFFICE',
  'CORRECTION_NEEDS_REASON',
  'RECEIPT_YEAR_CHANGE',
  'REQUEST_TRANSFER_INVALID',
  'IMPORTED_STEP_INCOMPLETE',
] as const;
export type RequestRuleCode = (typeof REQUEST_RULE_CODES)[number];

export class RequestRuleError extends Error {
  constructor(
    readonly code: RequestRuleCode,
    message: string,
    /** The request field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'RequestRuleError';
  }
}

/** Who may approve an extension: art. 33 wants the head of the disclosure office (公开办). */
const OFFICE_HEAD_ROLES: readonly Role[] = ['coordinator', 'admin'];

export interface RequestRuleContext {
  /** The statutory events so far, in order; the first is the receipt. */
  events: readonly RequestEvent[];
  today: IsoDate;
  countFrom: CountFrom;
  calendar?: WorkingDayCalendar;
}

/** The clock as every part of the engine reads it: years beyond the notices are computed and flagged. */
export function readClock(events: readonly RequestEvent[], context: Omit<RequestRuleContext, 'events'>): RequestClock {
  return requestClock(events, {
    today: context.today,
    countFrom: context.countFrom,
    beyondCoverage: 'provisional',
    ...(context.calendar ? { calendar: context.calendar } : {}),
  });
}

export function isClosed(events: readonly RequestEvent[]): boolean {
  return events.some((event) => event.type === 'answered');
}

/**
 * Checks that `event` may follow the events so far and returns the clock it would give.
 * `dateField` names the request field that carried the event's date, so a refusal points at it.
 */
export function checkRequestEvent(context: RequestRuleContext, event: RequestEvent, dateField: string): RequestClock {
  const { events } = context;
  if (isClosed(events)) {
    const answered = events.find((e) => e.type === 'answered')!;
    throw new RequestRuleError('REQUEST_CLOSED', `申请已于${answered.date}办结，不能再“${REQUEST_EVENT_LABELS[event.type]}”`);
  }
  const last = events[events.length - 1];
  if (last && event.date < last.date) {
    throw new RequestRuleError(
      'REQUEST_EVENT_SEQUENCE',
      `${dateField} ${event.date}早于上一条记录“${REQUEST_EVENT_LABELS[last.type]}”的日期${last.date}`,
      dateField,
    );
  }
  try {
    return readClock([...events, event], context);
  } catch (error) {
    if (error instanceof RequestClockError) {
      throw new RequestRuleError(error.code as RequestRuleCode, error.message, fieldAtFault(error, dateField));
    }
    throw error;
  }
}

function fieldAtFault(error: RequestClockError, dateField: string): string | undefined {
  if (error instanceof ReceiptInFutureError) return 'receivedOn';
  if (error instanceof EventInFutureError || error instanceof CorrectionNoticeLateError || error instanceof ExtensionAfterDueError) {
    return dateField;
  }
  if (error instanceof ExtensionTooLongError || error instanceof InvalidExtensionError) return 'workingDays';
  if (error instanceof ExtensionWithoutApproverError) return 'approver';
  if (error instanceof CorrectionDueBeforeNoticeError) return 'correctionDue';
  if (error instanceof UnknownOutcomeError) return 'outcome';
  return undefined;
}

/** A new request: its receipt date must not lie ahead (art. 31 dates a fact that has happened). */
export function checkReceipt(receivedOn: IsoDate, context: Omit<RequestRuleContext, 'events'>): RequestClock {
  return checkRequestEvent({ ...context, events: [] }, { type: 'received', date: receivedOn }, 'receivedOn');
}

export function checkExtensionApprover(roles: readonly Role[]): void {
  if (!roles.some((role) => OFFICE_HEAD_ROLES.includes(role))) {
    throw new RequestRuleError(
      'EXTENSION_NEEDS_OFFICE_HEAD',
      '延长答复期限须经政府信息公开工作机构负责人同意（《条例》第三十三条）：只有公开办协调员或管理员可以批准',
    );
  }
}
