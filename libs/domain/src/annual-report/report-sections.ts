/**
 * The six sections of the annual report, in the order 国办公开办函〔2021〕30号 fixes.
 * `numeral` and `title` are printed as the heading, e.g. 一、总体情况.
 */
export const REPORT_SECTIONS = [
  { number: 1, numeral: '一', title: '总体情况' },
  { number: 2, numeral: '二', title: '主动公开政府信息情况' },
  { number: 3, numeral: '三', title: '收到和处理政府信息公开申请情况' },
  { number: 4, numeral: '四', title: '政府信息公开行政复议、行政诉讼情况' },
  { number: 5, numeral: '五', title: '存在的主要问题及改进情况' },
  { number: 6, numeral: '六', title: '其他需要报告的事项' },
] as const;

export type ReportSectionNumber = (typeof REPORT_SECTIONS)[number]['number'];

export function sectionHeading(section: ReportSectionNumber): string {
  const { numeral, title } = REPORT_SECTIONS[section - 1];
  return `${numeral}、${title}`;
}

/** The title line, as the sample prints it: 姜营 2023 年政府信息公开工作年度报告. */
export const REPORT_TITLE_SUFFIX = '政府信息公开工作年度报告';
