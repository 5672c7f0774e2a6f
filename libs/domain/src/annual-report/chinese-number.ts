const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Arabic digits, or Chinese numerals below 1000 as reports write small counts (十二, 一百零五). */
export function readCount(text: string): number | null {
  if (/^\d+$/u.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/u.test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char === '百' || char === '十') {
      const unit = char === '百' ? 100 : 10;
      // 十二 means 12: a bare 十 has an implied 一.
      total += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
      digit = null;
    } else {
      if (digit !== null && digit !== 0) return null; // 二三 is not a number
      digit = DIGITS[char];
    }
  }
  total += digit ?? 0;
  return Number.isNaN(total) ? null : total;
}
