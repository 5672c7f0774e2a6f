import { InvalidDateError } from '../calendar';
import { TaskTransitionIncompleteError, TaskTransitionNotAllowedError } from './errors';
import { TASK_STATUSES, TASK_STATUS_LABELS, isOpenTaskStatus } from './supervision-task';
import { allowedTaskActions, applyTaskAction, newTaskLifecycle, type TaskAction, type TaskLifecycle } from './task-lifecycle';

function refusal(state: TaskLifecycle, action: TaskAction): Error {
  try {
    applyTaskAction(state, action);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`expected ${action.type} to be refused from ${state.status}`);
}

const submitted = () =>
  applyTaskAction(newTaskLifecycle(), { type: 'submit', on: '2024-10-08', evidence: ['政府网站栏目截图.png'] });

describe('task lifecycle', () => {
  it('runs assigned -> in_progress -> submitted -> verified, keeping the evidence and dates', () => {
    let task = newTaskLifecycle();
    expect(task.status).toBe('assigned');
    task = applyTaskAction(task, { type: 'start', on: '2024-09-30' });
    expect(task.status).toBe('in_progress');
    task = applyTaskAction(task, {
      type: 'submit',
      on: '2024-10-08',
      evidence: [' 关于公开2024年预算的说明.pdf ', '', 'https://www.example.gov.cn/zfxxgk/123.html'],
      note: '已在门户网站公开',
    });
    expect(task).toEqual({
      status: 'submitted',
      submissions: 1,
      submittedOn: '2024-10-08',
      evidence: ['关于公开2024年预算的说明.pdf', 'https://www.example.gov.cn/zfxxgk/123.html'],
      note: '已在门户网站公开',
      returnReason: null,
      verifiedOn: null,
    });
    task = applyTaskAction(task, { type: 'verify', on: '2024-10-09' });
    expect(task).toMatchObject({ status: 'verified', verifiedOn: '2024-10-09', submittedOn: '2024-10-08' });
    expect(TASK_STATUS_LABELS[task.status]).toBe('已核验办结');
  });

  it('lets a unit submit without first marking the task started', () => {
    expect(submitted().status).toBe('submitted');
  });

  it('sends a submission back with a reason, then takes a second submission', () => {
    let task = applyTaskAction(submitted(), { type: 'return', on: '2024-10-09', reason: '  佐证材料缺少公开日期  ' });
    expect(task).toMatchObject({ status: 'returned', returnReason: '佐证材料缺少公开日期', submissions: 1 });
    expect(isOpenTaskStatus(task.status)).toBe(true);
    task = applyTaskAction(task, { type: 'start', on: '2024-10-10' });
    expect(task.status).toBe('in_progress');
    task = applyTaskAction(task, { type: 'submit', on: '2024-10-11', evidence: ['补充截图.png'] });
    expect(task).toMatchObject({
      status: 'submitted',
      submissions: 2,
      submittedOn: '2024-10-11',
      evidence: ['补充截图.png'],
      note: null,
      returnReason: null,
    });
  });

  it('refuses to verify a task that was never submitted, with a named error and code', () => {
    const error = refusal(newTaskLifecycle(), { type: 'verify', on: '2024-10-09' });
    expect(error).toBeInstanceOf(TaskTransitionNotAllowedError);
    expect(error).toMatchObject({ code: 'TASK_TRANSITION_NOT_ALLOWED', from: 'assigned', action: 'verify' });
    expect(error.message).toBe('不能核验状态为“已交办”的任务：只有已报送的任务才能核验或退回');
  });

  it('refuses to return a task that is in progress', () => {
    const task = applyTaskAction(newTaskLifecycle(), { type: 'start', on: '2024-09-30' });
    expect(refusal(task, { type: 'return', on: '2024-10-09', reason: '不合格' })).toBeInstanceOf(TaskTransitionNotAllowedError);
  });

  it('refuses a return without a reason, blank or missing', () => {
    for (const reason of ['', '   ', undefined as unknown as string]) {
      const error = refusal(submitted(), { type: 'return', on: '2024-10-09', reason });
      expect(error).toBeInstanceOf(TaskTransitionIncompleteError);
      expect(error).toMatchObject({ code: 'TASK_TRANSITION_INCOMPLETE', action: 'return', field: 'reason' });
      expect(error.message).toBe('不能退回该任务：须写明退回理由');
    }
  });

  it('refuses a submission without evidence', () => {
    for (const evidence of [[], ['', '  '], undefined as unknown as string[]]) {
      const error = refusal(newTaskLifecycle(), { type: 'submit', on: '2024-10-08', evidence });
      expect(error).toBeInstanceOf(TaskTransitionIncompleteError);
      expect(error).toMatchObject({ action: 'submit', field: 'evidence' });
      expect(error.message).toContain('佐证材料');
    }
  });

  it('takes a submission moved in from the old way of working without evidence, counted as a submission on its own day', () => {
    const moved = applyTaskAction(newTaskLifecycle(), { type: 'submit', on: '2024-09-20', evidence: [], imported: true, note: '旧台账记载已报送' });
    expect(moved).toMatchObject({ status: 'submitted', submissions: 1, submittedOn: '2024-09-20', evidence: [], note: '旧台账记载已报送' });
    expect(refusal(moved, { type: 'submit', on: '2024-09-21', evidence: [], imported: true })).toBeInstanceOf(TaskTransitionNotAllowedError);
  });

  it('refuses a verification dated before the submission it judges', () => {
    const error = refusal(submitted(), { type: 'verify', on: '2024-09-30' });
    expect(error).toBeInstanceOf(TaskTransitionIncompleteError);
    expect(error.message).toContain('日期 2024-09-30 早于所核验的报送日期 2024-10-08');
  });

  it('keeps a verified task closed to every action', () => {
    const closed = applyTaskAction(submitted(), { type: 'verify', on: '2024-10-09' });
    const actions: TaskAction[] = [
      { type: 'start', on: '2024-10-10' },
      { type: 'submit', on: '2024-10-10', evidence: ['x.pdf'] },
      { type: 'verify', on: '2024-10-10' },
      { type: 'return', on: '2024-10-10', reason: '重新核查' },
    ];
    for (const action of actions) {
      const error = refusal(closed, action);
      expect(error).toBeInstanceOf(TaskTransitionNotAllowedError);
      expect(error.message).toContain('任务已核验办结，不能再更改');
    }
  });

  it('refuses to start a task twice or to resubmit one awaiting verification', () => {
    const started = applyTaskAction(newTaskLifecycle(), { type: 'start', on: '2024-09-30' });
    expect(refusal(started, { type: 'start', on: '2024-10-08' })).toBeInstanceOf(TaskTransitionNotAllowedError);
    const error = refusal(submitted(), { type: 'submit', on: '2024-10-09', evidence: ['y.pdf'] });
    expect(error.message).toContain('任务已报送待核验');
  });

  it('never changes the state it is given', () => {
    const before = submitted();
    const copy = structuredClone(before);
    applyTaskAction(before, { type: 'return', on: '2024-10-09', reason: '材料不全' });
    expect(before).toEqual(copy);
  });

  it('cancels a task not yet verified, with a reason, and closes it', () => {
    const cancelled = applyTaskAction(submitted(), { type: 'cancel', on: '2024-10-09', reason: ' 重复交办 ' });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.submissions).toBe(1);
    expect(refusal(submitted(), { type: 'cancel', on: '2024-10-09', reason: '  ' })).toMatchObject({ code: 'TASK_TRANSITION_INCOMPLETE', field: 'reason' });
    for (const action of [{ type: 'start', on: '2024-10-10' }, { type: 'cancel', on: '2024-10-10', reason: '再撤一次' }] as TaskAction[]) {
      expect(refusal(cancelled, action)).toBeInstanceOf(TaskTransitionNotAllowedError);
    }
    const verified = applyTaskAction(submitted(), { type: 'verify', on: '2024-10-09' });
    expect(refusal(verified, { type: 'cancel', on: '2024-10-10', reason: '误录' }).message).toContain('已核验办结');
  });

  it('refuses an action dated with an impossible date', () => {
    expect(() => applyTaskAction(newTaskLifecycle(), { type: 'start', on: '2024-02-30' })).toThrow(InvalidDateError);
  });

  it('lists the allowed actions of every status', () => {
    expect(Object.fromEntries(TASK_STATUSES.map((status) => [status, allowedTaskActions(status)]))).toEqual({
      assigned: ['start', 'submit', 'cancel'],
      in_progress: ['submit', 'cancel'],
      submitted: ['verify', 'return', 'cancel'],
      verified: [],
      returned: ['start', 'submit', 'cancel'],
      cancelled: [],
    });
  });

  it('produces plain JSON a workflow can keep in its history', () => {
    const task = applyTaskAction(submitted(), { type: 'verify', on: '2024-10-09' });
    expect(JSON.parse(JSON.stringify(task))).toEqual(task);
  });
});
