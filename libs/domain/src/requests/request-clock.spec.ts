import { createCalendar } from '../calendar/working-day-calendar';
import { BUNDLED_CALENDAR_YEARS } from '../calendar/data';
import { CalendarNotCoveredError } from '../calendar/errors';
import {
  CorrectionNoticeLateError,
  EventInFutureError,
  ExtensionAfterDueError,
  ExtensionTooLongError,
  ExtensionWithoutApproverError,
  InvalidExtensionError,
  ReceiptInFutureError,
  RequestClockError,
  RequestEventSequenceError,
  SecondCorrectionNoticeError,
  SecondExtensionError,
  UnknownOutcomeError,
} from './errors';
import { requestClock } from './request-clock';
import type { RequestEvent } from './request-events';

/*
 * A request received on Friday 2024-09-27, just before National Day. By hand, from the 2024
 * notice (国办发明电〔2023〕7号): Sat 28 Sep off; Sun 29 Sep worked (day 1); Mon 30 Sep (2);
 * 1-7 Oct off; 8-11 Oct (3-6); Sat 12 Oct worked (7); 14-18 Oct (8-12); 21-25 Oct (13-17);
 * 28 Oct (18), 29 Oct (19), Wed 30 Oct (20); 31 Oct (21), 1 Nov (22), 4-8 Nov (23-27), ...
 */
const RECEIVED: RequestEvent = { type: 'received', date: '2024-09-27' };
const clock = (events: RequestEvent[], today: string, options = {}) => requestClock(events, { today, ...options });

describe('requestClock: the answer period of art. 33', () => {
  it('runs 20 working days from the day after receipt, over National Day, to Wednesday 2024-10-30', () => {
    const result = clock([RECEIVED], '2024-10-08');
    expect(result.status).toBe('in_progress');
    expect(result.clockStart).toBe('2024-09-27');
    expect(result.due!.due).toBe('2024-10-30');
    expect(result.due!.counted.slice(0, 3)).toEqual(['2024-09-29', '2024-09-30', '2024-10-08']);
    expect(result.due!.counted).toContain('2024-10-12');
    expect(result.due!.skipped.filter((d) => d.kind === 'holiday')).toHaveLength(7);
    expect(result.workingDaysLeft).toBe(17); // 9 Oct .. 30 Oct
    expect(result.overdueWorkingDays).toBe(0);
    expect(result.explanation).toContain('2024-09-27收到申请；答复期限20个工作日。');
    expect(result.explanation).toContain('自2024-09-27次日起算20个工作日，至2024-10-30（星期三）届满');
    expect(result.explanation).toContain('调休上班日2024-09-29、2024-10-12计入');
  });

  it('counts the receipt day itself under the same_day reading: due Tuesday 2024-10-29', () => {
    const result = clock([RECEIVED], '2024-10-08', { countFrom: 'same_day' });
    expect(result.due!.due).toBe('2024-10-29');
    expect(result.due!.counted[0]).toBe('2024-09-27');
  });

  it('is overdue by 4 working days on 2024-11-05 (31 Oct, 1, 4 and 5 Nov)', () => {
    const result = clock([RECEIVED], '2024-11-05');
    expect(result).toMatchObject({ status: 'overdue', overdueWorkingDays: 4, workingDaysLeft: null });
    expect(result.explanation).toContain('截至2024-11-05已超过2024-10-30届满日4个工作日，尚未答复。');
  });

  it('is overdue but 0 working days late on the Saturday after a Friday due date', () => {
    const result = clock([{ type: 'received', date: '2024-11-01' }], '2024-11-30');
    expect(result.due!.due).toBe('2024-11-29');
    expect(result).toMatchObject({ status: 'overdue', overdueWorkingDays: 0 });
  });

  it('measures the breach at the answer: answered Friday 2024-11-01 is 2 working days late', () => {
    const events: RequestEvent[] = [RECEIVED, { type: 'answered', date: '2024-11-01', outcome: 'granted' }];
    const result = clock(events, '2024-12-02');
    expect(result).toMatchObject({ status: 'answered_late', overdueWorkingDays: 2, outcome: 'granted' });
  });

  it('is on time when answered on the due date', () => {
    const answered: RequestEvent = { type: 'answered', date: '2024-10-30', outcome: 'unavailable.not_held' };
    const events = [RECEIVED, answered];
    const result = clock(events, '2024-12-02');
    expect(result).toMatchObject({ status: 'answered', overdueWorkingDays: 0, outcome: 'unavailable.not_held' });
    expect(result.explanation).toContain('2024-10-30答复，未超过2024-10-30届满日。');
  });
});

