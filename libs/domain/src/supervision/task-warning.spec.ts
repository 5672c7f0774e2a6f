import { taskWarning } from './task-warning';

const rule = { warnWithinWorkingDays: 3, orderAfterWorkingDays: 3 };
const clock = (workingDaysLeft: number, overdueWorkingDays = 0) => ({ due: '2026-12-10', overdue: overdueWorkingDays > 0, workingDaysLeft, overdueWorkingDays });

describe('三色督办', () => {
  it('leaves a task with time to spare uncoloured', () => {
    expect(taskWarning({ status: 'assigned', clock: clock(4), orderOut: false }, rule)).toBeNull();
  });

  it('flags blue within the warning window', () => {
    expect(taskWarning({ status: 'in_progress', clock: clock(3), orderOut: false }, rule)).toBe('blue');
    expect(taskWarning({ status: 'in_progress', clock: clock(1), orderOut: false }, rule)).toBe('blue');
  });

  it('flags yellow on the due date and while late by less than the order threshold', () => {
    expect(taskWarning({ status: 'assigned', clock: clock(0), orderOut: false }, rule)).toBe('yellow');
    expect(taskWarning({ status: 'returned', clock: clock(0, 2), orderOut: false }, rule)).toBe('yellow');
  });

  it('flags red once late by the threshold, or as soon as an order is out', () => {
    expect(taskWarning({ status: 'assigned', clock: clock(0, 3), orderOut: false }, rule)).toBe('red');
    expect(taskWarning({ status: 'assigned', clock: clock(0, 1), orderOut: true }, rule)).toBe('red');
  });

  it('colours no task that is back with the office or closed', () => {
    expect(taskWarning({ status: 'submitted', clock: clock(0, 5), orderOut: true }, rule)).toBeNull();
    expect(taskWarning({ status: 'verified', clock: clock(0, 5), orderOut: false }, rule)).toBeNull();
  });
});
