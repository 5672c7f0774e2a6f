import { workingDaysPhrase } from './working-days';

describe('working days said in Chinese', () => {
  it('says the working days left before the deadline', () => {
    expect(workingDaysPhrase({ workingDaysLeft: 2, overdueWorkingDays: 0, overdue: false })).toBe('剩余2个工作日');
  });

  it('says a deadline of today as such', () => {
    expect(workingDaysPhrase({ workingDaysLeft: 0, overdueWorkingDays: 0, overdue: false })).toBe('今日到期');
  });

  it('says the working days overdue', () => {
    expect(workingDaysPhrase({ workingDaysLeft: 0, overdueWorkingDays: 3, overdue: true })).toBe('已逾期3个工作日');
  });

  it('says overdue when the deadline passed on a rest day not yet followed by a working day', () => {
    expect(workingDaysPhrase({ workingDaysLeft: 0, overdueWorkingDays: 0, overdue: true })).toBe('已逾期');
  });
});
