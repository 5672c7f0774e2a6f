import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource, In } from 'typeorm';
import { isIsoDate, shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import type { RowError } from '../../../../libs/domain/src/registry/import-rows';
import { LEDGER_COLUMNS, LEDGER_REQUIRED } from '../../../../libs/domain/src/supervision/ledger-columns';
import { movedInTask, type MovedInStatus } from '../../../../libs/domain/src/supervision/moved-in-task';
import { TASK_SOURCE_LABELS, TASK_SOURCES, TASK_STATUS_LABELS, type TaskSource, type TaskStatus } from '../../../../libs/domain/src/supervision/supervision-task';
import { PersonEntity } from '../../../../libs/persistence/src/entities/person.entity';
import { SupervisionPlanEntity } from '../../../../libs/persistence/src/entities/supervision-plan.entity';
import { SupervisionTaskEntity } from '../../../../libs/persistence/src/entities/supervision-task.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { taskWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import type { Actor } from '../common/actor';
import { importRejected, readXlsxTable, sheetColumns } from '../common/sheet-import';
import { WorkflowStarter } from '../workflow-starts/workflow-starter';
import type { TaskFilterQuery } from './dto/task.dto';
import { filterTasks } from './task-filter';
import { dueFromDate, TasksService, type TaskDraft } from './tasks.service';
import { importedUnitProblem } from '../units/active-unit';

const COLUMNS = LEDGER_COLUMNS;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = LEDGER_REQUIRED;

const MOVED_IN_STATUSES: readonly MovedInStatus[] = ['assigned', 'in_progress', 'submitted', 'returned'];
const openStatusByText = new Map<string, MovedInStatus>(MOVED_IN_STATUSES.flatMap((s) => [[s, s] as const, [TASK_STATUS_LABELS[s], s] as const]));

const sourceByText = new Map<string, TaskSource>([
  ...TASK_SOURCES.map((s) => [s, s] as const),
  ...TASK_SOURCES.map((s) => [TASK_SOURCE_LABELS[s], s] as const),
]);

export interface LedgerImportResult {
  rows: number;
  created: number;
  taskIds: string[];
  /** Checked only: the file would import as it is, and nothing was written. */
  dryRun: boolean;
}

/** The plan ledger as an .xlsx workbook: one row per task, in and out. */
@Injectable()
export class LedgerIoService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tasks: TasksService,
    private readonly starter: WorkflowStarter,
  ) {}

  /** All or nothing: every bad row is listed by its Excel row number, and nothing is imported unless none is bad. */
  async import(actor: Actor, content: Buffer, fileName: string, dryRun = false): Promise<LedgerImportResult> {
    const table = await readXlsxTable(content, fileName, '台账');
    const headerRow = table.headerRowNumber;
    const errors: RowError[] = [];
    const cell = sheetColumns(table, COLUMNS, REQUIRED, '台账');
    const units = new Map((await this.dataSource.getRepository(UnitEntity).find()).map((u) => [u.name, u]));
    const plans = new Map((await this.dataSource.getRepository(SupervisionPlanEntity).find({ order: { year: 'DESC' } })).reverse().map((p) => [p.title, p]));
    const ownerEmails = table.rows.map((r) => cell(r.cells, 'owner').toLowerCase()).filter(Boolean);
    const owners = new Map(
      (ownerEmails.length ? await this.dataSource.getRepository(PersonEntity).find({ where: { email: In(ownerEmails) } }) : []).map((p) => [p.email, p]),
    );
    const existing = new Set((await this.dataSource.getRepository(SupervisionTaskEntity).find({ select: { title: true, unitId: true } })).map((t) => `${t.unitId}\u0000${t.title}`));
    const firstRow = new Map<string, number>();
    const now = Date.now();
    const today = shanghaiDate(new Date(now));
    const drafts: TaskDraft[] = [];

    for (const { rowNumber: row, cells } of table.rows) {
      const before = errors.length;
      const fail = (field: Column, reason: string) => errors.push({ row, field, reason });
      const title = cell(cells, 'title');
      if (title === '') fail('title', '任务名称不能为空');
      else if (title.length > 200) fail('title', '任务名称不能超过200字');
      const unitName = cell(cells, 'unit');
      const unit = units.get(unitName);
      const unitProblem = unitName === '' ? '责任单位不能为空' : importedUnitProblem(unitName, unit);
      if (unitProblem) fail('unit', unitProblem);
      const dueText = cell(cells, 'due');
      let due = null;
      if (!isIsoDate(dueText)) fail('due', `办理时限“${dueText}”不是有效日期（应为 YYYY-MM-DD）`);
      else {
        try {
          due = dueFromDate('due', dueText, now);
        } catch {
          fail('due', `办理时限“${dueText}”超出已公布的工作日历`);
        }
      }
      const sourceText = cell(cells, 'source');
      const source = sourceText === '' ? 'plan' : sourceByText.get(sourceText);
      if (!source) fail('source', `来源“${sourceText}”应为 ${TASK_SOURCES.map((s) => TASK_SOURCE_LABELS[s]).join('、')}`);
      const ownerEmail = cell(cells, 'owner').toLowerCase();
      const owner = ownerEmail ? owners.get(ownerEmail) : undefined;
      if (ownerEmail && (!owner || !owner.active)) fail('owner', `责任人“${ownerEmail}”不存在或已停用`);
      else if (owner && unit && owner.unitId !== unit.id) fail('owner', `责任人“${ownerEmail}”不属于${unit.name}`);
      const planTitle = cell(cells, 'plan');
      const plan = planTitle ? plans.get(planTitle) : undefined;
      if (planTitle && !plan) fail('plan', `方案“${planTitle}”不存在`);
      if (title && unit) {
        const key = `${unit.id}\u0000${title}`;
        if (firstRow.has(key)) fail('title', `与第${firstRow.get(key)}行重复（同一单位的同名任务）`);
        else if (existing.has(key)) fail('title', `台账中已有${unit.name}的任务“${title}”`);
        else firstRow.set(key, row);
      }
      // Moving in, a task may be under way, submitted or returned already; a closed one has nothing left to supervise.
      const statusText = cell(cells, 'status');
      const status = statusText === '' ? 'assigned' : openStatusByText.get(statusText);
      if (!status) fail('status', `状态“${statusText}”应为${MOVED_IN_STATUSES.map((s) => TASK_STATUS_LABELS[s]).join('、')}：只导入在办任务`);
      const moved = status ? movedInTask(status, { submittedOn: cell(cells, 'submittedOn'), note: cell(cells, 'note'), returnedOn: cell(cells, 'returnedOn'), returnReason: cell(cells, 'returnReason') }, today) : null;
      for (const problem of moved?.problems ?? []) fail(problem.field, problem.reason);
      if (errors.length === before) {
        drafts.push({
          title,
          source: source!,
          unit: unit!,
          owner: owner ?? null,
          planId: plan?.id ?? null,
          due: due!,
          ...(status === 'in_progress' ? { underWay: true } : {}),
          ...(moved?.movedIn ? { movedIn: moved.movedIn } : {}),
        });
      }
    }
    if (table.rows.length === 0) errors.push({ row: headerRow + 1, reason: '文件中没有任务' });
    if (errors.length) throw importRejected('台账', errors);
    if (dryRun) return { rows: drafts.length, created: 0, taskIds: [], dryRun: true };

    // All or nothing: every row and every workflow start in one transaction; the starts run after
    // the commit, and whatever a crash or Temporal leaves pending the starter runs later.
    const ids = await this.dataSource.transaction((manager) => this.tasks.store(manager, actor, drafts, now));
    for (const id of ids) await this.starter.start(taskWorkflowId(id));
    return { rows: drafts.length, created: ids.length, taskIds: ids, dryRun: false };
  }

  /** The ledger as the screen filters it, every matching row (no paging). */
  async export(actor: Actor, query: TaskFilterQuery): Promise<Buffer> {
    const tasks = await filterTasks(this.dataSource.getRepository(SupervisionTaskEntity).createQueryBuilder('t'), actor, query).orderBy('t.due_on', 'ASC').addOrderBy('t.id', 'ASC').getMany();
    const units = new Map((await this.dataSource.getRepository(UnitEntity).find()).map((u) => [u.id, u.name]));
    const plans = new Map((await this.dataSource.getRepository(SupervisionPlanEntity).find()).map((p) => [p.id, p.title]));
    const ownerIds = [...new Set(tasks.map((t) => t.ownerId).filter((id): id is string => id !== null))];
    const owners = new Map((ownerIds.length ? await this.dataSource.getRepository(PersonEntity).find({ where: { id: In(ownerIds) } }) : []).map((p) => [p.id, p.email]));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('方案台账');
    sheet.addRow(['任务编号', '方案', '任务名称', '来源', '责任单位', '责任人邮箱', '办理时限', '状态', '是否逾期', '报送日期', '核验日期']);
    for (const t of tasks) {
      sheet.addRow([
        t.id,
        t.planId ? (plans.get(t.planId) ?? '') : '',
        t.title,
        TASK_SOURCE_LABELS[t.source as TaskSource] ?? t.source,
        units.get(t.unitId) ?? '',
        t.ownerId ? (owners.get(t.ownerId) ?? '') : '',
        t.dueOn,
        TASK_STATUS_LABELS[t.status as TaskStatus] ?? t.status,
        t.overdue ? '是' : '否',
        t.submittedOn ?? '',
        t.verifiedOn ?? '',
      ]);
    }
    sheet.getRow(1).font = { bold: true };
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}
