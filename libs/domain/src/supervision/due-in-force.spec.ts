import { dueInForceOn, type TaskDueChange } from './due-in-force';

describe('dueInForceOn', () => {
  const changes: TaskDueChange[] = [
    { on: '2024-09-10', from: '2024-09-13', to: '2024-09-27' },
    { on: '2024-10-09', from: '2024-09-27', to: '2024-10-31' },
  ];

  it('is the current due when it never moved', () => {
    expect(dueInForceOn('2024-09-13', [], '2024-09-30')).toBe('2024-09-13');
  });

  it('takes the changes made up to the day and leaves out the later ones', () => {
    expect(dueInForceOn('2024-10-31', changes, '2024-09-30')).toBe('2024-09-27');
    expect(dueInForceOn('2024-10-31', changes, '2024-09-09')).toBe('2024-09-13');
    expect(dueInForceOn('2024-10-31', changes, '2024-12-31')).toBe('2024-10-31');
  });

  it('counts a change made on the day itself as in force', () => {
    expect(dueInForceOn('2024-10-31', changes, '2024-10-09')).toBe('2024-10-31');
  });

  it('reads the changes in date order whatever order they come in', () => {
    expect(dueInForceOn('2024-10-31', [...changes].reverse(), '2024-09-30')).toBe('2024-09-27');
  });
});
