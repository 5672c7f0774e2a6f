import { checkRegistrationCorrection, checkRequestTransfer, registrationChanges, requestCaseChanges, type Registration } from './request-changes';
import type { RequestEvent } from './request-events';
import { refusal } from '../../../../test/support/rule-refusal';
import { readClock } from './request-rules';

const RECEIVED: RequestEvent = { type: 'received', date: '2024-09-27' };
const context = (events: RequestEvent[], today = '2024-10-15') => ({ events, today, countFrom: 'next_day' as const });
const registration: Registration = {
  requesterName: '张三',
  requesterContact: '13800000000',
  content: '请公开2024年预算',
  receiptChannel: 'in_person',
  requesterType: 'natural_person',
  receivedOn: '2024-09-27',
};
const answered: RequestEvent = { type: 'answered', date: '2024-10-10', outcome: 'granted' };

describe('registrationChanges', () => {
  it('keeps each changed field with the value it replaced, trimmed, and leaves the rest', () => {
    expect(registrationChanges(registration, { requesterName: ' 张叁 ', requesterContact: '13800000000' })).toEqual([
      { field: 'requesterName', from: '张三', to: '张叁' },
    ]);
  });

  it('refuses a correction that changes nothing', () => {
    expect(refusal(() => registrationChanges(registration, { content: '请公开2024年预算 ' })).code).toBe('CORRECTION_UNCHANGED');
  });
});

describe('checkRegistrationCorrection', () => {
  const coordinator = ['coordinator'] as const;
  const contact = ['unit_contact'] as const;

  it('lets the unit correct the requester name, contact, content and channel without touching the clock', () => {
    const changes = registrationChanges(registration, { requesterName: '张叁', receiptChannel: 'online' });
    expect(checkRegistrationCorrection(context([RECEIVED]), changes, contact, null)).toEqual([RECEIVED]);
  });

  it('leaves the receipt date and requester type to the office, with a reason', () => {
    const type = registrationChanges(registration, { requesterType: 'commercial_enterprise' });
    expect(refusal(() => checkRegistrationCorrection(context([RECEIVED]), type, contact, '登记错误'))).toMatchObject({ code: 'CORRECTION_NEEDS_OFFICE', field: 'requesterType' });
    expect(refusal(() => checkRegistrationCorrection(context([RECEIVED]), type, coordinator, '  '))).toMatchObject({ code: 'CORRECTION_NEEDS_REASON', field: 'reason' });
    expect(checkRegistrationCorrection(context([RECEIVED]), type, coordinator, '登记错误')).toEqual([RECEIVED]);
  });

  it('moves the receipt so the clock follows it', () => {
    const changes = registrationChanges(registration, { receivedOn: '2024-09-20' });
    const events = checkRegistrationCorrection(context([RECEIVED]), changes, coordinator, '收件登记有误');
    expect(events).toEqual([{ type: 'received', date: '2024-09-20' }]);
    expect(readClock(events, context(events)).due?.due).not.toBe(readClock([RECEIVED], context([RECEIVED])).due?.due);
  });

  it('refuses a receipt after a later step, ahead of today, or in another year, naming receivedOn', () => {
    const notice: RequestEvent = { type: 'correction_requested', date: '2024-09-30', correctionDue: '2024-10-14' };
    const after = registrationChanges(registration, { receivedOn: '2024-10-08' });
    expect(refusal(() => checkRegistrationCorrection(context([RECEIVED, notice]), after, coordinator, '有误'))).toMatchObject({ code: 'REQUEST_EVENT_SEQUENCE', field: 'receivedOn' });
    const ahead = registrationChanges(registration, { receivedOn: '2024-10-20' });
    expect(refusal(() => checkRegistrationCorrection(context([RECEIVED]), ahead, coordinator, '有误'))).toMatchObject({ code: 'RECEIPT_IN_FUTURE', field: 'receivedOn' });
    const lastYear = registrationChanges(registration, { receivedOn: '2023-12-29' });
    expect(refusal(() => checkRegistrationCorrection(context([RECEIVED]), lastYear, coordinator, '有误'))).toMatchObject({ code: 'RECEIPT_YEAR_CHANGE', field: 'receivedOn' });
  });

  it('refuses any correction of a closed request', () => {
    const changes = registrationChanges(registration, { receivedOn: '2024-09-26' });
    expect(refusal(() => checkRegistrationCorrection(context([RECEIVED, answered]), changes, coordinator, '有误')).code).toBe('REQUEST_CLOSED');
  });
});

describe('checkRequestTransfer', () => {
  it('hands an open request to another active unit', () => {
    expect(() => checkRequestTransfer([RECEIVED], 'u1', { id: 'u2', name: '区民政局', active: true })).not.toThrow();
  });

  it('refuses the same unit, an inactive one and a closed request', () => {
    expect(refusal(() => checkRequestTransfer([RECEIVED], 'u1', { id: 'u1', name: '区教育局', active: true }))).toMatchObject({ code: 'REQUEST_TRANSFER_INVALID', field: 'unitId' });
    expect(refusal(() => checkRequestTransfer([RECEIVED], 'u1', { id: 'u3', name: '区撤并局', active: false }))).toMatchObject({ code: 'REQUEST_TRANSFER_INVALID', field: 'unitId' });
    expect(refusal(() => checkRequestTransfer([RECEIVED, answered], 'u1', { id: 'u2', name: '区民政局', active: true })).code).toBe('REQUEST_CLOSED');
  });
});

describe('requestCaseChanges', () => {
  it('offers a unit the correction of its fields, and the office 转办 and the receipt date and requester type too', () => {
    expect(requestCaseChanges([RECEIVED], ['unit_contact'])).toEqual(['correct']);
    expect(requestCaseChanges([RECEIVED], ['coordinator'])).toEqual(['transfer', 'correct', 'correctOfficeFields']);
  });

  it('offers nothing on a closed request, as the checks refuse it', () => {
    expect(requestCaseChanges([RECEIVED, answered], ['coordinator'])).toEqual([]);
    expect(refusal(() => checkRequestTransfer([RECEIVED, answered], 'u1', { id: 'u2', name: '区民政局', active: true })).code).toBe('REQUEST_CLOSED');
  });
});
