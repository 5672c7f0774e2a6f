import { SupervisionConfigError } from './errors';
import { nextCallStep, planPhoneDispatch, resolvePhoneDispatchConfig } from './phone-dispatch';
import type { SupervisedTask } from './supervision-task';

function task(taskId: string, unitId: string, due: string, status: SupervisedTask['status'] = 'assigned'): SupervisedTask {
  const submittedOn = status === 'submitted' || status === 'verified' ? due : null;
  return { taskId, unitId, title: `任务${taskId}`, source: 'plan', status, due, submittedOn };
}

describe('phone dispatch plan', () => {
  // Monday 2024-09-30: Sunday 29 Sep was a make-up working day; 1-7 Oct are off.
  const tasks = [
    task('t1', 'u1', '2024-09-27', 'in_progress'), // overdue: 29 Sep, 30 Sep -> 2 working days
    task('t2', 'u1', '2024-10-09'), // 8, 9 Oct left -> 2 working days: at risk
    task('t3', 'u2', '2024-10-10'), // 3 working days left: not yet
    task('t4', 'u2', '2024-09-30', 'returned'), // due today: at risk, 0 left
    task('t5', 'u3', '2024-09-20', 'submitted'), // with the office: no call
    task('t6', 'u3', '2024-09-23', 'verified'), // closed: no call
    task('t7', 'u3', '2024-09-26'), // overdue: 27, 29, 30 Sep -> 3 working days
  ];

  it('calls each unit once about its overdue and at-risk open tasks, most urgent unit first', () => {
    expect(planPhoneDispatch(tasks, '2024-09-30')).toEqual([
      {
        key: 'call:u3:2024-09-30',
        unitId: 'u3',
        date: '2024-09-30',
        items: [
          { taskId: 't7', title: '任务t7', due: '2024-09-26', reason: 'overdue', workingDaysLeft: 0, overdueWorkingDays: 3 },
        ],
      },
      {
        key: 'call:u1:2024-09-30',
        unitId: 'u1',
        date: '2024-09-30',
        items: [
          { taskId: 't1', title: '任务t1', due: '2024-09-27', reason: 'overdue', workingDaysLeft: 0, overdueWorkingDays: 2 },
          { taskId: 't2', title: '任务t2', due: '2024-10-09', reason: 'at_risk', workingDaysLeft: 2, overdueWorkingDays: 0 },
        ],
      },
      {
        key: 'call:u2:2024-09-30',
        unitId: 'u2',
        date: '2024-09-30',
        items: [
          { taskId: 't4', title: '任务t4', due: '2024-09-30', reason: 'at_risk', workingDaysLeft: 0, overdueWorkingDays: 0 },
        ],
      },
    ]);
  });

  it('widens the at-risk window when configured', () => {
    const plan = planPhoneDispatch(tasks, '2024-09-30', { atRiskWithinWorkingDays: 3 });
    expect(plan.find((a) => a.unitId === 'u2')?.items.map((i) => i.taskId)).toEqual(['t4', 't3']);
  });

  it('plans no calls during the National Day holiday, but does on the worked Sunday 29 Sep', () => {
    expect(planPhoneDispatch(tasks, '2024-10-03')).toEqual([]);
    expect(planPhoneDispatch(tasks, '2024-09-29').map((a) => a.unitId)).toEqual(['u3', 'u1', 'u2']);
  });

  it('refuses an at-risk window that is not a whole number of working days', () => {
    expect(() => resolvePhoneDispatchConfig({ atRiskWithinWorkingDays: -1 })).toThrow(SupervisionConfigError);
    expect(() => resolvePhoneDispatchConfig({ maxUnreachableTries: 0 })).toThrow(/maxUnreachableTries/);
  });
});

describe('after a call', () => {
  it('is done once the unit is reached', () => {
    expect(nextCallStep([{ on: '2024-09-30', outcome: 'reached' }])).toEqual({ action: 'done', reachedOn: '2024-09-30' });
    expect(
      nextCallStep([
        { on: '2024-09-30', outcome: 'unreachable' },
        { on: '2024-10-08', outcome: 'reached' },
      ]),
    ).toEqual({ action: 'done', reachedOn: '2024-10-08' });
  });

  it('tries again the next working day after an unreachable call, over the holiday', () => {
    expect(nextCallStep([{ on: '2024-09-30', outcome: 'unreachable' }])).toEqual({
      action: 'retry',
      on: '2024-10-08',
      unreachableTries: 1,
    });
    // Friday 11 Oct -> Saturday 12 Oct, a make-up working day.
    expect(nextCallStep([{ on: '2024-10-11', outcome: 'unreachable' }])).toMatchObject({ action: 'retry', on: '2024-10-12' });
  });

  it("escalates to the unit's leader after three unreachable calls in a row", () => {
    const attempts = [
      { on: '2024-09-30', outcome: 'unreachable' as const },
      { on: '2024-10-08', outcome: 'unreachable' as const },
    ];
    expect(nextCallStep(attempts)).toEqual({ action: 'retry', on: '2024-10-09', unreachableTries: 2 });
    expect(nextCallStep([...attempts, { on: '2024-10-09', outcome: 'unreachable' }])).toEqual({
      action: 'escalate_to_leader',
      unreachableTries: 3,
    });
  });

  it('escalates after the configured number of tries', () => {
    expect(nextCallStep([{ on: '2024-09-30', outcome: 'unreachable' }], { maxUnreachableTries: 1 })).toEqual({
      action: 'escalate_to_leader',
      unreachableTries: 1,
    });
  });

  it('refuses an empty or unordered call record', () => {
    expect(() => nextCallStep([])).toThrow(/at least one call attempt/);
    expect(() =>
      nextCallStep([
        { on: '2024-10-08', outcome: 'unreachable' },
        { on: '2024-09-30', outcome: 'unreachable' },
      ]),
    ).toThrow(/date order/);
    expect(() => nextCallStep([{ on: '2024-10-08', outcome: 'busy' as never }])).toThrow(/outcome/);
  });
});
