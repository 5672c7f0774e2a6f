import type { Role } from '../registry/roles';
import { RequestClockError } from './errors';
import type { RequestEvent } from './request-events';
import { isClosed, readClock, RequestRuleError, type RequestRuleCode, type RequestRuleContext } from './request-rules';

/** What the registration of a request says, as the clerk typed it. */
export const REGISTRATION_FIELDS = ['requesterName', 'requesterContact', 'content', 'receiptChannel', 'requesterType', 'receivedOn'] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];
export type Registration = Record<RegistrationField, string>;

/**
 * The receipt date moves the statutory clock and the requester type the report's column: only
 * the office corrects them, and says why.
 */
export const OFFICE_ONLY_FIELDS: readonly RegistrationField[] = ['receivedOn', 'requesterType'];
const OFFICE_ROLES: readonly Role[] = ['coordinator', 'admin'];

export const REGISTRATION_FIELD_LABELS: Record<RegistrationField, string> = {
  requesterName: '申请人姓名（名称）',
  requesterContact: '联系方式',
  content: '申请内容',
  receiptChannel: '申请渠道',
  requesterType: '申请人类型',
  receivedOn: '收到申请日期',
};

/** One corrected field with the value it replaced, kept in the request's record. */
export interface RegistrationChange {
  field: RegistrationField;
  from: string;
  to: string;
}

function refuseClosed(events: readonly RequestEvent[], doing: string): void {
  if (!isClosed(events)) return;
  const answered = events.find((e) => e.type === 'answered')!;
  throw new RequestRuleError('REQUEST_CLOSED', `申请已于${answered.date}办结，不能再${doing}`);
}

/** The fields that differ from the registration, values trimmed; a correction that changes nothing is refused. */
export function registrationChanges(current: Registration, proposed: Partial<Registration>): RegistrationChange[] {
  const changes = REGISTRATION_FIELDS.flatMap((field): RegistrationChange[] => {
    const to = proposed[field]?.trim();
    return to === undefined || to === current[field] ? [] : [{ field, from: current[field], to }];
  });
  if (changes.length === 0) throw new RequestRuleError('CORRECTION_UNCHANGED', '更正后的登记信息与原登记相同');
  return changes;
}

/**
 * Checks a correction of the registration and returns the statutory events it leaves: the same,
 * or the receipt moved to its corrected date, so the clock is recomputed from it. A receipt date
 * must stay before every later step, not ahead of today, and in its year (the request's number
 * and the annual report's year hang on it).
 */
export function checkRegistrationCorrection(
  context: RequestRuleContext,
  changes: readonly RegistrationChange[],
  roles: readonly Role[],
  reason: string | null,
): RequestEvent[] {
  refuseClosed(context.events, '更正登记信息');
  const officeOnly = changes.find((c) => OFFICE_ONLY_FIELDS.includes(c.field));
  if (officeOnly && !roles.some((role) => OFFICE_ROLES.includes(role))) {
    throw new RequestRuleError('CORRECTION_NEEDS_OFFICE', `${REGISTRATION_FIELD_LABELS[officeOnly.field]}只能由公开办协调员更正`, officeOnly.field);
  }
  if (officeOnly && !reason?.trim()) {
    throw new RequestRuleError('CORRECTION_NEEDS_REASON', `更正${REGISTRATION_FIELD_LABELS[officeOnly.field]}须说明理由`, 'reason');
  }
  const receipt = changes.find((c) => c.field === 'receivedOn');
  if (!receipt) return [...context.events];
  if (receipt.to.slice(0, 4) !== receipt.from.slice(0, 4)) {
    throw new RequestRuleError('RECEIPT_YEAR_CHANGE', `收到申请日期只能在${receipt.from.slice(0, 4)}年内更正：跨年的申请请撤销后按实际年份重新登记`, 'receivedOn');
  }
  const [, ...later] = context.events;
  const next = later[0];
  if (next && receipt.to > next.date) {
    throw new RequestRuleError('REQUEST_EVENT_SEQUENCE', `收到申请日期 ${receipt.to} 晚于已记录的后续步骤日期 ${next.date}`, 'receivedOn');
  }
  const events: RequestEvent[] = [{ type: 'received', date: receipt.to }, ...later];
  try {
    readClock(events, context);
  } catch (error) {
    if (error instanceof RequestClockError) throw new RequestRuleError(error.code as RequestRuleCode, error.message, 'receivedOn');
    throw error;
  }
  return events;
}

/**
 * A request handed to another handling unit (转办) goes to an active unit other than its own;
 * the clock is not touched, as the Regulations count from the body's receipt.
 */
export function checkRequestTransfer(events: readonly RequestEvent[], fromUnitId: string, to: { id: string; name: string; active: boolean }): void {
  refuseClosed(events, '转办');
  if (to.id === fromUnitId) throw new RequestRuleError('REQUEST_TRANSFER_INVALID', `申请已由${to.name}办理，不能转办给本单位`, 'unitId');
  if (!to.active) throw new RequestRuleError('REQUEST_TRANSFER_INVALID', `${to.name}已停用，不能接收转办申请`, 'unitId');
}

/** The case changes of a request, by their routes: 转办, a correction, and one of the office-only fields. */
export const REQUEST_CASE_CHANGES = ['transfer', 'correct', 'correctOfficeFields'] as const;
export type RequestCaseChange = (typeof REQUEST_CASE_CHANGES)[number];

/**
 * What a person who may handle the request can change now, by the checks above: nothing once it
 * is closed; 转办 (whose route admits the office alone), the receipt date and the requester type
 * only for the office.
 */
export function requestCaseChanges(events: readonly RequestEvent[], roles: readonly Role[]): RequestCaseChange[] {
  if (isClosed(events)) return [];
  const office = roles.some((role) => OFFICE_ROLES.includes(role));
  return REQUEST_CASE_CHANGES.filter((change) => change === 'correct' || office);
}
