import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { DailyUrgingActivities } from '../../contracts/src/supervision-activities';
import { buildDailyDigests, renderDailyDigestEmail } from '../../domain/src/supervision/daily-urging';
import { planPhoneDispatch } from '../../domain/src/supervision/phone-dispatch';
import type { SupervisedTask, TaskSource, TaskStatus } from '../../domain/src/supervision/supervision-task';
import { queueMails } from '../../mail/src/outbox';
import { CallAssignmentEntity } from '../../persistence/src/entities/call-assignment.entity';
import { SupervisionTaskEntity } from '../../persistence/src/entities/supervision-task.entity';
import { UnitEntity } from '../../persistence/src/entities/unit.entity';

const OPEN: TaskStatus[] = ['assigned', 'in_progress', 'returned'];

/**
 * Only the columns the rules read, as plain rows: hydrating 100,000 entities (evidence JSON,
 * instants) took eight times as long as the query itself.
 */
async function openTasks(manager: EntityManager): Promise<SupervisedTask[]> {
  const rows: { taskId: string; unitId: string; title: string; source: TaskSource; status: TaskStatus; due: string }[] = await manager
    .getRepository(SupervisionTaskEntity)
    .createQueryBuilder('t')
    .select(['t.id AS "taskId"', 't.unit_id AS "unitId"', 't.title AS "title"', 't.source AS "source"', 't.status AS "status"', 't.due_on AS "due"'])
    .where('t.status IN (:...open)', { open: OPEN })
    .getRawMany();
  return rows.map((t) => ({ taskId: t.taskId, unitId: t.unitId, title: t.title, source: t.source, status: t.status, due: t.due }));
}

/** Daily urging and phone-dispatch planning. Idempotent: digests are keyed by unit and day, call assignments too. */
export function createDailyUrgingActivities(dataSource: DataSource, onMailQueued: () => void): DailyUrgingActivities {
  return {
    async sendDailyDigests(date: string): Promise<number> {
      let sent = 0;
      let queued = false;
      await dataSource.transaction(async (manager) => {
        const tasks = await openTasks(manager);
        const unitIds = [...new Set(tasks.map((t) => t.unitId))];
        const units = unitIds.length ? await manager.getRepository(UnitEntity).find({ where: { id: In(unitIds), active: true } }) : [];
        const withContacts = new Map(units.filter((u) => u.contactEmails.length > 0).map((u) => [u.id, u]));
        const digests = buildDailyDigests([...withContacts.values()].map((u) => ({ unitId: u.id, unitName: u.name })), date, tasks);
        sent = digests.length;
        queued = (await queueMails(manager, digests.map((digest) => ({ key: digest.key, to: withContacts.get(digest.unitId)!.contactEmails, cc: [], ...renderDailyDigestEmail(digest) })))) > 0;
      });
      if (queued) onMailQueued();
      return sent;
    },

    async planPhoneCalls(date: string): Promise<number> {
      return dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(CallAssignmentEntity);
        // A unit still being called about earlier work gets no second assignment: one line, one call.
        const open = new Set((await repo.find({ where: { status: 'open' } })).map((a) => a.unitId));
        let planned = 0;
        for (const assignment of planPhoneDispatch(await openTasks(manager), date)) {
          if (open.has(assignment.unitId) || (await repo.exists({ where: { key: assignment.key } }))) continue;
          await repo.insert({ id: randomUUID(), key: assignment.key, unitId: assignment.unitId, plannedOn: date, callOn: date, status: 'open', items: assignment.items });
          planned += 1;
        }
        return planned;
      });
    },
  };
}
