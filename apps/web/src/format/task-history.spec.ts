import { describeHistory } from './task-history';

const entry = (event: string, data: Record<string, unknown>) => ({
  key: `k-${event}`,
  event,
  actorName: '王协调',
  actorRole: 'coordinator',
  occurredAt: '2026-12-01T02:00:00.000Z',
  data,
});

describe('describeHistory for the day-two changes', () => {
  it('names a cancellation with its reason', () => {
    expect(describeHistory(entry('cancelled', { reason: '重复交办' }))).toMatchObject({ title: '撤销任务', detail: '撤销理由：重复交办' });
  });

  it('shows a changed or extended due as from and to', () => {
    expect(describeHistory(entry('due_changed', { from: '2026-12-10', dueOn: '2026-12-20', reason: '工作量调整' }))).toMatchObject({
      title: '调整办理时限',
      detail: '办理时限由 2026-12-10 调整为 2026-12-20；工作量调整',
    });
    expect(describeHistory(entry('extension_approved', { from: '2026-12-10', askedFor: '2026-12-18', dueOn: '2026-12-18', reason: '同意' })).title).toBe('同意延期');
  });

  it('shows a request, a refusal and a transfer', () => {
    expect(describeHistory(entry('extension_requested', { dueOn: '2026-12-18', reason: '需会签' })).detail).toBe('申请延期至 2026-12-18；需会签');
    expect(describeHistory(entry('extension_requested', { dueOn: '2026-12-18', reason: '需会签', links: ['https://a.cn/1'], fileIds: ['f1', 'f2'] })).detail).toBe('申请延期至 2026-12-18；需会签（附佐证材料 3 项）');
    expect(describeHistory(entry('extension_refused', { askedFor: '2026-12-18', dueOn: '2026-12-10', reason: '时限不变' })).detail).toBe('申请延期至 2026-12-18，未同意；时限不变');
    expect(describeHistory(entry('transferred', { fromUnitName: '区教育局', unitName: '区卫健委', reason: '职责调整' }))).toMatchObject({
      title: '转办',
      detail: '由区教育局转办至区卫健委；职责调整',
    });
  });

  it('says which steps came in with a task moved in, and on which day they were taken before', () => {
    expect(describeHistory(entry('started', { imported: true })).detail).toBe('迁入时已在办理中');
    expect(describeHistory(entry('submitted', { imported: true, on: '2026-11-20', note: '旧台账记载', late: true }))).toMatchObject({ title: '报送办理结果', detail: '迁入：原已于 2026-11-20 报送 旧台账记载 （逾期报送）' });
    expect(describeHistory(entry('submitted', { note: '已公开' })).title).toBe('报送佐证材料');
    expect(describeHistory(entry('returned', { imported: true, on: '2026-11-25', reason: '缺截图' })).detail).toBe('迁入：原已于 2026-11-25 退回；退回原因：缺截图');
    expect(describeHistory(entry('returned', { reason: '缺截图' })).detail).toBe('退回原因：缺截图');
  });
});
