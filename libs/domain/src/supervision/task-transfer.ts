import { TaskChangeRefusedError } from './errors';

/**
 * A task handed to another unit (转办) goes to an active unit other than its own.
 * @throws TaskChangeRefusedError naming why the unit cannot take the task.
 */
export function checkTransfer(fromUnitId: string, to: { id: string; name: string; active: boolean }): void {
  if (to.id === fromUnitId) throw new TaskChangeRefusedError('TASK_TRANSFER_INVALID', 'unitId', `任务已由${to.name}办理，不能转办给本单位`);
  if (!to.active) throw new TaskChangeRefusedError('TASK_TRANSFER_INVALID', 'unitId', `${to.name}已停用，不能接收转办任务`);
}
