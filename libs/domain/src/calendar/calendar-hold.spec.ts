import { CalendarHoldError, checkHoldDecision, holdAfter, holdWhole, type CalendarHold } from './calendar-hold';

const years = [{ year: 2026, notice: '国办发明电〔2025〕7号', title: 't', published: '2025-11-04', holidays: [], makeupWorkdays: [] }];
const published = { version: 9, year: 2026, notice: '更正〔2026〕1号' };
const answer = { kind: 'request_answer' as const, from: '2026-11-20', to: '2026-11-23', held: true };
const notice = { kind: 'request_correction_notice' as const, from: '2026-11-10', to: '2026-11-11', held: false };

const codeOf = (check: () => void) => {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarHoldError);
    return { code: (error as CalendarHoldError).code, field: (error as CalendarHoldError).field };
  }
  return null;
};

describe('holdWhole', () => {
  it('holds every deadline of a case once one is held, so the case counts on one calendar', () => {
    expect(holdWhole([answer, notice]).map((m) => m.held)).toEqual([true, true]);
  });
  it('leaves a case with nothing held as it is', () => {
    expect(holdWhole([notice])).toEqual([notice]);
  });
});

describe('holdAfter', () => {
  it('puts a case on the calendar it counts on when a move is held, with what the publication would move', () => {
    expect(holdAfter(null, [answer], { years, label: 'cn-a' }, published)).toEqual({
      years,
      label: 'cn-a',
      published,
      moves: [{ kind: 'request_answer', from: '2026-11-20', wouldBe: '2026-11-23' }],
      kept: null,
    });
  });
  it('keeps the held calendar through a later publication, and asks for a decision anew', () => {
    const kept: CalendarHold = { years, label: 'cn-old', published, moves: [], kept: { by: '刘', on: '2026-11-25', reason: '维持' } };
    const next = holdAfter(kept, [answer], { years: [], label: 'cn-new' }, { ...published, version: 10 });
    expect(next).toMatchObject({ years, label: 'cn-old', published: { version: 10 }, kept: null });
  });
  it('releases a case when nothing it acted on moves', () => {
    expect(holdAfter(null, [notice], { years, label: 'cn-a' }, published)).toBeNull();
  });
});

describe('checkHoldDecision', () => {
  const hold: CalendarHold = { years, label: 'cn-a', published, moves: [], kept: null };
  it('lets a coordinator or an admin decide a pending hold with a reason', () => {
    expect(codeOf(() => checkHoldDecision(hold, 'apply', ['coordinator'], '适用'))).toBeNull();
    expect(codeOf(() => checkHoldDecision(hold, 'keep', ['admin'], '维持'))).toBeNull();
  });
  it('refuses a unit contact, before saying anything about the case', () => {
    expect(codeOf(() => checkHoldDecision(null, 'apply', ['unit_contact'], '适用'))).toEqual({ code: 'CALENDAR_HOLD_NEEDS_COORDINATOR', field: undefined });
  });
  it('refuses a case with no hold, a hold already kept, and a blank reason (naming the field)', () => {
    expect(codeOf(() => checkHoldDecision(null, 'apply', ['coordinator'], '适用'))?.code).toBe('CALENDAR_HOLD_NONE');
    expect(codeOf(() => checkHoldDecision({ ...hold, kept: { by: '刘', on: '2026-11-25', reason: '维持' } }, 'apply', ['coordinator'], '适用'))?.code).toBe('CALENDAR_HOLD_DECIDED');
    expect(codeOf(() => checkHoldDecision(hold, 'keep', ['coordinator'], '  '))).toEqual({ code: 'CALENDAR_HOLD_REASON_REQUIRED', field: 'reason' });
  });
});
