export {
  CorrectionNoticeLateError,
  EventInFutureError,
  ExtensionAfterDueError,
  ExtensionTooLongError,
  ExtensionWithoutApproverError,
  InvalidExtensionError,
  ProcessingFeeError,
  ReceiptInFutureError,
  RequestClockError,
  RequestEventSequenceError,
  SecondCorrectionNoticeError,
  SecondExtensionError,
  UnknownOutcomeError,
} from './errors';
export {
  FEE_BASIS,
  PER_PAGE_TIERS,
  PER_REQUEST_FIRST_TIERS,
  monthlyPerRequestFees,
  perRequestUnitPrice,
  processingFee,
  type FeeInput,
  type FeeLine,
  type FeeMethod,
  type FeeQuote,
  type FeeTier,
} from './processing-fee';
export {
  requestClock,
  type Consultation,
  type RequestClock,
  type RequestClockOptions,
  type RequestStatus,
} from './request-clock';
export {
  ANSWER_WORKING_DAYS,
  CORRECTION_NOTICE_WORKING_DAYS,
  MAX_EXTENSION_WORKING_DAYS,
  REQUEST_EVENT_LABELS,
  THIRD_PARTY_OPINION_WORKING_DAYS,
  type RequestEvent,
  type RequestEventType,
} from './request-events';
export { RECEIPT_CHANNEL_RULES, RECEIPT_CHANNELS, type ReceiptChannel } from './receipt-channel';
export { checkReminderLeads, DEFAULT_REMINDER_LEADS, MAX_REMINDER_LEAD, requestAlarms, type AlarmMemory, type RequestAlarms } from './request-alarms';
export { requestMail, type RequestMailContext } from './request-mail';
export { requestNumber } from './request-number';
export {
  eventFacts,
  REQUEST_RECORD_LABELS,
  statutoryEvent,
  SYSTEM_RECORD_LABELS,
  type RequestRecordType,
  type SystemRecordType,
} from './request-record';
export {
  checkExtensionApprover,
  checkReceipt,
  checkRequestEvent,
  isClosed,
  readClock,
  REQUEST_RULE_CODES,
  RequestRuleError,
  type RequestRuleCode,
  type RequestRuleContext,
} from './request-rules';
export { REQUEST_STATUS_LABELS, REQUEST_STATUSES, requestSnapshot, type RequestSnapshot } from './request-snapshot';
export { CASE_KIND_CODES, CASE_KINDS, CASE_RESULT_CODES, CASE_RESULTS, type CaseKind, type CaseResult } from './review-litigation-case';
export {
  checkRegistrationCorrection,
  checkRequestTransfer,
  OFFICE_ONLY_FIELDS,
  REGISTRATION_FIELD_LABELS,
  REGISTRATION_FIELDS,
  registrationChanges,
  type Registration,
  type RegistrationChange,
  type RegistrationField,
} from './request-changes';
export { importedRequestEvents, type ImportedSteps } from './imported-request';
