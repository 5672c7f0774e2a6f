import type { OutcomeCode } from '../annual-report/request-format';
import type { IsoDate } from '../calendar/iso-date';

/**
 * What happens to one information request, as dated facts. The clock is recomputed from the
 * whole list each time, so a corrected fact changes every date that depends on it.
 */
export type RequestEvent =
  /** Art. 31 receipt date: handed in; post signed for; letter or online request confirmed. */
  | { type: 'received'; date: IsoDate }
  /** Art. 30: one correction notice, with the date by which the requester must correct. */
  | { type: 'correction_requested'; date: IsoDate; correctionDue: IsoDate }
  /** The corrected request; late without `goodReason` means the request was abandoned. */
  | { type: 'correction_received'; date: IsoDate; goodReason?: string }
  /** Art. 33: one extension, approved by the head of the disclosure office. */
  | { type: 'extension_approved'; date: IsoDate; workingDays: number; approver: string }
  /** Art. 32: a third party (or another body) asked for its opinion. */
  | { type: 'consultation_started'; date: IsoDate; party: string }
  | { type: 'consultation_ended'; date: IsoDate; party: string }
  /** The answer; `outcome` is the annual report row the request is counted in. */
  | { type: 'answered'; date: IsoDate; outcome: OutcomeCode };

export type RequestEventType = RequestEvent['type'];

/** Statutory periods, in working days. */
export const ANSWER_WORKING_DAYS = 20;
export const CORRECTION_NOTICE_WORKING_DAYS = 7;
export const MAX_EXTENSION_WORKING_DAYS = 20;
export const THIRD_PARTY_OPINION_WORKING_DAYS = 15;

export const REQUEST_EVENT_LABELS: Record<RequestEventType, string> = {
  received: '收到申请',
  correction_requested: '发出补正通知',
  correction_received: '收到补正后的申请',
  extension_approved: '批准延长答复期限',
  consultation_started: '征求第三方意见',
  consultation_ended: '第三方意见征求结束',
  answered: '作出答复',
};
