import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { sha256Of } from '../common/uploaded-file.dto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { defaultCalendar } from '../../../../libs/domain/src/calendar/default-calendar';
import { isIsoDate } from '../../../../libs/domain/src/calendar/iso-date';
import { isClosedTaskStatus, type TaskSource, type TaskStatus } from '../../../../libs/domain/src/supervision/supervision-task';
import { taskDueDate, taskDueFromDate, taskDueFromLimit, taskTimes, type TaskDue } from '../../../../libs/domain/src/supervision/task-due';
import type { MovedInTask } from '../../../../libs/domain/src/supervision/moved-in-task';
import { PersonEntity } from '../../../../libs/persistence/src/entities/person.entity';
import { SupervisionPlanEntity } from '../../../../libs/persistence/src/entities/supervision-plan.entity';
import { SupervisionTaskEntity } from '../../../../libs/persistence/src/entities/supervision-task.entity';
import { TaskEvidenceFileEntity } from '../../../../libs/persistence/src/entities/task-evidence-file.entity';
import { TaskHistoryEntity } from '../../../../libs/persistence/src/entities/task-history.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { newTaskRow } from '../../../../libs/persistence/src/new-task-row';
import { taskWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import {
  cancelTaskUpdate,
  changeDueUpdate,
  decideExtensionUpdate,
  progressUpdate,
  requestExtensionUpdate,
  returnTaskUpdate,
  startTaskUpdate,
  submitTaskUpdate,
  transferTaskUpdate,
  verifyTaskUpdate,
} from '../../../../workflows/supervision/task.messages';
import type { TaskInput } from '../../../../libs/contracts/src/supervision-activities';
import type { Actor as CaseActor } from '../../../../libs/domain/src/registry/actor';
import { ApiContext } from '../api-context';
import { caseActor, type Actor } from '../common/actor';
import { AppError, invalid, notFound } from '../common/app-error';
import type { Page } from '../common/paging';
import { CreateTaskDto, DueDateDto, EvidenceFileDto, ExtensionDecisionDto, ExtensionRequestDto, ListTasksQuery, ProgressDto, ReasonDto, SubmitTaskDto, TransferTaskDto } from './dto/task.dto';
import { filterTasks } from './task-filter';
import { taskActionsFor } from './task-actions';
import type { PendingExtensionDto, TaskDetailDto } from './dto/task-view.dto';
import { taskStandings, type TaskStanding } from './task-standing';
import { assertTaskActionable, assertTaskReadable } from './task-access';
import { WorkflowStarter } from '../workflow-starts/workflow-starter';
import { TaskWorkflows } from './task-workflows';
import { activeUnit } from '../units/active-unit';
import { taskWorkflow } from '../../../../workflows/supervision/task.workflow';

/** The history events that open or end an extension request: a decision, a transfer, a cancellation. */
const EXTENSION_EVENTS = ['extension_requested', 'extension_approved', 'extension_refused', 'transferred', 'cancelled'];

/** A history entry's list of strings; entries recorded before the field existed have none. */
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** A task checked and ready to store: what creation and the ledger import share. */
export interface TaskDraft {
  title: string;
  source: TaskSource;
  unit: UnitEntity;
  owner: PersonEntity | null;
  planId: string | null;
  due: TaskDue;
  /** Imported already under way (办理中). */
  underWay?: boolean;
  /** Imported already submitted (已报送) or returned (已退回). */
  movedIn?: MovedInTask;
}

const fileView = (f: TaskEvidenceFileEntity) => ({ id: f.id, filename: f.filename, mediaType: f.mediaType, sizeBytes: f.sizeBytes, sha256: f.sha256 });

export function toTaskDto(t: SupervisionTaskEntity, files: TaskEvidenceFileEntity[] = [], standing: TaskStanding | null = null) {
  return {
    id: t.id,
    planId: t.planId,
    title: t.title,
    source: t.source,
    unitId: t.unitId,
    ownerId: t.ownerId,
    dueOn: t.dueOn,
    dueAt: t.dueAt.toISOString(),
    /** Due past the loaded notices: counted Monday to Friday until that year's calendar is published. */
    dueProvisional: !defaultCalendar().covers(t.dueOn),
    status: t.status,
    overdue: t.overdue,
    submissions: t.submissions,
    submittedOn: t.submittedOn,
    verifiedOn: t.verifiedOn,
    returnReason: t.returnReason,
    evidence: {
      note: t.evidenceNote,
      links: t.evidenceLinks,
      files: files.filter((f) => t.evidenceFileIds.includes(f.id)).map(fileView),
    },
    /** Today's working-day count and 三色 colour (list and detail; null in an action's answer). */
    standing,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** The day a due date is read against, in Shanghai, with the calendar's refusal as a field error. */
export function dueFromDate(field: string, dueOn: string, now: number): TaskDue {
  if (!isIsoDate(dueOn)) throw invalid(field, '应为存在的日期，格式 YYYY-MM-DD');
  const calendar = defaultCalendar();
  // The year after the last notice is counted Monday to Friday, provisionally; beyond it nothing is guessed.
  const year = Number(dueOn.slice(0, 4));
  if (year < calendar.firstYear || year > calendar.lastYear + 1) throw invalid(field, `超出工作日历的年份范围（${calendar.firstYear}–${calendar.lastYear + 1}）`);
  return taskDueFromDate(now, dueOn, calendar);
}

/** A due given as a date or a time limit, exactly one, as creation and due changes take it. */
function dueOrLimit(dto: { dueOn?: string; timeLimit?: string }, now: number): TaskDue {
  if ((dto.dueOn === undefined) === (dto.timeLimit === undefined)) throw invalid('dueOn', '请填写 dueOn 或 timeLimit 之一');
  return dto.dueOn !== undefined ? dueFromDate('dueOn', dto.dueOn, now) : taskDueFromLimit(now, dto.timeLimit!)!;
}

/** The new due the workflow counts from its own clock, checked here first so a bad date never reaches it. */
function newDue(dto: DueDateDto): { dueOn?: string; timeLimit?: string } {
  dueOrLimit(dto, Date.now());
  return dto.dueOn !== undefined ? { dueOn: dto.dueOn } : { timeLimit: dto.timeLimit };
}

@Injectable()
export class TasksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tasks: TaskWorkflows,
    private readonly context: ApiContext,
    private readonly starter: WorkflowStarter,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(SupervisionTaskEntity);
  }

  async create(actor: Actor, dto: CreateTaskDto) {
    const now = Date.now();
    const due = dueOrLimit(dto, now);
    const unit = await activeUnit(this.dataSource, dto.unitId);
    let owner: PersonEntity | null = null;
    if (dto.ownerId) {
      owner = await this.dataSource.getRepository(PersonEntity).findOne({ where: { id: dto.ownerId } });
      if (!owner || !owner.active) throw invalid('ownerId', '不是在用的人员');
      if (owner.unitId !== unit.id) throw invalid('ownerId', '是其他单位的人员');
    }
    if (dto.planId && !(await this.dataSource.getRepository(SupervisionPlanEntity).exists({ where: { id: dto.planId } }))) {
      throw invalid('planId', '不是已知的工作计划');
    }
    const draft: TaskDraft = { title: dto.title, source: dto.source ?? 'plan', unit, owner, planId: dto.planId ?? null, due };
    const [id] = await this.dataSource.transaction((manager) => this.store(manager, actor, [draft], now));
    // Temporal out of reach: the task stands and the starter starts its workflow later.
    await this.starter.start(taskWorkflowId(id));
    return toTaskDto(await this.repo.findOneByOrFail({ id }));
  }

  /**
   * Inserts checked drafts and their workflows' starts in the caller's transaction (so no task is
   * left without its workflow); returns their ids in order, for the caller to start after the commit.
   */
  async store(manager: EntityManager, actor: Actor, drafts: TaskDraft[], now: number): Promise<string[]> {
    const calendar = defaultCalendar();
    const ids: string[] = [];
    for (const draft of drafts) {
      const times = taskTimes(draft.due, this.context.config.supervision.timing, calendar);
      const id = randomUUID();
      ids.push(id);
      await manager.getRepository(SupervisionTaskEntity).insert(
        newTaskRow({
          id,
          planId: draft.planId,
          title: draft.title,
          source: draft.source,
          unitId: draft.unit.id,
          ownerId: draft.owner?.id ?? null,
          dueOn: taskDueDate(times),
          dueAt: new Date(times.dueAt),
          createdBy: actor.personId,
          at: new Date(now),
        }),
      );
      await this.starter.intend(manager, taskWorkflow, taskWorkflowId(id), this.workflowInput(actor, id, draft));
    }
    return ids;
  }

  private workflowInput(actor: Actor, taskId: string, draft: TaskDraft): TaskInput {
    return {
      task: {
        taskId,
        title: draft.title,
        source: draft.source,
        unitId: draft.unit.id,
        unitName: draft.unit.name,
        owner: draft.owner ? { id: draft.owner.id, name: draft.owner.name, email: draft.owner.email } : null,
        due: draft.due,
        createdBy: caseActor(actor),
        ...(draft.underWay ? { underWay: true } : {}),
        ...(draft.movedIn ? { movedIn: draft.movedIn } : {}),
      },
      timing: this.context.config.supervision.timing,
    };
  }

  async list(actor: Actor, query: ListTasksQuery): Promise<Page<ReturnType<typeof toTaskDto>>> {
    const order = query.sort === '-dueOn' ? 'DESC' : 'ASC';
    const [rows, total] = await filterTasks(this.repo.createQueryBuilder('t'), actor, query)
      .orderBy('t.due_on', order)
      .addOrderBy('t.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const standings = await taskStandings(this.dataSource, rows, this.context.config.supervision.timing);
    return { items: rows.map((t) => toTaskDto(t, [], standings.get(t.id))), total, page: query.page, pageSize: query.pageSize };
  }

  async visible(actor: Actor, id: string): Promise<SupervisionTaskEntity> {
    const task = await this.repo.findOne({ where: { id } });
    if (!task) throw notFound('任务', id);
    assertTaskReadable(actor, task.unitId);
    return task;
  }

  async get(actor: Actor, id: string): Promise<TaskDetailDto> {
    const task = await this.visible(actor, id);
    const standings = await taskStandings(this.dataSource, [task], this.context.config.supervision.timing);
    const asked = await this.extensionRequest(task);
    const pendingExtension: PendingExtensionDto | null = asked && {
      dueOn: String(asked.data.dueOn),
      reason: String(asked.data.reason),
      requestedBy: asked.actorName,
      requestedAt: asked.occurredAt,
      evidence: { links: strings(asked.data.links), files: (await this.files(task.id, strings(asked.data.fileIds))).map(fileView) },
    };
    return { ...toTaskDto(task, await this.files(task.id, task.evidenceFileIds), standings.get(task.id)), actions: taskActionsFor(actor, task, asked?.actorId ?? null), pendingExtension };
  }

  /** The request of the extension awaiting a decision, from the history: it is the last word on extensions, and the task is still open. */
  private async extensionRequest(task: SupervisionTaskEntity): Promise<TaskHistoryEntity | null> {
    if (isClosedTaskStatus(task.status as TaskStatus)) return null;
    const last = await this.dataSource.getRepository(TaskHistoryEntity).findOne({ where: { taskId: task.id, event: In(EXTENSION_EVENTS) }, order: { id: 'DESC' } });
    return last?.event === 'extension_requested' ? last : null;
  }

  async history(actor: Actor, id: string) {
    await this.visible(actor, id);
    const entries = await this.dataSource.getRepository(TaskHistoryEntity).find({ where: { taskId: id }, order: { id: 'ASC' } });
    return { entries: entries.map(({ id: _, taskId: __, ...entry }) => entry) };
  }

  async evidenceFile(actor: Actor, id: string, fileId: string) {
    await this.visible(actor, id);
    const file = await this.dataSource.getRepository(TaskEvidenceFileEntity).findOne({ where: { id: fileId, taskId: id } });
    if (!file) throw notFound('佐证材料', fileId);
    return file;
  }

  private files(taskId: string, ids: string[]) {
    return ids.length ? this.dataSource.getRepository(TaskEvidenceFileEntity).find({ where: { taskId, id: In(ids) } }) : Promise.resolve([]);
  }

  private async actionable(actor: Actor, id: string): Promise<{ task: SupervisionTaskEntity; by: CaseActor }> {
    const task = await this.visible(actor, id);
    assertTaskActionable(actor, task.unitId);
    return { task, by: caseActor(actor) };
  }

  private async after(id: string) {
    const task = await this.repo.findOneByOrFail({ id });
    return toTaskDto(task, await this.files(task.id, task.evidenceFileIds));
  }

  async start(actor: Actor, id: string) {
    const { by } = await this.actionable(actor, id);
    await this.tasks.act(id, startTaskUpdate, { actor: by });
    return this.after(id);
  }

  async submit(actor: Actor, id: string, dto: SubmitTaskDto) {
    const { by } = await this.actionable(actor, id);
    await this.withEvidence(actor, id, dto.files, (fileIds) => this.tasks.act(id, submitTaskUpdate, { actor: by, note: dto.note?.trim() || null, links: dto.links ?? [], fileIds }));
    return this.after(id);
  }

  /**
   * Stores the evidence files (at most EVIDENCE_FILE_LIMIT each) for `send`, which gets their ids;
   * a refusal leaves no trace, the files included.
   */
  private async withEvidence(actor: Actor, id: string, given: EvidenceFileDto[] | undefined, send: (fileIds: string[]) => Promise<unknown>): Promise<void> {
    const limit = this.context.config.supervision.evidenceFileLimitBytes;
    const decoded = (given ?? []).map((f, i) => {
      const bytes = Buffer.from(f.contentBase64, 'base64');
      if (bytes.length === 0) throw invalid(`files[${i}].contentBase64`, '内容为空');
      if (bytes.length > limit) {
        const most = `${Math.floor(limit / 1024)} KB`;
        throw new AppError('PAYLOAD_TOO_LARGE', `佐证材料“${f.filename}”大于${most}的上限，未能提交`, [{ field: `files[${i}]`, reason: `“${f.filename}”大于${most}的上限（EVIDENCE_FILE_LIMIT）` }]);
      }
      return { file: f, bytes };
    });
    const rows = decoded.map(({ file, bytes }) => ({
      id: randomUUID(),
      taskId: id,
      filename: file.filename,
      mediaType: file.mediaType ?? 'application/octet-stream',
      sizeBytes: bytes.length,
      sha256: sha256Of(bytes),
      contentBase64: bytes.toString('base64'),
      uploadedBy: actor.personId,
      createdAt: new Date(),
    }));
    const files = this.dataSource.getRepository(TaskEvidenceFileEntity);
    if (rows.length) await files.insert(rows);
    try {
      await send(rows.map((r) => r.id));
    } catch (error) {
      if (rows.length) await files.delete({ id: In(rows.map((r) => r.id)) });
      throw error;
    }
  }

  async verify(actor: Actor, id: string) {
    const { by } = await this.actionable(actor, id);
    await this.tasks.act(id, verifyTaskUpdate, { actor: by });
    return this.after(id);
  }

  async returnForRework(actor: Actor, id: string, dto: ReasonDto) {
    const { by } = await this.actionable(actor, id);
    await this.tasks.act(id, returnTaskUpdate, { actor: by, reason: dto.reason.trim() });
    return this.after(id);
  }

  async cancel(actor: Actor, id: string, dto: ReasonDto) {
    const { by } = await this.actionable(actor, id);
    await this.tasks.act(id, cancelTaskUpdate, { actor: by, reason: dto.reason.trim() });
    return this.after(id);
  }

  async changeDue(actor: Actor, id: string, dto: DueDateDto) {
    const { by } = await this.actionable(actor, id);
    await this.tasks.act(id, changeDueUpdate, { actor: by, ...newDue(dto), reason: dto.reason.trim() });
    return this.after(id);
  }

  async transfer(actor: Actor, id: string, dto: TransferTaskDto) {
    const { by } = await this.actionable(actor, id);
    const unit = await this.dataSource.getRepository(UnitEntity).findOne({ where: { id: dto.unitId } });
    if (!unit) throw invalid('unitId', '不是已知的单位');
    await this.tasks.act(id, transferTaskUpdate, { actor: by, unit: { id: unit.id, name: unit.name, active: unit.active }, reason: dto.reason.trim() });
    return this.after(id);
  }

  async requestExtension(actor: Actor, id: string, dto: ExtensionRequestDto) {
    const { task, by } = await this.actionable(actor, id);
    if (actor.unitId !== task.unitId) throw new AppError('FORBIDDEN', '延期申请由任务所属单位提出；公开办可直接调整办理时限');
    const due = newDue(dto);
    await this.withEvidence(actor, id, dto.files, (fileIds) => this.tasks.act(id, requestExtensionUpdate, { actor: by, ...due, reason: dto.reason.trim(), links: dto.links ?? [], fileIds }));
    return this.history(actor, id);
  }

  async decideExtension(actor: Actor, id: string, dto: ExtensionDecisionDto) {
    const { by } = await this.actionable(actor, id);
    await this.tasks.act(id, decideExtensionUpdate, { actor: by, approve: dto.approve, reason: dto.reason.trim() });
    return this.after(id);
  }

  async progress(actor: Actor, id: string, dto: ProgressDto) {
    const { by } = await this.actionable(actor, id);
    await this.tasks.act(id, progressUpdate, { actor: by, note: dto.note.trim() });
    return this.history(actor, id);
  }
}
