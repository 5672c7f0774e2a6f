/** Where a deadline stands, counted in working days, as the API reports it. */
export interface WorkingDayClock {
  workingDaysLeft: number;
  overdueWorkingDays: number;
  overdue: boolean;
}

/** 剩余2个工作日, 今日到期, 已逾期3个工作日: the rule counts working days, so the phrase says so. */
export function workingDaysPhrase(clock: WorkingDayClock): string {
  if (clock.overdue) return clock.overdueWorkingDays > 0 ? `已逾期${clock.overdueWorkingDays}个工作日` : '已逾期';
  return clock.workingDaysLeft > 0 ? `剩余${clock.workingDaysLeft}个工作日` : '今日到期';
}
