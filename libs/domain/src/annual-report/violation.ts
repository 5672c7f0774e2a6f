import type { CellRef } from './cell-ref';
import type { Severity } from './severity';

/** The rules a report is checked against, with the sentence a coordinator reads. */
export const REPORT_RULES = {
  blank_cell: '表格单元格须填写数字（无则填0），空白不等于0',
  invalid_value: '件数须为非负整数，收费金额须为非负数',
  column_balance: '每列：第一项加第二项之和，等于第三项（七）总计加第四项之和',
  results_total: '第三项（七）总计等于（一）至（六）各项之和',
  applicant_total: '每行“总计”列等于自然人及法人或其他组织五列之和',
  review_litigation_total: '行政复议、行政诉讼各“总计”等于结果维持、结果纠正、其他结果、尚未审结之和',
  in_force: '现行有效件数等于上年现行有效件数加本年制发件数减本年废止件数',
  carry_over: '本年“上年结转政府信息公开申请数量”等于上年报告“结转下年度继续办理”',
  narrative: '正文所述件数与表格一致',
  narrative_year: '总体情况所述工作的年度与报告年度一致',
} as const;

export type ReportRule = keyof typeof REPORT_RULES;

export interface Violation {
  rule: ReportRule;
  /** The cell checked first, then the cells it was computed from. Empty for narrative_year. */
  cells: CellRef[];
  /** What the rule requires; null when it cannot say (a blank cell). */
  expected: number | null;
  /** What the report states; null for a blank cell. */
  found: number | null;
  message: string;
  severity: Severity;
}

export const RULE_SEVERITY: Record<ReportRule, Severity> = {
  blank_cell: 'error',
  invalid_value: 'error',
  column_balance: 'error',
  results_total: 'error',
  applicant_total: 'error',
  review_litigation_total: 'error',
  in_force: 'error',
  carry_over: 'error',
  narrative: 'warning',
  narrative_year: 'warning',
};
