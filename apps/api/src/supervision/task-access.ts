import { seesAllUnits } from '../common/access';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';

/** The office (admins, coordinators): acts on every unit's tasks. */
export const managesTasks = (actor: Actor) => actor.roles.some((r) => r === 'admin' || r === 'coordinator');

/** A unit contact reaches only their own unit's tasks; organisation-wide readers reach all. */
export function assertTaskReadable(actor: Actor, unitId: string): void {
  if (!seesAllUnits(actor) && actor.unitId !== unitId) throw new AppError('UNIT_SCOPE', '只能查看本单位的任务');
}

/** Coordinators act on any task; a unit's people on their own unit's; an auditor only reads. */
export function assertTaskActionable(actor: Actor, unitId: string): void {
  if (managesTasks(actor)) return;
  if (actor.unitId !== unitId) {
    if (seesAllUnits(actor)) throw new AppError('FORBIDDEN', '审计员只能查阅，不能进行更改');
    throw new AppError('UNIT_SCOPE', '只能办理本单位的任务');
  }
}
