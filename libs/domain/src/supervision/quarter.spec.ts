import { QuarterNotEndedError } from './errors';
import {
  assertQuarterEnded,
  hasQuarterEnded,
  isInQuarter,
  nextQuarter,
  parseQuarterKey,
  previousQuarter,
  quarterFirstDay,
  quarterKey,
  quarterLabel,
  quarterLastDay,
  quarterOf,
} from './quarter';

describe('quarters', () => {
  it('places a date in its quarter', () => {
    expect(quarterOf('2024-10-03')).toEqual({ year: 2024, quarter: 4 });
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-04-01')).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf('2026-09-30')).toEqual({ year: 2026, quarter: 3 });
  });

  it('knows the first and last day of each quarter', () => {
    const q = (quarter: 1 | 2 | 3 | 4) => [quarterFirstDay({ year: 2024, quarter }), quarterLastDay({ year: 2024, quarter })];
    expect([q(1), q(2), q(3), q(4)]).toEqual([
      ['2024-01-01', '2024-03-31'],
      ['2024-04-01', '2024-06-30'],
      ['2024-07-01', '2024-09-30'],
      ['2024-10-01', '2024-12-31'],
    ]);
    expect(isInQuarter('2024-09-30', { year: 2024, quarter: 3 })).toBe(true);
    expect(isInQuarter('2024-10-01', { year: 2024, quarter: 3 })).toBe(false);
  });

  it('has not ended on its last day, and has the day after', () => {
    const q3 = { year: 2026, quarter: 3 } as const;
    expect(hasQuarterEnded(q3, '2026-09-30')).toBe(false);
    expect(hasQuarterEnded(q3, '2026-10-01')).toBe(true);
    expect(hasQuarterEnded(q3, '2026-07-15')).toBe(false);
  });

  it('refuses a trigger for a quarter not yet ended with a named error', () => {
    expect(() => assertQuarterEnded({ year: 2026, quarter: 3 }, '2026-10-01')).not.toThrow();
    let error: unknown;
    try {
      assertQuarterEnded({ year: 2026, quarter: 3 }, '2026-09-15');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QuarterNotEndedError);
    expect(error).toMatchObject({ code: 'QUARTER_NOT_ENDED', quarter: '2026-Q3', asOf: '2026-09-15', lastDay: '2026-09-30' });
    expect((error as Error).message).toBe('2026-Q3 于 2026-09-30 结束，截至 2026-09-15 尚未结束：季度结束后才能排名通报');
  });

  it('steps across the year boundary', () => {
    expect(previousQuarter({ year: 2026, quarter: 1 })).toEqual({ year: 2025, quarter: 4 });
    expect(previousQuarter({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 2 });
    expect(nextQuarter({ year: 2025, quarter: 4 })).toEqual({ year: 2026, quarter: 1 });
  });

  it('has a storage key and a Chinese label', () => {
    expect(quarterKey({ year: 2026, quarter: 3 })).toBe('2026-Q3');
    expect(parseQuarterKey('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarterKey('2026-Q5')).toBeNull();
    expect(quarterLabel({ year: 2026, quarter: 3 })).toBe('2026年第3季度');
  });

  it('refuses a quarter that does not exist', () => {
    expect(() => quarterLabel({ year: 2026, quarter: 5 as never })).toThrow(RangeError);
    expect(() => quarterFirstDay({ year: 26, quarter: 1 })).toThrow(RangeError);
  });
});
