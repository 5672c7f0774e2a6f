import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { IssuedOrder, OrderToIssue, TaskActivities, TaskStep } from '../../contracts/src/supervision-activities';
import { supervisionOrderNumber } from '../../domain/src/supervision/supervision-order';
import { SupervisionOrderEntity } from '../../persistence/src/entities/supervision-order.entity';
import { SupervisionTaskEntity } from '../../persistence/src/entities/supervision-task.entity';
import { TaskHistoryEntity } from '../../persistence/src/entities/task-history.entity';
import { writeProjection } from '../../persistence/src/projection-write';
import { queueStepMails } from '../../mail/src/step-mails';

/**
 * Writes the steps of task workflows. Idempotent: history entries are keyed by the workflow's
 * numbers, orders by their key, mail by its key; the projection is a snapshot, written only over an older step's.
 */
export function createTaskActivities(dataSource: DataSource, onMailQueued: () => void): TaskActivities {
  return {
    async recordTaskStep(step: TaskStep) {
      const queued = await dataSource.transaction(async (manager) => {
        const { dueAt, ...p } = step.projection;
        await writeProjection(manager, SupervisionTaskEntity, step.taskId, step.stepSeq, { ...p, ...(dueAt ? { dueAt: new Date(dueAt) } : {}), updatedAt: new Date() });
        const history = manager.getRepository(TaskHistoryEntity);
        for (const h of step.history) {
          const key = `wf:${h.seq}`;
          if (await history.exists({ where: { taskId: step.taskId, key } })) continue;
          await history.insert({ taskId: step.taskId, key, event: h.event, actorId: h.actorId, actorName: h.actorName, actorRole: h.actorRole, occurredAt: h.occurredAt, data: h.data as never });
        }
        const o = step.order;
        if (o) {
          const change =
            o.status === 'replied'
              ? { status: o.status, replyText: o.replyText ?? null, repliedBy: o.repliedBy ?? null, repliedAt: new Date(o.at) }
              : o.status === 'awaiting_reply'
                ? { replyDueAt: new Date(o.replyDueAt!) }
                : { status: o.status, escalatedAt: new Date(o.at) };
          await manager.getRepository(SupervisionOrderEntity).update({ id: o.orderId }, change);
        }
        return queueStepMails(manager, step.mails);
      });
      if (queued) onMailQueued();
    },

    async issueSupervisionOrder(order: OrderToIssue): Promise<IssuedOrder> {
      return dataSource.transaction(async (manager) => {
        const repo = manager.getRepository(SupervisionOrderEntity);
        const existing = await repo.findOne({ where: { orderKey: order.orderKey } });
        if (existing) return { orderId: existing.id, number: existing.number };
        const year = Number(order.issuedOn.slice(0, 4));
        // Two orders issued at once may pick the same number: the unique index refuses the second,
        // and the activity's retry takes the next one.
        const { last } = (await repo.createQueryBuilder('o').select('MAX(o.sequence)', 'last').where('o.year = :year', { year }).getRawOne<{ last: number | null }>()) ?? { last: null };
        const sequence = Number(last ?? 0) + 1;
        const id = randomUUID();
        const number = supervisionOrderNumber(year, sequence);
        await repo.insert({
          id,
          orderKey: order.orderKey,
          number,
          year,
          sequence,
          level: order.level,
          unitId: order.unitId,
          taskId: order.taskId,
          actionDemanded: order.actionDemanded,
          issuedOn: order.issuedOn,
          replyDueAt: new Date(order.replyDueAt),
          status: 'awaiting_reply',
          replyText: null,
          repliedBy: null,
          repliedAt: null,
          escalatedAt: null,
        });
        return { orderId: id, number };
      });
    },
  };
}
