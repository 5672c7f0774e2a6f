import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, MoreThan, Not } from 'typeorm';
import { queueStepMails } from '../../../../libs/mail/src/step-mails';
import { calendarMovesMail } from '../../../../libs/domain/src/calendar/calendar-moves-mail';
import { calendarReadiness } from '../../../../libs/domain/src/calendar/calendar-readiness';
import { defaultCalendar } from '../../../../libs/domain/src/calendar/default-calendar';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { DocumentEntity } from '../../../../libs/persistence/src/entities/document.entity';
import { InformationRequestEntity } from '../../../../libs/persistence/src/entities/information-request.entity';
import { SupervisionOrderEntity } from '../../../../libs/persistence/src/entities/supervision-order.entity';
import { SupervisionTaskEntity } from '../../../../libs/persistence/src/entities/supervision-task.entity';
import { CalendarPendingCaseEntity } from '../../../../libs/persistence/src/entities/calendar-pending-case.entity';
import { CalendarVersionEntity } from '../../../../libs/persistence/src/entities/calendar-version.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { ApiContext } from '../api-context';
import { CalendarCases, OPEN_DOCUMENT, CLOSED_TASK, inBatches, openCases, type CaseMove, type CaseType, type OpenCase } from './calendar-impact';
import type { Actor as CaseActor } from '../../../../libs/domain/src/registry/actor';
import { CalendarDataError } from '../../../../libs/domain/src/calendar/errors';
import { yearGap } from '../../../../libs/domain/src/calendar/calendar-years';
import { installCalendar } from '../../../../libs/domain/src/calendar/default-calendar';
import { calendarInForce, calendarVersions, loadCalendarYear, loadShippedYears, yearsWith } from '../../../../libs/persistence/src/calendar-store';
import { BUNDLED_CALENDAR_YEARS } from '../../../../libs/domain/src/calendar/data';
import { AppError, notFound } from '../common/app-error';
import { WorkflowGateway } from '../workflow-gateway/workflow-gateway';
import type { CalendarHoldDecisionDto, CalendarHoldReceiptDto, CalendarHoldsDto, CalendarImpactDto, CalendarLoadDto, CalendarPublishDto, CalendarReadinessDto, CalendarVersionDto } from './calendar.dto';

export function toCalendarVersionDto(v: CalendarVersionEntity, inForce: ReadonlySet<number>): CalendarVersionDto {
  return {
    version: v.version,
    year: v.year,
    notice: v.notice,
    title: v.title,
    published: v.published,
    status: v.status,
    inForce: inForce.has(v.version),
    contentHash: v.contentHash,
    loadedBy: v.loadedBy,
    loadedAt: v.loadedAt.toISOString(),
    publishedAt: v.publishedAt?.toISOString() ?? null,
    content: v.content,
  };
}

/** The refusal of a year file: every fault with its JSON path, nothing stored. */
export function calendarRefusal(error: CalendarDataError): AppError {
  return new AppError(
    'CALENDAR_DATA_INVALID',
    `节假日安排文件有 ${error.faults.length} 处错误，未保存`,
    error.faults.map((f) => ({ field: f.field, reason: f.reason })),
  );
}

const CASE_NAMES: Record<CaseType, string> = { document: '办理中的公文', task: '未办结的任务', request: '未办结的申请' };

const DAY_MS = 86_400_000;
// Another API process's publication reaches this one's displayed clocks within this.
const REFRESH_MS = 60_000;