describe('requestClock: correction (art. 30)', () => {
  it('allows the notice up to the 7th working day, Saturday 2024-10-12, and refuses it on Monday 14 October', () => {
    expect(clock([RECEIVED], '2024-10-08').correctionNoticeDue).toBe('2024-10-12');
    const onTime: RequestEvent = { type: 'correction_requested', date: '2024-10-12', correctionDue: '2024-10-25' };
    expect(clock([RECEIVED, onTime], '2024-10-12').status).toBe('awaiting_correction');
    const late: RequestEvent = { type: 'correction_requested', date: '2024-10-14', correctionDue: '2024-10-25' };
    expect(() => clock([RECEIVED, late], '2024-10-14')).toThrow(CorrectionNoticeLateError);
    expect(() => clock([RECEIVED, late], '2024-10-14')).toThrow(
      '补正通知2024-10-14发出，晚于收到申请之日起7个工作日的最后一天2024-10-12（《条例》第三十条）',
    );
  });

  it('stops the clock until the corrected request, then runs 20 working days from it: 16 Oct -> 13 Nov', () => {
    const notice: RequestEvent = { type: 'correction_requested', date: '2024-10-08', correctionDue: '2024-10-22' };
    const waiting = clock([RECEIVED, notice], '2024-10-10');
    expect(waiting).toMatchObject({ status: 'awaiting_correction', due: null, clockStart: null, outcome: null });
    // 17-18 Oct (2), 21-25 Oct (7), 28 Oct-1 Nov (12), 4-8 Nov (17), 11-13 Nov (20).
    const corrected = clock([RECEIVED, notice, { type: 'correction_received', date: '2024-10-16' }], '2024-10-16');
    expect(corrected).toMatchObject({ status: 'in_progress', clockStart: '2024-10-16' });
    expect(corrected.due!.due).toBe('2024-11-13');
    expect(corrected.explanation).toContain('2024-10-16收到补正后的申请，答复期限自该日起重新计算');
  });

  it('treats a correction not made by the requester’s deadline as abandoned, counted in （六）1', () => {
    const notice: RequestEvent = { type: 'correction_requested', date: '2024-10-08', correctionDue: '2024-10-22' };
    expect(clock([RECEIVED, notice], '2024-10-22').status).toBe('awaiting_correction');
    const abandoned = clock([RECEIVED, notice], '2024-10-23');
    expect(abandoned).toMatchObject({ status: 'abandoned', outcome: 'other.correction_not_made', due: null });
    const late = clock([RECEIVED, notice, { type: 'correction_received', date: '2024-10-24' }], '2024-10-24');
    expect(late.status).toBe('abandoned');
    expect(late.explanation).toContain('申请人2024-10-24才补正，已逾期且无正当理由，视为放弃申请');
    const excused = clock(
      [RECEIVED, notice, { type: 'correction_received', date: '2024-10-24', goodReason: '邮政延误' }],
      '2024-10-24',
    );
    expect(excused).toMatchObject({ status: 'in_progress', clockStart: '2024-10-24' });
  });

  it('allows one correction notice only', () => {
    const events: RequestEvent[] = [
      RECEIVED,
      { type: 'correction_requested', date: '2024-09-30', correctionDue: '2024-10-15' },
      { type: 'correction_requested', date: '2024-10-08', correctionDue: '2024-10-22' },
    ];
    expect(() => clock(events, '2024-10-08')).toThrow(SecondCorrectionNoticeError);
    const refusal = expect.objectContaining({ eventIndex: 2, firstNoticeOn: '2024-09-30' });
    expect(() => clock(events, '2024-10-08')).toThrow(refusal);
  });
});

