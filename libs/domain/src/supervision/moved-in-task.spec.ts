import { movedInActions, movedInTask, type MovedInCells } from './moved-in-task';
import { applyTaskAction, newTaskLifecycle } from './task-lifecycle';

const TODAY = '2026-12-02';
const empty: MovedInCells = { submittedOn: '', note: '', returnedOn: '', returnReason: '' };
const fields = (result: ReturnType<typeof movedInTask>) => result.problems.map((p) => p.field);

describe('a task moved in already submitted or returned', () => {
  it('takes a 已报送 row with its submission day and note, and brings the lifecycle there without evidence', () => {
    const { movedIn, problems } = movedInTask('submitted', { ...empty, submittedOn: '2026-11-20', note: ' 已在旧系统报送 ' }, TODAY);
    expect(problems).toEqual([]);
    expect(movedIn).toEqual({ submittedOn: '2026-11-20', note: '已在旧系统报送', returned: null });
    const lifecycle = movedInActions(movedIn!).reduce(applyTaskAction, newTaskLifecycle());
    expect(lifecycle).toMatchObject({ status: 'submitted', submissions: 1, submittedOn: '2026-11-20', note: '已在旧系统报送', returnReason: null });
  });

  it('takes a 已退回 row with its submission, return day and reason, and leaves the task returned for the unit to submit again', () => {
    const { movedIn, problems } = movedInTask('returned', { ...empty, submittedOn: '2026-11-20', returnedOn: '2026-11-25', returnReason: '佐证材料缺少公开页面截图' }, TODAY);
    expect(problems).toEqual([]);
    expect(movedIn).toEqual({ submittedOn: '2026-11-20', note: null, returned: { on: '2026-11-25', reason: '佐证材料缺少公开页面截图' } });
    const lifecycle = movedInActions(movedIn!).reduce(applyTaskAction, newTaskLifecycle());
    expect(lifecycle).toMatchObject({ status: 'returned', submissions: 1, submittedOn: '2026-11-20', returnReason: '佐证材料缺少公开页面截图' });
  });

  it('returns the same day as the submission', () => {
    expect(movedInTask('returned', { ...empty, submittedOn: TODAY, returnedOn: TODAY, returnReason: '重报' }, TODAY).problems).toEqual([]);
  });

  it('needs nothing more for a task assigned or under way, and moves none of it in', () => {
    for (const status of ['assigned', 'in_progress'] as const) expect(movedInTask(status, empty, TODAY)).toEqual({ movedIn: null, problems: [] });
  });

  it('refuses a submitted or returned row without its days and reason, naming each column', () => {
    expect(fields(movedInTask('submitted', empty, TODAY))).toEqual(['submittedOn']);
    const returned = movedInTask('returned', { ...empty, returnReason: '  ' }, TODAY);
    expect(fields(returned)).toEqual(['submittedOn', 'returnedOn', 'returnReason']);
    expect(returned.problems[0].reason).toBe('状态为“已退回”的任务须填写报送日期');
    expect(returned.movedIn).toBeNull();
  });

  it('refuses days that are not dates or lie after today', () => {
    const result = movedInTask('returned', { ...empty, submittedOn: '2026-02-30', returnedOn: '2026-12-03', returnReason: '重报' }, TODAY);
    expect(result.problems).toEqual([
      { field: 'submittedOn', reason: '报送日期“2026-02-30”不是有效日期（应为 YYYY-MM-DD）' },
      { field: 'returnedOn', reason: `退回日期 2026-12-03 晚于今天（${TODAY}）` },
    ]);
  });

  it('refuses a return before the submission it sent back', () => {
    const result = movedInTask('returned', { ...empty, submittedOn: '2026-11-20', returnedOn: '2026-11-19', returnReason: '重报' }, TODAY);
    expect(result.problems).toEqual([{ field: 'returnedOn', reason: '退回日期 2026-11-19 早于报送日期 2026-11-20' }]);
  });

  it('refuses columns that contradict the status instead of dropping them', () => {
    const underWay = movedInTask('in_progress', { submittedOn: '2026-11-20', note: '说明', returnedOn: '2026-11-25', returnReason: '重报' }, TODAY);
    expect(fields(underWay)).toEqual(['submittedOn', 'note', 'returnedOn', 'returnReason']);
    expect(underWay.problems[0].reason).toBe('状态为“办理中”的任务不应填写报送日期；已报送或已退回的任务请在“状态”列填写“已报送”或“已退回”');
    const submitted = movedInTask('submitted', { ...empty, submittedOn: '2026-11-20', returnedOn: '2026-11-25' }, TODAY);
    expect(submitted.problems).toEqual([{ field: 'returnedOn', reason: '状态为“已报送”的任务不应填写退回日期；已退回的任务请在“状态”列填写“已退回”' }]);
  });

  it('refuses a note or reason longer than the console takes', () => {
    const long = '长'.repeat(2001);
    expect(fields(movedInTask('returned', { submittedOn: '2026-11-20', note: long, returnedOn: '2026-11-25', returnReason: long }, TODAY))).toEqual(['note', 'returnReason']);
  });
});
