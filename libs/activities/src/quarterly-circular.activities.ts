import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { In, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import type { CircularActivities, IssueCircularInput, IssueCircularResult } from '../../contracts/src/circular-activities';
import { defaultCalendar } from '../../domain/src/calendar/default-calendar';
import { lastPlaceReminderTasks, selectLastPlace, type PreviousLastPlace } from '../../domain/src/supervision/last-place';
import { QuarterNotEndedError } from '../../domain/src/supervision/errors';
import { hasQuarterEnded, previousQuarter, quarterKey, quarterLastDay, type Quarter } from '../../domain/src/supervision/quarter';
import { buildQuarterlyCircular, renderQuarterlyCircular, type QuarterlyCircular } from '../../domain/src/supervision/quarterly-circular';
import { collectQuarterFacts, rankUnits } from '../../domain/src/supervision/quarterly-scoring';
import { quarterTimeliness } from './quarter-timeliness';
import type { SupervisedTask, TaskSource, TaskStatus } from '../../domain/src/supervision/supervision-task';
import type { TaskDueChange } from '../../domain/src/supervision/due-in-force';
import { taskDueDate, taskDueFromDate, taskTimes } from '../../domain/src/supervision/task-due';
import { shanghaiDate } from '../../domain/src/calendar/iso-date';
import { queueMail } from '../../mail/src/outbox';
import type { MailAttachment } from '../../persistence/src/entities/mail-message.entity';
import { PersonEntity } from '../../persistence/src/entities/person.entity';
import { QuarterlyCircularEntity } from '../../persistence/src/entities/quarterly-circular.entity';
import { SupervisionTaskEntity } from '../../persistence/src/entities/supervision-task.entity';
import { TaskHistoryEntity } from '../../persistence/src/entities/task-history.entity';
import { UnitEntity } from '../../persistence/src/entities/unit.entity';
import { newTaskRow } from '../../persistence/src/new-task-row';
import type { TaskInput } from '../../contracts/src/supervision-activities';
import type { Actor } from '../../domain/src/registry/actor';
import { RANKING_CHART_CID } from './circular-chart';
import { circularAttachments, circularDocx, rankingXlsx } from './circular-files';
import { renderLastPlaceLetter } from './last-place-letter';

/** circular:2024Q3:<unitId>, then :2, :3 … for each forced resend. */
export function circularMailKey(q: Quarter, unitId: string, send: number): string {
  return `circular:${q.year}Q${q.quarter}:${unitId}${send > 1 ? `:${send}` : ''}`;
}

const recipients = (unit: UnitEntity) => [...new Set([...unit.contactEmails, ...(unit.leaderEmail ? [unit.leaderEmail] : [])])];

async function activeUnits(manager: EntityManager): Promise<UnitEntity[]> {
  return manager.getRepository(UnitEntity).find({ where: { active: true }, order: { createdAt: 'ASC', id: 'ASC' } });
}

async function queueCircular(manager: EntityManager, row: QuarterlyCircularEntity, q: Quarter, send: number): Promise<number> {
  const attachments: MailAttachment[] = circularAttachments(row.content, row.docxBase64, row.xlsxBase64);
  let queued = 0;
  for (const unit of await activeUnits(manager)) {
    const to = recipients(unit);
    if (to.length === 0) continue;
    const mail = { key: circularMailKey(q, unit.id, send), to, cc: [], subject: row.subject, text: row.text, html: row.html, attachments };
    if (await queueMail(manager, mail)) queued++;
  }
  return queued;
}

/** The schedule issues in nobody's name: the ledger records the first administrator as the task's creator. */
async function issuer(manager: EntityManager, issuedBy: Actor | null): Promise<Actor> {
  if (issuedBy) return issuedBy;
  const people = await manager.getRepository(PersonEntity).find({ where: { active: true }, order: { createdAt: 'ASC' } });
  const admin = people.find((p) => p.roles.includes('admin'));
  if (!admin) throw ApplicationFailure.create({ type: 'NO_ADMINISTRATOR', message: '没有在用的管理员可记为通报的发文人', nonRetryable: true });
  return { id: admin.id, name: admin.name, email: admin.email, roles: admin.roles, unitId: admin.unitId };
}

/** The events that move a task's due date: their data hold the date moved from and the new one. */
const DUE_CHANGE_EVENTS = ['due_changed', 'extension_approved'];

/** Every due change of the ledger's tasks, oldest first, by task. */
async function dueChangesByTask(manager: EntityManager): Promise<Map<string, TaskDueChange[]>> {
  const rows = await manager.getRepository(TaskHistoryEntity).find({ where: { event: In(DUE_CHANGE_EVENTS) }, order: { id: 'ASC' } });
  const byTask = new Map<string, TaskDueChange[]>();
  for (const row of rows) {
    const data = row.data as { from: string; dueOn: string };
    const list = byTask.get(row.taskId) ?? [];
    list.push({ on: shanghaiDate(Date.parse(row.occurredAt)), from: data.from, to: data.dueOn });
    byTask.set(row.taskId, list);
  }
  return byTask;
}

async function quarterTasks(manager: EntityManager, q: Quarter): Promise<SupervisedTask[]> {
  const changes = await dueChangesByTask(manager);
  // A task due after the quarter can be neither due nor overdue in it, unless its due was moved
  // there after the quarter's end.
  const rows = await manager.getRepository(SupervisionTaskEntity).find({
    where: [{ dueOn: LessThanOrEqual(quarterLastDay(q)) }, ...(changes.size > 0 ? [{ id: In([...changes.keys()]) }] : [])],
  });
  return rows.map((t) => ({
    taskId: t.id,
    unitId: t.unitId,
    title: t.title,
    source: t.source as TaskSource,
    status: t.status as TaskStatus,
    due: t.dueOn,
    dueChanges: changes.get(t.id) ?? [],
    submittedOn: t.submittedOn,
  }));
}

async function previousLastPlace(manager: EntityManager, q: Quarter): Promise<PreviousLastPlace | null> {
  const before = previousQuarter(q);
  const row = await manager.getRepository(QuarterlyCircularEntity).findOne({ where: { quarterKey: quarterKey(before) } });
  return row ? { quarter: before, unitIds: row.content.lastPlace.map((u) => u.unitId) } : null;
}

/** The rectification tasks of the quarter's last-place units, as task-workflow inputs. */
async function rectificationInputs(manager: EntityManager, circular: QuarterlyCircular, input: IssueCircularInput, createdBy: Actor): Promise<TaskInput[]> {
  const ids = circular.lastPlace.map((u) => u.unitId);
  if (ids.length === 0) return [];
  const titles = new Set(lastPlaceReminderTasks({ quarter: circular.quarter, lastPlace: circular.lastPlace, interviews: [] }, circular.issuedOn).map((t) => t.title));
  const rows = await manager.getRepository(SupervisionTaskEntity).find({ where: { unitId: In(ids), source: 'last_place_reminder' }, order: { createdAt: 'ASC' } });
  const names = new Map(circular.lastPlace.map((u) => [u.unitId, u.unitName]));
  const calendar = defaultCalendar();
  return rows
    .filter((t) => titles.has(t.title))
    .map((t) => ({
      task: {
        taskId: t.id,
        title: t.title,
        source: 'last_place_reminder' as const,
        unitId: t.unitId,
        unitName: names.get(t.unitId) ?? '',
        owner: null,
        due: taskDueFromDate(t.createdAt.getTime(), t.dueOn, calendar),
        createdBy,
      },
      timing: input.settings.timing,
    }));
}

/**
 * Issues a quarter's circular once: facts from the ledger, ranking, last place, the archive row,
 * the mail to every unit, the reminder letters and the rectification tasks, all in one
 * transaction. Run again, it returns what is archived; forced, it sends the archived circular anew.
 * Sign-off (publication) and request timeliness are counted from the documents and requests whose
 * deadline ran out in the quarter; a measure with nothing due is left out of a unit's score.
 */
export function createQuarterlyCircularActivities(dataSource: DataSource, onMailQueued: () => void): CircularActivities {
  return {
    async issueQuarterlyCircular(input: IssueCircularInput): Promise<IssueCircularResult> {
      const q: Quarter = { year: input.year, quarter: input.quarter };
      const key = quarterKey(q);
      if (!hasQuarterEnded(q, input.asOf)) {
        const refusal = new QuarterNotEndedError(key, input.asOf, quarterLastDay(q));
        throw ApplicationFailure.create({ type: refusal.code, message: refusal.message, nonRetryable: true });
      }
      const result = await dataSource.transaction(async (manager): Promise<IssueCircularResult> => {
        const archive = manager.getRepository(QuarterlyCircularEntity);
        const createdBy = await issuer(manager, input.issuedBy);
        const existing = await archive.findOne({ where: { quarterKey: key } });
        if (existing) {
          const rectificationTasks = await rectificationInputs(manager, existing.content, input, createdBy);
          if (!input.force) return { quarterKey: key, issued: false, mailsQueued: 0, sends: existing.sends, rectificationTasks };
          const sends = existing.sends + 1;
          await archive.update({ quarterKey: key }, { sends, updatedAt: new Date() });
          return { quarterKey: key, issued: false, mailsQueued: await queueCircular(manager, existing, q, sends), sends, rectificationTasks };
        }

        const units = await activeUnits(manager);
        const timeliness = await quarterTimeliness(manager, q);
        const facts = collectQuarterFacts({
          quarter: q,
          asOf: input.asOf,
          units: units.map((u) => ({ unitId: u.id, unitName: u.name })),
          tasks: await quarterTasks(manager, q),
          signOffs: timeliness.signOffs,
          requests: timeliness.requests,
        });
        const ranking = rankUnits(q, facts);
        const { lastPlaceCount, rectificationPlanWorkingDays, rectificationPlanDays } = input.settings;
        const lastPlaceConfig = { lastPlaceCount, rectificationPlanWorkingDays: rectificationPlanWorkingDays ?? rectificationPlanDays };
        const selection = selectLastPlace(ranking, await previousLastPlace(manager, q), lastPlaceConfig);
        const reminders = lastPlaceReminderTasks(selection, input.asOf, lastPlaceConfig);
        const circular = buildQuarterlyCircular({ ranking, lastPlace: selection, issuedOn: input.asOf, rectificationPlanDue: reminders[0]?.due });
        const rendered = renderQuarterlyCircular(circular, { chartCid: RANKING_CHART_CID });
        const now = new Date();
        const row: QuarterlyCircularEntity = {
          quarterKey: key,
          year: q.year,
          quarter: q.quarter,
          issuedOn: input.asOf,
          content: circular,
          ...rendered,
          docxBase64: (await circularDocx(circular, rendered)).toString('base64'),
          xlsxBase64: (await rankingXlsx(circular)).toString('base64'),
          sends: 1,
          createdAt: now,
          updatedAt: now,
        };
        await archive.insert(row);
        let mailsQueued = await queueCircular(manager, row, q, 1);

        const byId = new Map(units.map((u) => [u.id, u]));
        const calendar = defaultCalendar();
        for (const reminder of reminders) {
          const unit = byId.get(reminder.unitId)!;
          const placed = selection.lastPlace.find((u) => u.unitId === reminder.unitId)!;
          if (unit.leaderEmail) {
            const letter = renderLastPlaceLetter(circular, placed, reminder);
            if (await queueMail(manager, { key: reminder.key, to: [unit.leaderEmail], cc: unit.contactEmails, ...letter })) mailsQueued++;
          }
          const times = taskTimes(taskDueFromDate(now.getTime(), reminder.due, calendar), input.settings.timing, calendar);
          await manager.getRepository(SupervisionTaskEntity).insert(
            newTaskRow({
              id: randomUUID(),
              planId: null,
              title: reminder.title,
              source: reminder.source,
              unitId: unit.id,
              ownerId: null,
              dueOn: taskDueDate(times),
              dueAt: new Date(times.dueAt),
              createdBy: createdBy.id,
              at: now,
            }),
          );
        }
        const rectificationTasks = await rectificationInputs(manager, circular, input, createdBy);
        return { quarterKey: key, issued: true, mailsQueued, sends: 1, rectificationTasks };
      });
      if (result.mailsQueued > 0) onMailQueued();
      return result;
    },
  };
}
