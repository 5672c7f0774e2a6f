/** The ledger's columns: the header names accepted on import (Chinese first) and written on export. */
export const LEDGER_COLUMNS = {
  title: ['任务名称', 'title'],
  unit: ['责任单位', 'unit'],
  due: ['办理时限', 'due'],
  source: ['来源', 'source'],
  owner: ['责任人邮箱', 'owner'],
  plan: ['方案', 'plan'],
  status: ['状态', 'status'],
  // Moving in a task the old way of working had already submitted (已报送) or returned (已退回).
  submittedOn: ['报送日期', 'submitted_on'],
  note: ['报送说明', 'note'],
  returnedOn: ['退回日期', 'returned_on'],
  returnReason: ['退回原因', 'return_reason'],
} as const;

/** The columns every row must fill. */
export const LEDGER_REQUIRED: readonly (keyof typeof LEDGER_COLUMNS)[] = ['title', 'unit', 'due'];
