import { yearCalendar } from './year-calendar';

describe('yearCalendar', () => {
  it('lays out holidays, make-up days and weekends, weeks from Monday', () => {
    const months = yearCalendar({ year: 2027, holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-08' }], makeupWorkdays: [{ date: '2027-01-10', for: '元旦' }] });
    expect(months).toHaveLength(12);
    const january = months[0];
    // 2027-01-01 is a Friday: four empty cells (Monday to Thursday) before it.
    expect(january.lead).toBe(4);
    expect(january.days).toHaveLength(31);
    expect(january.days.slice(0, 11).map((d) => d.kind)).toEqual(['holiday', 'holiday', 'holiday', 'holiday', 'holiday', 'holiday', 'holiday', 'holiday', 'weekend', 'makeup', 'workday']);
    expect(january.days[9]).toEqual({ date: '2027-01-10', day: 10, kind: 'makeup', name: '元旦' });
    expect(months[1].days).toHaveLength(28);
  });
});
