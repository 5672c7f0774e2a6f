import { refusal } from '../../../../test/support/rule-refusal';
import { importedRequestEvents, type ImportedSteps } from './imported-request';
import { readClock } from './request-rules';

const context = { today: '2024-12-02', countFrom: 'next_day' as const };
const none: ImportedSteps = {
  receivedOn: '2024-09-27',
  correctionSentOn: null,
  correctionDue: null,
  correctionReceivedOn: null,
  extensionApprovedOn: null,
  extensionWorkingDays: null,
  consultationParty: null,
  consultationStartedOn: null,
  consultationEndedOn: null,
};

describe('importedRequestEvents', () => {
  it('is the receipt alone for a request with no steps, its clock run out if the period has', () => {
    const events = importedRequestEvents(none, '公开办刘', context);
    expect(events).toEqual([{ type: 'received', date: '2024-09-27' }]);
    expect(readClock(events, context).status).toBe('overdue');
  });

  it('puts the steps so far in date order, as the workflow would have recorded them', () => {
    const steps: ImportedSteps = {
      ...none,
      extensionApprovedOn: '2024-10-28',
      extensionWorkingDays: 20,
      consultationParty: '某公司',
      consultationStartedOn: '2024-10-09',
      consultationEndedOn: '2024-10-15',
    };
    expect(importedRequestEvents(steps, '公开办刘', context).map((e) => [e.type, e.date])).toEqual([
      ['received', '2024-09-27'],
      ['consultation_started', '2024-10-09'],
      ['consultation_ended', '2024-10-15'],
      ['extension_approved', '2024-10-28'],
    ]);
  });

  it('refuses steps that contradict each other, naming the column', () => {
    expect(refusal(() => importedRequestEvents({ ...none, extensionApprovedOn: '2024-09-20', extensionWorkingDays: 10 }, '刘', context))).toMatchObject({
      code: 'REQUEST_EVENT_SEQUENCE',
      field: 'extensionApprovedOn',
    });
    const backwards = { ...none, consultationParty: '某公司', consultationStartedOn: '2024-10-15', consultationEndedOn: '2024-10-09' };
    expect(refusal(() => importedRequestEvents(backwards, '刘', context))).toMatchObject({ code: 'REQUEST_EVENT_SEQUENCE', field: 'consultationEndedOn' });
    expect(refusal(() => importedRequestEvents({ ...none, correctionReceivedOn: '2024-10-10' }, '刘', context))).toMatchObject({ code: 'IMPORTED_STEP_INCOMPLETE', field: 'correctionSentOn' });
    expect(refusal(() => importedRequestEvents({ ...none, extensionApprovedOn: '2024-10-28', extensionWorkingDays: 25 }, '刘', context)).field).toBe('extensionWorkingDays');
    expect(refusal(() => importedRequestEvents({ ...none, receivedOn: '2025-01-06' }, '刘', context))).toMatchObject({ code: 'RECEIPT_IN_FUTURE', field: 'receivedOn' });
  });
});