describe('requestClock: extension (art. 33)', () => {
  const extension = (over: Partial<Extract<RequestEvent, { type: 'extension_approved' }>> = {}): RequestEvent => ({
    type: 'extension_approved',
    date: '2024-10-28',
    workingDays: 20,
    approver: '政务公开办主任 王某',
    ...over,
  });

  it('adds up to 20 working days: due Wednesday 2024-11-27', () => {
    // From 30 Oct: 31 Oct-1 Nov (2), 4-8 Nov (7), 11-15 Nov (12), 18-22 Nov (17), 25-27 Nov (20).
    const result = clock([RECEIVED, extension()], '2024-10-31');
    expect(result.due!.due).toBe('2024-11-27');
    expect(result.extension).toEqual({ approvedOn: '2024-10-28', workingDays: 20, approver: '政务公开办主任 王某' });
    expect(result.explanation).toContain('经政务公开办主任 王某于2024-10-28批准延长20个工作日');
  });

  it('refuses a second extension', () => {
    const events = [RECEIVED, extension({ workingDays: 5 }), extension({ date: '2024-10-29', workingDays: 5 })];
    expect(() => clock(events, '2024-10-31')).toThrow(SecondExtensionError);
  });

  it('refuses an extension without an approver, longer than 20 days, or of no days', () => {
    expect(() => clock([RECEIVED, extension({ approver: ' ' })], '2024-10-31')).toThrow(ExtensionWithoutApproverError);
    expect(() => clock([RECEIVED, extension({ workingDays: 21 })], '2024-10-31')).toThrow(ExtensionTooLongError);
    expect(() => clock([RECEIVED, extension({ workingDays: 21 })], '2024-10-31')).toThrow('延长21个工作日超过');
    expect(() => clock([RECEIVED, extension({ workingDays: 0 })], '2024-10-31')).toThrow(InvalidExtensionError);
    expect(() => clock([RECEIVED, extension({ workingDays: 2.5 })], '2024-10-31')).toThrow(InvalidExtensionError);
  });

  it('refuses an extension approved after the period ran out', () => {
    expect(() => clock([RECEIVED, extension({ date: '2024-10-31' })], '2024-10-31')).toThrow(ExtensionAfterDueError);
    expect(clock([RECEIVED, extension({ date: '2024-10-30' })], '2024-10-31').due!.due).toBe('2024-11-27');
  });
});

describe('requestClock: third-party consultation (art. 32)', () => {
  const started: RequestEvent = { type: 'consultation_started', date: '2024-10-09', party: '某某公司' };
  const ended: RequestEvent = { type: 'consultation_ended', date: '2024-10-15', party: '某某公司' };

  it('does not count the 5 working days consulted (10, 11, 12, 14, 15 Oct): due 2024-11-06', () => {
    const result = clock([RECEIVED, started, ended], '2024-10-16');
    expect(result.pausedWorkingDays).toBe(5);
    expect(result.consultations).toEqual([
      { party: '某某公司', started: '2024-10-09', ended: '2024-10-15', opinionDue: '2024-10-29', pausedWorkingDays: 5 },
    ]);
    // Day 20 is 30 Oct; five more: 31 Oct, 1, 4, 5, 6 Nov.
    expect(result.due!.due).toBe('2024-11-06');
    expect(result.due!.workingDays).toBe(25);
    expect(result.explanation).toContain('征求“某某公司”意见2024-10-09至2024-10-15（意见期限至2024-10-29）不计入5个工作日');
  });

  it('moves the due date on while the consultation is open', () => {
    const result = clock([RECEIVED, started], '2024-10-14');
    expect(result).toMatchObject({ status: 'consulting', dueMoves: true, pausedWorkingDays: 4 });
    expect(result.due!.due).toBe('2024-11-05');
    expect(clock([RECEIVED, started], '2024-10-15').due!.due).toBe('2024-11-06');
  });

  it('holds the clock for the third party’s 15 working days at most (to 29 Oct): due 2024-11-20', () => {
    const result = clock([RECEIVED, started], '2024-11-20');
    expect(result.pausedWorkingDays).toBe(15);
    expect(result.due!.due).toBe('2024-11-20');
    expect(result).toMatchObject({ status: 'in_progress', dueMoves: false, workingDaysLeft: 0 });
  });

  it('counts overlapping consultations once', () => {
    const events: RequestEvent[] = [
      RECEIVED,
      started,
      { type: 'consultation_started', date: '2024-10-11', party: '某某研究所' },
      ended,
      { type: 'consultation_ended', date: '2024-10-17', party: '某某研究所' },
    ];
    const result = clock(events, '2024-10-18');
    expect(result.consultations.map((c) => c.pausedWorkingDays)).toEqual([5, 5]);
    expect(result.pausedWorkingDays).toBe(7); // 10, 11, 12, 14, 15, 16, 17 Oct
    expect(result.due!.due).toBe('2024-11-08');
  });

  it('combines a consultation with an extension: 20 + 20 + 5 working days, due 2024-12-04', () => {
    const events: RequestEvent[] = [
      RECEIVED,
      started,
      ended,
      { type: 'extension_approved', date: '2024-10-28', workingDays: 20, approver: '王某' },
    ];
    expect(clock(events, '2024-11-01').due!.due).toBe('2024-12-04');
  });

  it('moves nothing when the consultation began after the period ran out', () => {
    const late: RequestEvent = { type: 'consultation_started', date: '2024-11-04', party: '某某公司' };
    const result = clock([RECEIVED, late], '2024-11-05');
    expect(result.due!.due).toBe('2024-10-30');
    expect(result).toMatchObject({ status: 'overdue', pausedWorkingDays: 0, overdueWorkingDays: 4 });
    expect(result.consultations[0].pausedWorkingDays).toBe(0);
  });

  it('refuses an end without a start', () => {
    expect(() => clock([RECEIVED, ended], '2024-10-16')).toThrow(RequestEventSequenceError);
  });
});