@Injectable()
export class CalendarService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly cases: CalendarCases;
  private readonly log = new Logger('calendar');
  private readonly timers: NodeJS.Timeout[] = [];
  private telling: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    workflows: WorkflowGateway,
    private readonly context: ApiContext,
  ) {
    this.cases = new CalendarCases(workflows);
  }

  /** A year shipped since the database was made reaches it as a draft; the API's clocks (working days left, 三色) then read the years in force. */
  async onModuleInit(): Promise<void> {
    const { loaded, refused } = await loadShippedYears(this.dataSource, BUNDLED_CALENDAR_YEARS);
    for (const v of loaded) {
      this.log.log(`the ${v.year} calendar shipped with this release (${v.notice}) is loaded as draft version ${v.version}: see its impact at GET /api/calendar/versions/${v.version}/impact, then publish it`);
    }
    for (const error of refused) this.log.warn(`a shipped calendar year is not loaded: ${error.message}`);
    await this.install();
  }

  /** Once at start and daily: the log says when next year's calendar is late, and what it leaves provisional. */
  onApplicationBootstrap(): void {
    const check = () => void this.warnIfNotLoaded().catch((error: Error) => this.log.error(`calendar readiness check failed: ${error.message}`));
    check();
    const refresh = () => void this.install().catch((error: Error) => this.log.error(`calendar refresh failed: ${error.message}`));
    const tell = () => void this.tellPending().catch((error: Error) => this.log.error(`telling cases of a published calendar failed: ${error.message}`));
    tell();
    this.timers.push(setInterval(check, DAY_MS), setInterval(refresh, REFRESH_MS), setInterval(tell, this.context.config.temporal.pendingStartIntervalMs));
    for (const timer of this.timers) timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    await this.telling?.catch(() => undefined);
  }

  /** The daily check, read at `now` (a test gives the day it means). */
  async warnIfNotLoaded(now = new Date()): Promise<void> {
    const r = await this.readiness(now);
    if (r.warning) {
      this.log.warn(`the ${r.nextYear} working-day calendar is not loaded (PUT /api/calendar/years/${r.nextYear}); ${r.provisionalDeadlines} open deadlines are provisional`);
    }
  }

  async readiness(now = new Date()): Promise<CalendarReadinessDto> {
    const lastYear = defaultCalendar().lastYear;
    const beyond = `${lastYear}-12-31`;
    const after = new Date(`${beyond}T16:00:00.000Z`);
    const [documents, tasks, orders, requests] = await Promise.all([
      this.dataSource.getRepository(DocumentEntity).count({ where: { status: In(OPEN_DOCUMENT), deadlineProvisional: true } }),
      this.dataSource.getRepository(SupervisionTaskEntity).count({ where: { status: Not(In(CLOSED_TASK)), dueOn: MoreThan(beyond) } }),
      this.dataSource.getRepository(SupervisionOrderEntity).count({ where: { status: 'awaiting_reply', replyDueAt: MoreThan(after) } }),
      this.dataSource.getRepository(InformationRequestEntity).count({ where: { answeredOn: IsNull(), provisional: true } }),
    ]);
    return { ...calendarReadiness(shanghaiDate(now), lastYear), provisionalDeadlines: documents + tasks + orders + requests };
  }

  async install(): Promise<void> {
    installCalendar((await calendarInForce(this.dataSource)).map((v) => v.content));
  }

  async load(year: number, body: unknown, loadedBy: string): Promise<CalendarLoadDto> {
    const given = (body as { year?: unknown } | null)?.year;
    if (given !== undefined && given !== year) {
      throw new AppError('CALENDAR_DATA_INVALID', `文件中的年份 ${String(given)} 与地址中的 ${year} 不一致`, [{ field: 'year', reason: `须为地址中的年份 ${year}` }]);
    }
    const inForce = await calendarInForce(this.dataSource);
    try {
      const { version, created } = await loadCalendarYear(this.dataSource, body, loadedBy, `${year}.json`);
      return { ...toCalendarVersionDto(version, new Set(inForce.map((v) => v.version))), created };
    } catch (error) {
      if (error instanceof CalendarDataError) throw calendarRefusal(error);
      throw error;
    }
  }

  async list(): Promise<CalendarVersionDto[]> {
    const inForce = new Set((await calendarInForce(this.dataSource)).map((v) => v.version));
    return (await calendarVersions(this.dataSource)).map((v) => toCalendarVersionDto(v, inForce));
  }

  private async version(v: number): Promise<CalendarVersionEntity> {
    const found = await this.dataSource.getRepository(CalendarVersionEntity).findOne({ where: { version: v } });
    if (!found) throw notFound('日历版本', String(v));
    return found;
  }

  private async movesUnder(candidate: CalendarVersionEntity): Promise<{ inForce: CalendarVersionEntity[]; moves: CaseMove[] }> {
    const inForce = await calendarInForce(this.dataSource);
    joinsInForce(candidate, inForce, '预览');
    return { inForce, moves: await this.cases.impact(await openCases(this.dataSource), yearsWith(inForce, candidate)) };
  }

  /** Every open deadline the version would move, were it published now (an answer for a version in force: nothing moves). */
  async impact(v: number): Promise<CalendarImpactDto> {
    const candidate = await this.version(v);
    const { inForce, moves } = await this.movesUnder(candidate);
    return { version: toCalendarVersionDto(candidate, new Set(inForce.map((x) => x.version))), moves };
  }

  /** The open cases a published calendar is held back from, for a coordinator to decide. */
  async holds(): Promise<CalendarHoldsDto> {
    const { held, unreached } = await this.cases.holds(await openCases(this.dataSource));
    const holds = held.map((c) => ({
      caseType: c.caseType,
      caseId: c.caseId,
      unitId: c.unitId,
      caseLabel: c.label,
      version: c.hold.published.version,
      notice: c.hold.published.notice,
      moves: c.hold.moves,
      keptOn: c.hold.kept?.on ?? null,
    }));
    return { holds, unreached };
  }

  /** Moves a held case's deadlines to the calendar in force, or keeps its old dates; the case records the decision. */
  async decideHold(caseType: CaseType, caseId: string, actor: CaseActor, dto: CalendarHoldDecisionDto): Promise<CalendarHoldReceiptDto> {
    const [found] = await openCases(this.dataSource, { caseType, caseId });
    if (!found) throw notFound(CASE_NAMES[caseType], caseId);
    const receipt = await this.cases.decide(found, { actor, decision: dto.decision, reason: dto.reason });
    return { decision: receipt.decision, moves: receipt.moves.map((m) => ({ ...m, caseType, caseId, unitId: found.unitId, caseLabel: found.label })) };
  }

  /**
   * Puts a draft in force: every open case is told, fetches the calendar and recounts, recording
   * each move in its own history or trail; each unit gets one email listing its moves (keyed by
   * version and unit, so a retried publication sends none twice). Who is to be told is written
   * with the publication: a case Temporal could not reach now is told by a later pass (its unit
   * mailed then if its moves could not be asked for), and the answer says how many wait.
   */
  async publish(v: number): Promise<CalendarPublishDto> {
    const candidate = await this.version(v);
    if (candidate.status === 'published') throw new AppError('CALENDAR_VERSION_PUBLISHED', `日历版本 ${v} 已于 ${candidate.publishedAt!.toISOString()} 发布`);
    const inForce = await calendarInForce(this.dataSource);
    joinsInForce(candidate, inForce, '发布');
    const cases = await openCases(this.dataSource);
    const { moves, unreached } = await this.cases.impactReachable(cases, yearsWith(inForce, candidate));
    candidate.status = 'published';
    candidate.publishedAt = new Date();
    const pendingRow = (c: OpenCase, movesMailed: boolean) => ({
      workflowId: c.workflowId,
      version: v,
      caseType: c.caseType,
      caseId: c.caseId,
      unitId: c.unitId,
      label: c.label.slice(0, 300),
      movesMailed,
      attempts: 0,
      lastError: null,
      since: candidate.publishedAt!,
    });
    // The units' mail is queued with the publication: a crash between the two would leave rows saying "mailed" for mail never queued.
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(CalendarVersionEntity).update({ version: v }, { status: 'published', publishedAt: candidate.publishedAt });
      // A case still waiting for an earlier version takes this one instead: it has not recounted, so these moves are all of its moves.
      await savePending(manager, cases.map((c) => pendingRow(c, !unreached.has(c.workflowId))));
      await this.mailUnits(manager, candidate, moves, (unitId) => `calendar:v${v}:unit:${unitId}`);
    });
    // A case registered while the moves were being asked for started on the old calendar and is in no row yet: it is told too, its moves asked then.
    const known = new Set(cases.map((c) => c.workflowId));
    const late = (await openCases(this.dataSource)).filter((c) => !known.has(c.workflowId));
    if (late.length) await this.dataSource.transaction((manager) => savePending(manager, late.map((c) => pendingRow(c, false))));
    await this.install();
    // A pass that read the table before this publication's rows were written would leave them for the next.
    await this.telling?.catch(() => undefined);
    await this.tellPending();
    const pending = await this.dataSource.getRepository(CalendarPendingCaseEntity).count({ where: { version: v } });
    const inForceNow = new Set((await calendarInForce(this.dataSource)).map((x) => x.version));
    return { version: toCalendarVersionDto(candidate, inForceNow), moves, pending };
  }

  /**
   * Tells every case still waiting for a publication, oldest first; returns how many still wait.
   * A case whose moves could not be asked for is asked now, under the calendar in force, and its
   * unit mailed them (keyed by version and case) before it is told.
   */
  tellPending(): Promise<number> {
    this.telling ??= (async () => {
      const repo = this.dataSource.getRepository(CalendarPendingCaseEntity);
      const waiting = await repo.find({ order: { since: 'ASC' } });
      if (waiting.length === 0) return 0;
      const versions = new Map((await this.dataSource.getRepository(CalendarVersionEntity).find({ where: { version: In([...new Set(waiting.map((p) => p.version))]) } })).map((x) => [x.version, x]));
      const years = (await calendarInForce(this.dataSource)).map((x) => x.content);
      const told = await inBatches(waiting, async (p) => {
        const version = versions.get(p.version)!;
        try {
          if (!p.movesMailed) {
            const moves = await this.cases.impactOf(p, years);
            await this.dataSource.transaction((manager) => this.mailUnits(manager, version, moves, () => `calendar:v${p.version}:case:${p.caseId}`));
          }
          await this.cases.tell(p, { version: p.version, year: version.year, notice: version.notice });
          // Only this version's row: a publication since has taken the row over and tells it anew.
          await repo.delete({ workflowId: p.workflowId, version: p.version });
          return true;
        } catch (error) {
          await repo.update({ workflowId: p.workflowId, version: p.version }, { attempts: p.attempts + 1, lastError: (error as Error).message.slice(0, 500) });
          return false;
        }
      });
      const left = told.filter((t) => !t).length;
      if (left) this.log.warn(`${left} open cases are not yet told of the calendar published for them; told again every ${this.context.config.temporal.pendingStartIntervalMs / 1000}s`);
      return left;
    })().finally(() => (this.telling = null));
    return this.telling;
  }

  private async mailUnits(manager: EntityManager, candidate: CalendarVersionEntity, moves: CaseMove[], keyOf: (unitId: string) => string): Promise<void> {
    const byUnit = new Map<string, CaseMove[]>();
    for (const m of moves) byUnit.set(m.unitId, [...(byUnit.get(m.unitId) ?? []), m]);
    if (byUnit.size === 0) return;
    const units = await manager.getRepository(UnitEntity).find({ where: { id: In([...byUnit.keys()]) } });
    const published = { year: candidate.year, notice: candidate.notice, version: candidate.version };
    await queueStepMails(
      manager,
      units.map((u) => ({ key: keyOf(u.id), to: [{ unitContactsOf: u.id }], ...calendarMovesMail(u.name, published, byUnit.get(u.id)!) })),
    );
  }
}

/** A draft may sit beside another draft year it follows: put in force (or previewed as such) before it, it would leave a gap no case's calendar can be built with. */
function joinsInForce(candidate: CalendarVersionEntity, inForce: readonly CalendarVersionEntity[], act: string): void {
  const gap = yearGap(candidate.year, inForce.map((x) => x.year));
  if (gap) throw new AppError('CALENDAR_YEAR_GAP', `日历版本 ${candidate.version} 现在不能${act}：${gap}`, [{ field: 'year', reason: gap }]);
}

async function savePending(manager: EntityManager, rows: Partial<CalendarPendingCaseEntity>[]): Promise<void> {
  const pending = manager.getRepository(CalendarPendingCaseEntity);
  for (let i = 0; i < rows.length; i += 100) await pending.save(rows.slice(i, i + 100));
}
