import { yearGap } from './calendar-years';

describe('yearGap', () => {
  const held = [2022, 2020, 2021];

  it('lets a year held already (a correction) or the next one join', () => {
    for (const year of [2020, 2021, 2022, 2023]) expect(yearGap(year, held)).toBeNull();
  });

  it('refuses a year past the next, naming the one missing', () => {
    expect(yearGap(2024, held)).toBe('2024 年与日历现有的 2020–2022 年不连续：须先有 2023 年的节假日安排');
    expect(yearGap(2030, [2026])).toBe('2030 年与日历现有的 2026 年不连续：须先有 2027 年的节假日安排');
  });

  it('refuses a year before the first', () => {
    expect(yearGap(2019, held)).toBe('2019 年早于日历现有的 2020–2022 年：只能是 2020–2023 年之一，日历的年份须连续');
  });

  it('takes any year into a calendar holding none', () => {
    expect(yearGap(2031, [])).toBeNull();
  });
});
