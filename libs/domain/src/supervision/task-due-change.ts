import type { IsoDate } from '../calendar/iso-date';
import type { Actor } from '../registry/actor';
import { TaskChangeRefusedError, TaskExtensionDeciderError, TaskExtensionStateError } from './errors';
import { taskRole } from './task-actor';
import type { TaskDue } from './task-due';

const dueRefused = (message: string) => new TaskChangeRefusedError('TASK_DUE_INVALID', 'dueOn', message);

/** extension: asked by the unit (延期申请), only later; correction: set by a coordinator, either way. */
export type DueChangeKind = 'extension' | 'correction';

/** A due date as people read it and the instant it runs out (the next day's start for a date). */
export interface DueMoment {
  dueOn: IsoDate;
  dueAt: number;
}

/**
 * Checks a new due against the one in force and the present instant. Instants, not dates, are
 * compared, so an urgent task's limit in hours moves as a date does.
 * @throws TaskChangeRefusedError naming why it cannot be the task's due date.
 */
export function checkDueChange(kind: DueChangeKind, current: DueMoment, requested: DueMoment, nowMs: number): void {
  if (requested.dueAt <= nowMs) throw dueRefused(`新的办理时限 ${requested.dueOn} 已过`);
  if (requested.dueAt === current.dueAt) throw dueRefused(`新的办理时限与现行时限 ${current.dueOn} 相同`);
  if (kind === 'extension' && requested.dueAt < current.dueAt) {
    throw dueRefused(`延期后的办理时限 ${requested.dueOn} 早于现行时限 ${current.dueOn}`);
  }
}

/** An extension the unit asked for, awaiting the office's decision; its due is counted from the request. */
export interface PendingExtension extends DueMoment {
  due: TaskDue;
  reason: string;
  requestedBy: string;
  requestedOn: IsoDate;
  /** Evidence for the request, stored as a submission's is: links and file ids (absent on requests made before evidence). */
  links?: string[];
  fileIds?: string[];
}

/** One extension awaits a decision at a time: a second would leave the office two dates to weigh. */
export function requestExtension(pending: PendingExtension | null, current: DueMoment, ask: PendingExtension, nowMs: number): PendingExtension {
  if (pending) throw new TaskExtensionStateError('TASK_EXTENSION_PENDING', `已有延期申请（至 ${pending.dueOn}）待审核，审核后方可再次申请`);
  checkDueChange('extension', current, ask, nowMs);
  return { ...ask, reason: ask.reason.trim() };
}

/**
 * The extension to decide on. An approval is checked again: a date that passed while the
 * request waited, or one a coordinator's own change has since overtaken, cannot become the due.
 */
export function extensionToDecide(pending: PendingExtension | null, approve: boolean, current: DueMoment, nowMs: number): PendingExtension {
  if (!pending) throw new TaskExtensionStateError('TASK_EXTENSION_NOT_PENDING', '该任务没有待审核的延期申请');
  if (approve) checkDueChange('extension', current, pending, nowMs);
  return pending;
}

/**
 * Who may approve or refuse a unit's extension: the office (coordinators, admins), and of it never
 * a contact of the unit that asked, nor the person who asked: no one decides their own request.
 * @throws TaskExtensionDeciderError naming why this person may not decide.
 */
export function checkExtensionDecider(decider: Pick<Actor, 'id' | 'roles' | 'unitId'>, taskUnitId: string, requestedBy: string | null): void {
  if (taskRole(decider.roles) !== 'coordinator') throw new TaskExtensionDeciderError('延期申请由公开办审核：只有公开办协调员或管理员可以同意或不同意');
  const ownUnit = decider.roles.includes('unit_contact') && decider.unitId === taskUnitId;
  if (ownUnit || decider.id === requestedBy) throw new TaskExtensionDeciderError('不能审核本单位或本人提出的延期申请：请由公开办其他人员审核');
}
