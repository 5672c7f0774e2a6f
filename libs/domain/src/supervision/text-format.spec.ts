import { chineseDate, chineseOrdinal, percent, roundTo2, twoDecimals } from './text-format';

describe('text formatting for mails and circulars', () => {
  it('writes dates the way official letters do', () => {
    expect(chineseDate('2024-10-08')).toBe('2024年10月8日');
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日');
  });

  it('rounds half up at two decimals, even where binary fractions fall just short', () => {
    // 84.995 and 1.005 are stored as 84.99499… and 1.00499…; printed scores must still round up.
    expect(roundTo2(84.995)).toBe(85);
    expect(roundTo2(1.005)).toBe(1.01);
    expect(twoDecimals(57.625)).toBe('57.63');
    expect(twoDecimals(57.61904761904762)).toBe('57.62');
    expect(twoDecimals(100)).toBe('100.00');
  });

  it('prints shares as percentages with one decimal, and — for nothing measured', () => {
    expect(percent(4 / 7)).toBe('57.1%');
    expect(percent(2 / 3)).toBe('66.7%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(0)).toBe('0.0%');
    expect(percent(null)).toBe('—');
  });

  it('numbers sections 一 to 十', () => {
    expect([1, 2, 5, 10].map(chineseOrdinal)).toEqual(['一', '二', '五', '十']);
    expect(() => chineseOrdinal(11)).toThrow(RangeError);
  });
});
