import { In, type DataSource } from 'typeorm';
import { defaultCalendar } from '../../../../libs/domain/src/calendar/default-calendar';
import { parseDueSpec } from '../../../../libs/domain/src/calendar/due-spec';
import type { TaskStatus } from '../../../../libs/domain/src/supervision/supervision-task';
import { taskClock } from '../../../../libs/domain/src/supervision/task-clock';
import { type TaskTiming } from '../../../../libs/domain/src/supervision/task-due';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { taskWarning, type TaskWarning } from '../../../../libs/domain/src/supervision/task-warning';
import { SupervisionOrderEntity } from '../../../../libs/persistence/src/entities/supervision-order.entity';
import type { SupervisionTaskEntity } from '../../../../libs/persistence/src/entities/supervision-task.entity';

/** Where a task stands today in Beijing: working days left or overdue, and its 三色 colour. */
export interface TaskStanding {
  workingDaysLeft: number;
  overdueWorkingDays: number;
  warning: TaskWarning | null;
  /** The order (督办单) awaiting the unit's reply or gone to the leader, if any. */
  openOrderId: string | null;
}

const workingDays = (spec: string, otherwise: number) => {
  const parsed = parseDueSpec(spec);
  return parsed?.kind === 'working_days' ? parsed.count : otherwise;
};

/** The standing of each task, by id; one query for the open orders of them all. */
export async function taskStandings(dataSource: DataSource, tasks: SupervisionTaskEntity[], timing: TaskTiming, now = Date.now()): Promise<Map<string, TaskStanding>> {
  const orders = tasks.length
    ? await dataSource.getRepository(SupervisionOrderEntity).find({ where: { taskId: In(tasks.map((t) => t.id)), status: In(['awaiting_reply', 'escalated']) }, order: { issuedOn: 'DESC' } })
    : [];
  const openOrder = new Map<string, string>();
  for (const o of orders) if (!openOrder.has(o.taskId)) openOrder.set(o.taskId, o.id);
  // A limit in hours warns from its due day on; an order after hours counts as due the first working day late.
  const rule = { warnWithinWorkingDays: workingDays(timing.remindBefore, 0), orderAfterWorkingDays: workingDays(timing.orderAfter, 1) };
  const calendar = defaultCalendar();
  const today = shanghaiDate(now);
  return new Map(
    tasks.map((t) => {
      const clock = taskClock(t.dueOn, today, calendar);
      const orderId = openOrder.get(t.id) ?? null;
      const warning = taskWarning({ status: t.status as TaskStatus, clock, orderOut: orderId !== null }, rule);
      return [t.id, { workingDaysLeft: clock.workingDaysLeft, overdueWorkingDays: clock.overdueWorkingDays, warning, openOrderId: orderId }];
    }),
  );
}
