import type { IsoDate } from '../calendar/iso-date';
import type { RequestEvent } from './request-events';
import { checkReceipt, checkRequestEvent, RequestRuleError, type RequestRuleContext } from './request-rules';

/** The steps an open request had taken before the office moved in, as the import sheet gives them. */
export interface ImportedSteps {
  receivedOn: IsoDate;
  correctionSentOn: IsoDate | null;
  correctionDue: IsoDate | null;
  correctionReceivedOn: IsoDate | null;
  extensionApprovedOn: IsoDate | null;
  extensionWorkingDays: number | null;
  consultationParty: string | null;
  consultationStartedOn: IsoDate | null;
  consultationEndedOn: IsoDate | null;
}

/** The moving-in sheet's columns: the header accepted (Chinese first, then English), by the field a bad row names. */
export const IMPORTED_REQUEST_COLUMNS = {
  unit: ['办理单位', 'unit'],
  requesterType: ['申请人类型', 'requester_type'],
  requesterName: ['申请人', 'requester_name'],
  requesterContact: ['联系方式', 'requester_contact'],
  receiptChannel: ['申请渠道', 'receipt_channel'],
  receivedOn: ['收到日期', 'received_on'],
  content: ['申请内容', 'content'],
  correctionSentOn: ['补正通知日期', 'correction_sent_on'],
  correctionDue: ['补正期限', 'correction_due'],
  correctionReceivedOn: ['收到补正日期', 'correction_received_on'],
  extensionApprovedOn: ['延期批准日期', 'extension_approved_on'],
  extensionWorkingDays: ['延期工作日', 'extension_working_days'],
  consultationParty: ['征求意见对象', 'consultation_party'],
  consultationStartedOn: ['征求意见日期', 'consultation_started_on'],
  consultationEndedOn: ['意见收到日期', 'consultation_ended_on'],
} as const;

/** The columns every row must fill. */
export const IMPORTED_REQUEST_REQUIRED: readonly (keyof typeof IMPORTED_REQUEST_COLUMNS)[] = ['unit', 'requesterType', 'requesterName', 'requesterContact', 'receiptChannel', 'receivedOn', 'content'];

const incomplete = (field: keyof ImportedSteps, reason: string) => new RequestRuleError('IMPORTED_STEP_INCOMPLETE', reason, field);
const before = (field: keyof ImportedSteps, reason: string) => new RequestRuleError('REQUEST_EVENT_SEQUENCE', reason, field);

/** Where two steps on one day go: the order the Regulations have them happen in. */
const SAME_DAY_ORDER: Record<RequestEvent['type'], number> = {
  received: 0,
  correction_requested: 1,
  correction_received: 2,
  consultation_started: 3,
  consultation_ended: 4,
  extension_approved: 5,
  answered: 6,
};

/**
 * The statutory events of an imported open request, checked as the workflow checks each step:
 * the clock then starts where the law has it, overdue at once if its period has run out. Steps
 * that contradict each other (an extension before the receipt, a consultation ending before it
 * began, a correction received with no notice) are refused naming the column at fault.
 * @throws RequestRuleError whose field is the ImportedSteps key at fault.
 */
export function importedRequestEvents(steps: ImportedSteps, approver: string, context: Omit<RequestRuleContext, 'events'>): RequestEvent[] {
  checkReceipt(steps.receivedOn, context);
  const events: Array<{ event: RequestEvent; field: keyof ImportedSteps }> = [];
  const notBeforeReceipt = (field: keyof ImportedSteps, date: IsoDate | null, label: string) => {
    if (date !== null && date < steps.receivedOn) throw before(field, `${label} ${date} 早于收到申请日期 ${steps.receivedOn}`);
  };

  if ((steps.correctionSentOn === null) !== (steps.correctionDue === null)) {
    throw incomplete(steps.correctionSentOn === null ? 'correctionSentOn' : 'correctionDue', '补正通知日期和补正期限须同时填写');
  }
  if (steps.correctionReceivedOn !== null && steps.correctionSentOn === null) throw incomplete('correctionSentOn', '填写了收到补正日期，但没有补正通知日期');
  notBeforeReceipt('correctionSentOn', steps.correctionSentOn, '补正通知日期');
  if (steps.correctionSentOn !== null) {
    events.push({ event: { type: 'correction_requested', date: steps.correctionSentOn, correctionDue: steps.correctionDue! }, field: 'correctionSentOn' });
  }
  if (steps.correctionReceivedOn !== null) {
    if (steps.correctionReceivedOn < steps.correctionSentOn!) throw before('correctionReceivedOn', `收到补正日期 ${steps.correctionReceivedOn} 早于补正通知日期 ${steps.correctionSentOn}`);
    events.push({ event: { type: 'correction_received', date: steps.correctionReceivedOn }, field: 'correctionReceivedOn' });
  }

  if ((steps.extensionApprovedOn === null) !== (steps.extensionWorkingDays === null)) {
    throw incomplete(steps.extensionApprovedOn === null ? 'extensionApprovedOn' : 'extensionWorkingDays', '延期批准日期和延期工作日数须同时填写');
  }
  notBeforeReceipt('extensionApprovedOn', steps.extensionApprovedOn, '延期批准日期');
  if (steps.extensionApprovedOn !== null) {
    events.push({ event: { type: 'extension_approved', date: steps.extensionApprovedOn, workingDays: steps.extensionWorkingDays!, approver }, field: 'extensionApprovedOn' });
  }

  if ((steps.consultationStartedOn === null) !== (steps.consultationParty === null)) {
    throw incomplete(steps.consultationStartedOn === null ? 'consultationStartedOn' : 'consultationParty', '征求意见对象和征求意见日期须同时填写');
  }
  if (steps.consultationEndedOn !== null && steps.consultationStartedOn === null) throw incomplete('consultationStartedOn', '填写了意见收到日期，但没有征求意见日期');
  notBeforeReceipt('consultationStartedOn', steps.consultationStartedOn, '征求意见日期');
  if (steps.consultationStartedOn !== null) {
    events.push({ event: { type: 'consultation_started', date: steps.consultationStartedOn, party: steps.consultationParty! }, field: 'consultationStartedOn' });
  }
  if (steps.consultationEndedOn !== null) {
    if (steps.consultationEndedOn < steps.consultationStartedOn!) throw before('consultationEndedOn', `意见收到日期 ${steps.consultationEndedOn} 早于征求意见日期 ${steps.consultationStartedOn}`);
    events.push({ event: { type: 'consultation_ended', date: steps.consultationEndedOn, party: steps.consultationParty! }, field: 'consultationEndedOn' });
  }

  // ISO dates order as text; by code point, as localeCompare would not on every machine.
  const byDate = (a: IsoDate, b: IsoDate) => (a < b ? -1 : a > b ? 1 : 0);
  events.sort((a, b) => byDate(a.event.date, b.event.date) || SAME_DAY_ORDER[a.event.type] - SAME_DAY_ORDER[b.event.type]);
  const taken: RequestEvent[] = [{ type: 'received', date: steps.receivedOn }];
  for (const { event, field } of events) {
    try {
      checkRequestEvent({ ...context, events: taken }, event, field);
    } catch (error) {
      // The clock names its own fields (workingDays for an extension too long); the sheet has columns.
      if (error instanceof RequestRuleError && error.field !== field) {
        const column = error.field === 'workingDays' ? 'extensionWorkingDays' : field;
        throw new RequestRuleError(error.code, error.message, column);
      }
      throw error;
    }
    taken.push(event);
  }
  return taken;
}
