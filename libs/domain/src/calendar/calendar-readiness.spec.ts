import { calendarReadiness } from './calendar-readiness';

describe('calendarReadiness', () => {
  it('warns from 1 November while next year is not loaded', () => {
    expect(calendarReadiness('2026-10-31', 2026)).toEqual({ nextYear: 2027, loaded: false, warnFrom: '2026-11-01', warning: false });
    expect(calendarReadiness('2026-11-01', 2026)).toMatchObject({ warning: true });
    expect(calendarReadiness('2026-12-31', 2026)).toMatchObject({ warning: true });
  });

  it('is quiet once next year is in force, and on 1 January counts the year after', () => {
    expect(calendarReadiness('2026-12-02', 2027)).toEqual({ nextYear: 2027, loaded: true, warnFrom: '2026-11-01', warning: false });
    expect(calendarReadiness('2027-01-01', 2027)).toEqual({ nextYear: 2028, loaded: false, warnFrom: '2027-11-01', warning: false });
  });
});
