import {
  CorrectionNoticeLateError,
  EventInFutureError,
  ExtensionAfterDueError,
  ExtensionTooLongError,
  ExtensionWithoutApproverError,
  InvalidExtensionError,
  ReceiptInFutureError,
  RequestEventSequenceError,
  SecondCorrectionNoticeError,
  SecondExtensionError,
  UnknownOutcomeError,
} from './errors';
import type { RequestEvent } from './request-events';
import { refusal } from '../../../../test/support/rule-refusal';
import { eventFacts, statutoryEvent } from './request-record';
import { checkExtensionApprover, checkReceipt, checkRequestEvent, REQUEST_RULE_CODES } from './request-rules';
import { requestSnapshot } from './request-snapshot';
import { requestClock } from './request-clock';

const RECEIVED: RequestEvent = { type: 'received', date: '2024-09-27' };
const context = (events: RequestEvent[], today = '2024-12-02') => ({ events, today, countFrom: 'next_day' as const });

describe('checkRequestEvent', () => {
  it('returns the clock the event would give', () => {
    const clock = checkRequestEvent(context([RECEIVED]), { type: 'consultation_started', date: '2024-10-09', party: '某某公司' }, 'startedOn');
    expect(clock.consultations).toHaveLength(1);
  });

  it('refuses a receipt date in the future, naming receivedOn', () => {
    const error = refusal(() => checkReceipt('2024-12-03', { today: '2024-12-02', countFrom: 'next_day' }));
    expect([error.code, error.field]).toEqual(['RECEIPT_IN_FUTURE', 'receivedOn']);
    expect(error.message).toBe('收到申请日期2024-12-03晚于今天2024-12-02');
  });

  it('refuses anything after the answer: closing twice is REQUEST_CLOSED', () => {
    const answered: RequestEvent = { type: 'answered', date: '2024-10-10', outcome: 'granted' };
    const error = refusal(() => checkRequestEvent(context([RECEIVED, answered]), { ...answered, date: '2024-10-11' }, 'answeredOn'));
    expect(error.code).toBe('REQUEST_CLOSED');
    expect(error.message).toContain('申请已于2024-10-10办结');
  });

  it('points each refusal at the field at fault', () => {
    const extension = (workingDays: number, date = '2024-10-28'): RequestEvent => ({ type: 'extension_approved', date, workingDays, approver: '王某' });
    const cases: Array<[RequestEvent[], RequestEvent, string, string | undefined]> = [
      [[RECEIVED], { type: 'correction_requested', date: '2024-10-14', correctionDue: '2024-10-25' }, 'CORRECTION_NOTICE_LATE', 'sentOn'],
      [[RECEIVED], { type: 'correction_requested', date: '2024-10-08', correctionDue: '2024-10-07' }, 'REQUEST_EVENT_SEQUENCE', 'correctionDue'],
      [[RECEIVED], extension(21), 'EXTENSION_TOO_LONG', 'workingDays'],
      [[RECEIVED], extension(5, '2024-10-31'), 'EXTENSION_AFTER_DUE', 'approvedOn'],
      [[RECEIVED, extension(5)], extension(5, '2024-10-29'), 'SECOND_EXTENSION', undefined],
      [[RECEIVED], { type: 'answered', date: '2024-12-03', outcome: 'granted' }, 'EVENT_IN_FUTURE', 'answeredOn'],
      [[RECEIVED], { type: 'answered', date: '2024-10-03', outcome: 'withheld' as never }, 'UNKNOWN_OUTCOME', 'outcome'],
      [[RECEIVED, extension(5)], { type: 'consultation_started', date: '2024-10-20', party: '某某公司' }, 'REQUEST_EVENT_SEQUENCE', 'startedOn'],
      [[RECEIVED], { type: 'correction_received', date: '2024-10-20' }, 'REQUEST_EVENT_SEQUENCE', undefined],
    ];
    const fields: Record<string, string> = { correction_requested: 'sentOn', extension_approved: 'approvedOn', answered: 'answeredOn', consultation_started: 'startedOn', correction_received: 'receivedOn' };
    for (const [events, event, code, field] of cases) {
      const error = refusal(() => checkRequestEvent(context(events), event, fields[event.type]));
      expect([event.type, error.code, error.field]).toEqual([event.type, code, field]);
    }
  });

  it('knows every code the clock refuses with', () => {
    const errors = [
      new RequestEventSequenceError('x', 0),
      new ReceiptInFutureError('2024-01-02', '2024-01-01'),
      new EventInFutureError('x', '2024-01-02', '2024-01-01', 1),
      new SecondCorrectionNoticeError('2024-01-01', 1),
      new CorrectionNoticeLateError('2024-01-02', '2024-01-01', 1),
      new SecondExtensionError('2024-01-01', 1),
      new ExtensionWithoutApproverError(1),
      new ExtensionTooLongError(21, 1),
      new InvalidExtensionError(0, 1),
      new ExtensionAfterDueError('2024-01-02', '2024-01-01', 1),
      new UnknownOutcomeError('x', 1),
    ];
    for (const error of errors) expect(REQUEST_RULE_CODES).toContain(error.code);
  });
});

describe('checkExtensionApprover', () => {
  it('lets only the office (coordinator or admin) approve an extension', () => {
    expect(refusal(() => checkExtensionApprover(['unit_contact', 'signer'])).code).toBe('EXTENSION_NEEDS_OFFICE_HEAD');
    expect(() => checkExtensionApprover(['coordinator'])).not.toThrow();
    expect(() => checkExtensionApprover(['admin'])).not.toThrow();
  });
});

describe('requestSnapshot', () => {
  it('shows a request closed in row （六）1 as abandoned, and a late answer as a breach', () => {
    const notice: RequestEvent = { type: 'correction_requested', date: '2024-10-08', correctionDue: '2024-10-22' };
    const closed: RequestEvent = { type: 'answered', date: '2024-10-23', outcome: 'other.correction_not_made' };
    expect(requestSnapshot(requestClock([RECEIVED, notice, closed], { today: '2024-12-02' }))).toMatchObject({
      status: 'abandoned',
      outcome: 'other.correction_not_made',
      answeredOn: '2024-10-23',
      dueOn: null,
      correctionDue: '2024-10-22',
      breached: false,
    });
    const late: RequestEvent = { type: 'answered', date: '2024-11-01', outcome: 'granted' };
    expect(requestSnapshot(requestClock([RECEIVED, late], { today: '2024-12-02' }))).toMatchObject({
      status: 'answered_late',
      dueOn: '2024-10-30',
      breached: true,
      overdueWorkingDays: 2,
    });
  });
});

describe('stored records', () => {
  it('give back the very events they were written from, and nothing for the system’s own records', () => {
    const events: RequestEvent[] = [
      RECEIVED,
      { type: 'correction_requested', date: '2024-09-30', correctionDue: '2024-10-15' },
      { type: 'correction_received', date: '2024-10-16', goodReason: '邮政延误' },
      { type: 'consultation_started', date: '2024-10-17', party: '某某公司' },
      { type: 'consultation_ended', date: '2024-10-18', party: '某某公司' },
      { type: 'extension_approved', date: '2024-10-21', workingDays: 10, approver: '王某' },
      { type: 'answered', date: '2024-10-22', outcome: 'partly_granted' },
    ];
    for (const event of events) expect(statutoryEvent(event.type, event.date, { ...eventFacts(event), note: 'extra' })).toEqual(event);
    expect(statutoryEvent('reminder_sent', '2024-10-25', { lead: 3 })).toBeNull();
  });
});
