import type { IsoDate } from '../calendar/iso-date';
import { REQUEST_EVENT_LABELS, type RequestEvent, type RequestEventType } from './request-events';

/**
 * What the append-only record of one request holds: the statutory events the clock is computed
 * from, and what the system itself did (reminders, breaches) which the clock never reads.
 */
export const SYSTEM_RECORD_LABELS = {
  reminder_sent: '到期提醒',
  breach_recorded: '超期未答复',
  due_recounted: '按新工作日历重算期限',
  due_recount_held: '新工作日历改变已超期的期限，待协调人决定',
  calendar_hold_decided: '协调人决定超期事项的期限调整',
} as const;
export type SystemRecordType = keyof typeof SYSTEM_RECORD_LABELS;

/** Changes to the case itself, which leave the statutory events as they are (a receipt date moves the first). */
export const CASE_RECORD_LABELS = {
  transferred: '转办',
  registration_corrected: '更正登记信息',
} as const;
export type CaseRecordType = keyof typeof CASE_RECORD_LABELS;
export type RequestRecordType = RequestEventType | SystemRecordType | CaseRecordType;

export const REQUEST_RECORD_LABELS: Record<RequestRecordType, string> = { ...REQUEST_EVENT_LABELS, ...SYSTEM_RECORD_LABELS, ...CASE_RECORD_LABELS };

/** The facts of an event besides its type and date, as stored in the record's data. */
export function eventFacts(event: RequestEvent): Record<string, unknown> {
  const { type: _type, date: _date, ...facts } = event;
  return facts;
}

/**
 * A stored record back as the clock's event, or null for the system's own records. Extra data
 * stored beside the facts (who approved, the answer's hash) is left out.
 */
export function statutoryEvent(type: string, date: IsoDate, data: Record<string, unknown>): RequestEvent | null {
  switch (type) {
    case 'received':
      return { type, date };
    case 'correction_requested':
      return { type, date, correctionDue: String(data.correctionDue) };
    case 'correction_received':
      return typeof data.goodReason === 'string' ? { type, date, goodReason: data.goodReason } : { type, date };
    case 'extension_approved':
      return { type, date, workingDays: Number(data.workingDays), approver: String(data.approver) };
    case 'consultation_started':
    case 'consultation_ended':
      return { type, date, party: String(data.party) };
    case 'answered':
      return { type, date, outcome: data.outcome as Extract<RequestEvent, { type: 'answered' }>['outcome'] };
    default:
      return null;
  }
}
