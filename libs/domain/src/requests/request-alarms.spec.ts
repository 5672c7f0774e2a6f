import { defaultCalendar } from '../calendar/default-calendar';
import { shanghaiDate } from '../calendar/iso-date';
import { requestClock } from './request-clock';
import { requestAlarms, checkReminderLeads, type AlarmMemory } from './request-alarms';
import type { RequestEvent } from './request-events';

/*
 * Received Friday 2024-09-27, due Wednesday 2024-10-30 (see request-clock.spec.ts). Three working
 * days before it is Friday 25 October (26-27 Oct is a weekend); one is Tuesday 29 October.
 */
const RECEIVED: RequestEvent = { type: 'received', date: '2024-09-27' };
const at = (shanghai: string) => Date.parse(`${shanghai}+08:00`);
const fresh: AlarmMemory = { remindedLeads: [], breachedDue: null };
const alarms = (events: RequestEvent[], now: number, memory = fresh, leads = [3, 1]) => {
  const clock = requestClock(events, { today: shanghaiDate(new Date(now)) });
  return requestAlarms(clock, leads, memory, now, defaultCalendar());
};

describe('requestAlarms: reminders before the answer is due', () => {
  it('waits until 09:00 three working days before the due date', () => {
    const result = alarms([RECEIVED], at('2024-10-08T12:00:00'));
    expect(result).toMatchObject({ reminder: null, breach: null, abandon: null });
    expect(result.nextAt).toBe(at('2024-10-25T09:00:00'));
  });

  it('reminds then with three working days left, and next waits for the one-day reminder', () => {
    const result = alarms([RECEIVED], at('2024-10-25T09:30:00'));
    expect(result.reminder).toEqual({ lead: 3, due: '2024-10-30', workingDaysLeft: 3 });
    expect(result.memory.remindedLeads).toEqual([3]);
    const after = alarms([RECEIVED], at('2024-10-25T09:30:00'), { remindedLeads: [3], breachedDue: null });
    expect(after.reminder).toBeNull();
    expect(after.nextAt).toBe(at('2024-10-29T09:00:00'));
  });

  it('sends only the most urgent reminder when several came due at once (a request registered late)', () => {
    const result = alarms([RECEIVED], at('2024-10-29T10:00:00'));
    expect(result.reminder).toEqual({ lead: 1, due: '2024-10-30', workingDaysLeft: 1 });
    expect(result.memory.remindedLeads).toEqual([3, 1]);
    const after = alarms([RECEIVED], at('2024-10-29T10:00:00'), { remindedLeads: [3, 1], breachedDue: null });
    expect(after).toMatchObject({ reminder: null, nextAt: at('2024-10-31T00:00:00') });
  });

  it('starts the reminders afresh when an extension moves the due date away', () => {
    const extended: RequestEvent = { type: 'extension_approved', date: '2024-10-28', workingDays: 20, approver: '王某' };
    const result = alarms([RECEIVED, extended], at('2024-10-29T10:00:00'), { remindedLeads: [3], breachedDue: null });
    expect(result.reminder).toBeNull();
    expect(result.memory.remindedLeads).toEqual([]);
    // Due 27 November; three working days before it is Friday 22 November.
    expect(result.nextAt).toBe(at('2024-11-22T09:00:00'));
  });
});

describe('requestAlarms: breach and abandonment', () => {
  it('records the breach once the due day has ended, and once only while the request stays overdue', () => {
    const memory = { remindedLeads: [3, 1], breachedDue: null };
    expect(alarms([RECEIVED], at('2024-10-30T23:59:59'), memory).breach).toBeNull();
    const result = alarms([RECEIVED], at('2024-10-31T00:00:00'), memory);
    expect(result).toMatchObject({ breach: { due: '2024-10-30', overdueWorkingDays: 1 }, reminder: null, nextAt: null });
    expect(result.memory.breachedDue).toBe('2024-10-30');
    const breached = { ...memory, breachedDue: '2024-10-30' };
    expect(alarms([RECEIVED], at('2024-11-05T08:00:00'), breached).breach).toBeNull();
    // An extension entered late moves the due date to 27 November, which has passed too: no second breach.
    const extended: RequestEvent = { type: 'extension_approved', date: '2024-10-28', workingDays: 20, approver: '王某' };
    expect(alarms([RECEIVED, extended], at('2024-12-02T08:00:00'), breached).breach).toBeNull();
  });

  it('records a new breach when an extension gave the request time again and that ran out too', () => {
    const extended: RequestEvent = { type: 'extension_approved', date: '2024-10-28', workingDays: 20, approver: '王某' };
    const breached = { remindedLeads: [3, 1], breachedDue: '2024-10-30' };
    const inTime = alarms([RECEIVED, extended], at('2024-11-04T08:00:00'), breached);
    expect(inTime.memory.breachedDue).toBeNull();
    expect(alarms([RECEIVED, extended], at('2024-11-28T00:00:00'), inTime.memory).breach).toEqual({ due: '2024-11-27', overdueWorkingDays: 1 });
  });

  it('abandons the request the day after the correction window closed', () => {
    const notice: RequestEvent = { type: 'correction_requested', date: '2024-10-08', correctionDue: '2024-10-22' };
    const waiting = alarms([RECEIVED, notice], at('2024-10-22T18:00:00'));
    expect(waiting).toMatchObject({ abandon: null, reminder: null, nextAt: at('2024-10-23T00:00:00') });
    expect(alarms([RECEIVED, notice], at('2024-10-23T00:00:00')).abandon).toEqual({ correctionDue: '2024-10-22' });
  });

  it('looks again each day while a consultation moves the due date on', () => {
    const started: RequestEvent = { type: 'consultation_started', date: '2024-10-09', party: '某某公司' };
    expect(alarms([RECEIVED, started], at('2024-10-14T12:00:00')).nextAt).toBe(at('2024-10-15T00:00:00'));
  });

  it('asks nothing of a request answered', () => {
    const answered: RequestEvent = { type: 'answered', date: '2024-10-10', outcome: 'granted' };
    expect(alarms([RECEIVED, answered], at('2024-11-10T12:00:00'))).toMatchObject({ reminder: null, breach: null, abandon: null, nextAt: null });
  });
});

describe('checkReminderLeads', () => {
  it('accepts distinct whole working days from 1 to 20 and names what is wrong otherwise', () => {
    expect(checkReminderLeads([3, 1])).toBeNull();
    expect(checkReminderLeads([])).toContain('at least one');
    expect(checkReminderLeads([0])).toContain('from 1 to 20');
    expect(checkReminderLeads([21])).toContain('got 21');
    expect(checkReminderLeads([3, 3])).toContain('twice');
  });
});
