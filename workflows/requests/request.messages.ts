import { defineUpdate } from '@temporalio/workflow';
import type { CalendarHold } from '../../libs/domain/src/calendar/calendar-hold';
import type { AnswerDocumentRef } from '../../libs/contracts/src/request-activities';
import type { ApplicantColumnCode, OutcomeCode } from '../../libs/domain/src/annual-report/request-format';
import type { CountFrom } from '../../libs/domain/src/calendar/deadline';
import type { Actor } from '../../libs/domain/src/registry/actor';
import type { ReceiptChannel } from '../../libs/domain/src/requests/receipt-channel';
import type { RegistrationChange } from '../../libs/domain/src/requests/request-changes';
import type { RequestEvent } from '../../libs/domain/src/requests/request-events';
import type { RequestSnapshot } from '../../libs/domain/src/requests/request-snapshot';

export interface RegisteredRequest {
  requestId: string;
  number: string;
  unitId: string;
  receivedOn: string;
  channel: ReceiptChannel;
  requesterType: ApplicantColumnCode;
  requesterName: string;
  /** The start of the content, for the mails; the full text stays in the database. */
  excerpt: string;
  registeredBy: Actor;
}

/** Fixed when the request is registered, so a later change of settings never moves its dates. */
export interface RequestSettings {
  countFrom: CountFrom;
  /** Working days before the due date at which the handling unit is reminded. */
  reminderLeads: number[];
}

/** Everything the request workflow knows; plain JSON. */
export interface RequestState {
  request: RegisteredRequest;
  settings: RequestSettings;
  /** The statutory events the clock is computed from, in order. */
  events: RequestEvent[];
  answer: AnswerDocumentRef | null;
  remindedLeads: number[];
  breachedDue: string | null;
  /** Set while a published calendar is held back from a breached request (calendar-feed). */
  calendarHold?: CalendarHold | null;
}

export interface RequestInput {
  request: RegisteredRequest;
  settings: RequestSettings;
  /** A request open when the office moved in: its steps after the receipt, checked by importedRequestEvents. */
  imported?: RequestEvent[];
  /** Set when the workflow continues as new: the state and record numbering carry over. */
  /** `steps` is absent in runs continued by code older than the step numbers. */
  resume?: { state: RequestState; seq: number; steps?: number };
}

export interface SendCorrectionNoticeArgs {
  actor: Actor;
  sentOn: string;
  /** The date by which the requester must correct, as the notice states it. */
  correctionDue: string;
}

export interface ReceiveCorrectionArgs {
  actor: Actor;
  receivedOn: string;
  /** Why a correction after its due date still counts (art. 30: 无正当理由逾期不补正). */
  goodReason: string | null;
}

export interface ApproveExtensionArgs {
  actor: Actor;
  approvedOn: string;
  workingDays: number;
  reason: string;
}

export interface StartConsultationArgs {
  actor: Actor;
  party: string;
  startedOn: string;
}

export interface EndConsultationArgs {
  actor: Actor;
  party: string;
  endedOn: string;
  opinion: string | null;
}

export interface CloseArgs {
  actor: Actor;
  outcome: OutcomeCode;
  answeredOn: string;
  answer: AnswerDocumentRef;
}

export interface TransferRequestArgs {
  actor: Actor;
  /** The unit as the registry has it now; the workflow checks it may take the request. */
  unit: { id: string; name: string; active: boolean };
  /** The name of the unit handing it over, for the record and the new unit's mail. */
  fromUnitName: string;
  reason: string;
}

export interface CorrectRegistrationArgs {
  actor: Actor;
  /** Each field changed, with the value it replaces (the read model's, which the workflow wrote). */
  changes: RegistrationChange[];
  reason: string | null;
}

export const sendCorrectionNoticeUpdate = defineUpdate<RequestSnapshot, [SendCorrectionNoticeArgs]>('sendCorrectionNotice');
export const receiveCorrectionUpdate = defineUpdate<RequestSnapshot, [ReceiveCorrectionArgs]>('receiveCorrection');
export const approveExtensionUpdate = defineUpdate<RequestSnapshot, [ApproveExtensionArgs]>('approveExtension');
export const startConsultationUpdate = defineUpdate<RequestSnapshot, [StartConsultationArgs]>('startConsultation');
export const endConsultationUpdate = defineUpdate<RequestSnapshot, [EndConsultationArgs]>('endConsultation');
export const closeUpdate = defineUpdate<RequestSnapshot, [CloseArgs]>('close');
export const transferRequestUpdate = defineUpdate<RequestSnapshot, [TransferRequestArgs]>('transferRequest');
export const correctRegistrationUpdate = defineUpdate<RequestSnapshot, [CorrectRegistrationArgs]>('correctRegistration');
