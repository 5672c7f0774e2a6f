import { allowedTaskActions } from '../../../../libs/domain/src/supervision/task-lifecycle';
import { isClosedTaskStatus, isOpenTaskStatus, type TaskStatus } from '../../../../libs/domain/src/supervision/supervision-task';
import { checkExtensionDecider } from '../../../../libs/domain/src/supervision/task-due-change';
import { onlyReads } from '../common/access';
import { caseActor, type Actor } from '../common/actor';
import { assertTaskActionable, managesTasks } from './task-access';

/** The routes of a task a person acts through, named as the console shows them. */
export const TASK_ACTIONS = ['start', 'submit', 'verify', 'return', 'cancel', 'changeDue', 'transfer', 'requestExtension', 'decideExtension', 'progress'] as const;
export type TaskActionName = (typeof TASK_ACTIONS)[number];

function mayAct(actor: Actor, unitId: string): boolean {
  if (onlyReads(actor)) return false;
  try {
    assertTaskActionable(actor, unitId);
    return true;
  } catch {
    return false;
  }
}

/** Whether `actor` may decide the extension `askedBy` asked for, by the workflow's own rule. */
function decidesExtension(actor: Actor, unitId: string, askedBy: string): boolean {
  try {
    checkExtensionDecider(caseActor(actor), unitId, askedBy);
    return true;
  } catch {
    return false;
  }
}

/**
 * What `actor` may do to the task now, by the same rules its routes and workflow apply, so the
 * console shows only what would be accepted (the routes still decide).
 */
export function taskActionsFor(actor: Actor, task: { unitId: string; status: string }, extensionAskedBy: string | null): TaskActionName[] {
  if (!mayAct(actor, task.unitId)) return [];
  const status = task.status as TaskStatus;
  const manages = managesTasks(actor);
  const closed = isClosedTaskStatus(status);
  const office: TaskActionName[] = ['verify', 'return', 'cancel'];
  const actions: TaskActionName[] = allowedTaskActions(status).filter((a) => manages || !office.includes(a));
  if (!closed && manages) actions.push('changeDue', 'transfer');
  // 延期申请 is the unit's; the office moves a due date itself.
  if (isOpenTaskStatus(status) && extensionAskedBy === null && actor.unitId === task.unitId) actions.push('requestExtension');
  if (!closed && extensionAskedBy !== null && decidesExtension(actor, task.unitId, extensionAskedBy)) actions.push('decideExtension');
  if (!closed) actions.push('progress');
  return TASK_ACTIONS.filter((a) => actions.includes(a));
}
