import { TaskChangeRefusedError } from './errors';
import { checkTransfer } from './task-transfer';

describe('a task transfer (转办)', () => {
  it('goes to another active unit', () => {
    expect(() => checkTransfer('u1', { id: 'u2', name: '区卫健委', active: true })).not.toThrow();
  });

  it('refuses the task own unit and a deactivated unit, naming the unit field', () => {
    expect(() => checkTransfer('u1', { id: 'u1', name: '区教育局', active: true })).toThrow(new TaskChangeRefusedError('TASK_TRANSFER_INVALID', 'unitId', '任务已由区教育局办理，不能转办给本单位'));
    expect(() => checkTransfer('u1', { id: 'u2', name: '区卫健委', active: false })).toThrow(/已停用/);
    const refusal = (() => {
      try {
        checkTransfer('u1', { id: 'u2', name: '区卫健委', active: false });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toMatchObject({ code: 'TASK_TRANSFER_INVALID', field: 'unitId' });
  });
});