describe('requestClock refuses impossible records', () => {
  it('a receipt date after today', () => {
    expect(() => clock([RECEIVED], '2024-09-26')).toThrow(ReceiptInFutureError);
    expect(() => clock([RECEIVED], '2024-09-26')).toThrow('收到申请日期2024-09-27晚于今天2024-09-26');
  });

  it('any other event after today', () => {
    const events: RequestEvent[] = [RECEIVED, { type: 'answered', date: '2024-10-10', outcome: 'granted' }];
    expect(() => clock(events, '2024-10-09')).toThrow(EventInFutureError);
  });

  it('events out of date order, a list not starting with the receipt, an event after the answer', () => {
    const answered: RequestEvent = { type: 'answered', date: '2024-10-10', outcome: 'granted' };
    const earlier = { ...answered, date: '2024-10-09' };
    expect(() => clock([RECEIVED, answered, earlier], '2024-10-11')).toThrow(RequestEventSequenceError);
    expect(() => clock([answered], '2024-10-11')).toThrow('第一条记录必须是“收到申请”');
    const again = { ...answered, date: '2024-10-11' };
    expect(() => clock([RECEIVED, answered, again], '2024-10-11')).toThrow('申请已于2024-10-10答复办结');
  });

  it('an outcome that is not a row of the annual report', () => {
    const events = [RECEIVED, { type: 'answered', date: '2024-10-10', outcome: 'withheld' } as unknown as RequestEvent];
    expect(() => clock(events, '2024-10-11')).toThrow(UnknownOutcomeError);
  });

  it('every refusal is a RequestClockError with a code', () => {
    try {
      clock([RECEIVED], '2024-09-26');
    } catch (error) {
      expect(error).toBeInstanceOf(RequestClockError);
      expect((error as RequestClockError).code).toBe('RECEIPT_IN_FUTURE');
    }
    expect.assertions(2);
  });
});

describe('requestClock and the calendar', () => {
  it('uses the calendar it is given and refuses a period beyond it', () => {
    const only2024 = createCalendar(BUNDLED_CALENDAR_YEARS.filter((y) => y.year === 2024));
    expect(() => clock([{ type: 'received', date: '2024-12-20' }], '2024-12-20', { calendar: only2024 })).toThrow(
      CalendarNotCoveredError,
    );
    const provisional = clock([{ type: 'received', date: '2024-12-20' }], '2024-12-20', {
      calendar: only2024,
      beyondCoverage: 'provisional',
    });
    // 23-27 Dec (5), 30-31 Dec (7), then 2025 assumed Monday to Friday: 1-3 Jan (10), 6-10 (15), 13-17 (20).
    expect(provisional.due).toMatchObject({ due: '2025-01-17', provisional: true });
    expect(provisional.workingDaysLeft).toBe(20);
  });

  it('returns plain JSON', () => {
    const result = clock([RECEIVED, { type: 'consultation_started', date: '2024-10-09', party: '某某公司' }], '2024-10-14');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
