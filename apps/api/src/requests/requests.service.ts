import { defaultCalendar } from '../../../../libs/domain/src/calendar/default-calendar';
import { CalendarNotCoveredError } from '../../../../libs/domain/src/calendar/errors';
import { taskClock } from '../../../../libs/domain/src/supervision/task-clock';
import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { requestRowTitle, type OutcomeCode } from '../../../../libs/domain/src/annual-report/request-format';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import type { RequestClock } from '../../../../libs/domain/src/requests/request-clock';
import type { RequestEvent } from '../../../../libs/domain/src/requests/request-events';
import { RECEIPT_CHANNEL_RULES, type ReceiptChannel } from '../../../../libs/domain/src/requests/receipt-channel';
import { registrationChanges, requestCaseChanges, type Registration } from '../../../../libs/domain/src/requests/request-changes';
import { excerptOf } from '../../../../libs/domain/src/requests/request-excerpt';
import { requestNumber } from '../../../../libs/domain/src/requests/request-number';
import { REQUEST_RECORD_LABELS, statutoryEvent, type RequestRecordType } from '../../../../libs/domain/src/requests/request-record';
import { checkReceipt, readClock, RequestRuleError } from '../../../../libs/domain/src/requests/request-rules';
import { REQUEST_STATUS_LABELS, requestSnapshot, type RequestSnapshot } from '../../../../libs/domain/src/requests/request-snapshot';
import { InformationRequestEntity } from '../../../../libs/persistence/src/entities/information-request.entity';
import { RequestAnswerFileEntity } from '../../../../libs/persistence/src/entities/request-answer-file.entity';
import { RequestEventEntity } from '../../../../libs/persistence/src/entities/request-event.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { isUniqueViolation } from '../../../../libs/persistence/src/unique-violation';
import { requestWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import {
  approveExtensionUpdate,
  closeUpdate,
  correctRegistrationUpdate,
  endConsultationUpdate,
  receiveCorrectionUpdate,
  sendCorrectionNoticeUpdate,
  startConsultationUpdate,
  transferRequestUpdate,
  type RequestInput,
} from '../../../../workflows/requests/request.messages';
import { checkInTransaction, whileYearOpen } from '../annual-reports/year-lock';
import { ApiContext } from '../api-context';
import { MANAGERS, seesAllUnits } from '../common/access';
import { caseActor, type Actor } from '../common/actor';
import type { Actor as CaseActor } from '../../../../libs/domain/src/registry/actor';
import { AppError, invalid, notFound } from '../common/app-error';
import { likeClause, likeLiteral, type Page } from '../common/paging';
import { answerDocument } from './answer-document';
import type { CreateRequestDto, ListRequestsQuery, RequestDetailDto, RequestDto, RequestEventDto } from './dto/request.dto';
import type { CorrectRegistrationDto, TransferRequestDto } from './dto/request-changes.dto';
import type { CloseDto, ConsultationDto, CorrectionNoticeDto, CorrectionReceivedDto, EndConsultationDto, ExtensionDto } from './dto/request-steps.dto';
import { WorkflowStarter } from '../workflow-starts/workflow-starter';
import { RequestWorkflows } from './request-workflows';
import { activeUnit } from '../units/active-unit';
import { requestWorkflow } from '../../../../workflows/requests/request.workflow';

const today = () => shanghaiDate(new Date());
const isManager = (actor: Actor) => actor.roles.some((role) => MANAGERS.includes(role));

/** The due date read today; no count is guessed past the published calendar. */
function dueClock(r: InformationRequestEntity): RequestDto['dueClock'] {
  if (!r.dueOn || r.answeredOn) return null;
  try {
    const { overdue, workingDaysLeft, overdueWorkingDays } = taskClock(r.dueOn, today(), defaultCalendar());
    return { overdue, workingDaysLeft, overdueWorkingDays };
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return null;
    throw error;
  }
}

export function toRequestDto(r: InformationRequestEntity): RequestDto {
  return {
    id: r.id,
    number: r.number,
    yearReceived: r.yearReceived,
    unitId: r.unitId,
    requesterType: r.requesterType,
    requesterName: r.requesterName,
    requesterContact: r.requesterContact,
    receiptChannel: r.receiptChannel,
    receivedOn: r.receivedOn,
    content: r.content,
    countFrom: r.countFrom,
    status: r.status,
    statusLabel: REQUEST_STATUS_LABELS[r.status as keyof typeof REQUEST_STATUS_LABELS] ?? r.status,
    dueOn: r.dueOn,
    dueExplanation: r.dueExplanation,
    calendarVersion: r.calendarVersion,
    provisional: r.provisional,
    correctionRequestedOn: r.correctionRequestedOn,
    correctionDue: r.correctionDue,
    correctionReceivedOn: r.correctionReceivedOn,
    extensionApprovedOn: r.extensionApprovedOn,
    extensionWorkingDays: r.extensionWorkingDays,
    extensionApprover: r.extensionApprover,
    consultationOpen: r.consultationOpen,
    pausedWorkingDays: r.pausedWorkingDays,
    outcome: r.outcome,
    outcomeRow: r.outcome ? requestRowTitle(r.outcome as OutcomeCode) : null,
    answeredOn: r.answeredOn,
    answerKind: r.answerKind,
    answerSha256: r.answerSha256,
    answerFilename: r.answerFilename,
    breached: r.breached,
    dueClock: dueClock(r),
    overdueWorkingDays: r.overdueWorkingDays,
    registeredBy: r.registeredBy,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** A refusal of the rules, as the API reports it: the code, and the field at fault. */
function asAppError(error: unknown): unknown {
  if (!(error instanceof RequestRuleError)) return error;
  return new AppError(error.code, error.message, error.field ? [{ field: error.field, reason: error.message }] : []);
}

/** A request to register: its registration, its clock's columns, and for one moved in, its steps so far. */
export interface RequestDraft {
  id: string;
  dto: CreateRequestDto;
  snapshot: RequestSnapshot;
  imported?: RequestEvent[];
}

@Injectable()
export class RequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly context: ApiContext,
    private readonly workflows: RequestWorkflows,
    private readonly starter: WorkflowStarter,
  ) {}

  private get requests() {
    return this.dataSource.getRepository(InformationRequestEntity);
  }

  /** The request, if the caller may see it: organisation-wide readers, and the handling unit's people. */
  async visible(actor: Actor, id: string): Promise<InformationRequestEntity> {
    const request = await this.requests.findOne({ where: { id } });
    if (!request) throw notFound('政府信息公开申请', id);
    if (!seesAllUnits(actor) && request.unitId !== actor.unitId) {
      throw new AppError('UNIT_SCOPE', '只能查看本单位办理的政府信息公开申请');
    }
    return request;
  }

  /** The office acts on any request; a unit contact on their own unit's; auditors only read. */
  private assertMayHandle(actor: Actor, unitId: string): void {
    if (isManager(actor)) return;
    if (!actor.roles.includes('unit_contact')) throw new AppError('FORBIDDEN', '只有政务公开办和承办单位的联络员可以办理申请');
    if (actor.unitId !== unitId) throw new AppError('UNIT_SCOPE', '只能办理本单位承办的政府信息公开申请');
  }

  async register(actor: Actor, dto: CreateRequestDto): Promise<RequestDetailDto> {
    this.assertMayHandle(actor, dto.unitId);
    await activeUnit(this.dataSource, dto.unitId);
    const settings = this.context.config.requests;
    let clock: RequestClock;
    try {
      clock = checkReceipt(dto.receivedOn, { today: today(), countFrom: settings.countFrom });
    } catch (error) {
      throw asAppError(error);
    }
    const id = randomUUID();
    await this.registerMany(actor, [{ id, dto, snapshot: requestSnapshot(clock) }]);
    return this.get(actor, id);
  }

  /**
   * Registers requests in one transaction (all or nothing), each with its workflow's start, and
   * starts the workflows after the commit (Temporal out of reach: the starter starts them later).
   * An imported request carries its steps so far, already checked.
   */
  async registerMany(actor: Actor, drafts: RequestDraft[]): Promise<void> {
    const settings = this.context.config.requests;
    const input = (draft: RequestDraft, number: string): RequestInput => ({
      request: {
        requestId: draft.id,
        number,
        unitId: draft.dto.unitId,
        receivedOn: draft.dto.receivedOn,
        channel: draft.dto.receiptChannel,
        requesterType: draft.dto.requesterType,
        requesterName: draft.dto.requesterName,
        excerpt: excerptOf(draft.dto.content),
        registeredBy: caseActor(actor),
      },
      settings: { countFrom: settings.countFrom, reminderLeads: settings.reminderLeads },
      ...(draft.imported ? { imported: draft.imported } : {}),
    });
    await this.insertNumbered(actor, drafts, (manager, draft, number) =>
      this.starter.intend(manager, requestWorkflow, requestWorkflowId(draft.id), input(draft, number)),
    );
    for (const draft of drafts) await this.starter.start(requestWorkflowId(draft.id));
  }

  /**
   * Inserts the requests under the next numbers of their years, with `alsoWrite` (each workflow's
   * start) in the same transaction; registrations at once retry on the unique number.
   */
  private async insertNumbered(
    actor: Actor,
    drafts: RequestDraft[],
    alsoWrite: (manager: EntityManager, draft: RequestDraft, number: string) => Promise<unknown>,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager: EntityManager) => {
          const repo = manager.getRepository(InformationRequestEntity);
          const next = new Map<number, number>();
          for (const draft of drafts) {
            const { dto } = draft;
            const year = Number(dto.receivedOn.slice(0, 4));
            // Received in a published year: its 一 and the carry-over of every year since would change.
            if (!next.has(year)) await checkInTransaction(manager, { year, change: '登记该年收到的申请', andLater: true, unitId: dto.unitId });
            const numberInYear = (next.get(year) ?? ((await repo.maximum('numberInYear', { yearReceived: year })) ?? 0)) + 1;
            next.set(year, numberInYear);
            const number = requestNumber(year, numberInYear);
            const now = new Date();
            await repo.insert({
              id: draft.id,
              number,
              yearReceived: year,
              numberInYear,
              unitId: dto.unitId,
              requesterType: dto.requesterType,
              requesterName: dto.requesterName.trim(),
              requesterContact: dto.requesterContact.trim(),
              receiptChannel: dto.receiptChannel,
              receivedOn: dto.receivedOn,
              content: dto.content,
              countFrom: this.context.config.requests.countFrom,
              ...draft.snapshot,
              registeredBy: actor.personId,
              createdAt: now,
              updatedAt: now,
            });
            await alsoWrite(manager, draft, number);
          }
        });
      } catch (error) {
        // Each round of colliding registrations has one winner, so as many rounds as registrations
        // arrive at once (several API processes, each with many); the pause spreads the losers out.
        if (attempt < 50 && isUniqueViolation(error)) {
          await new Promise((r) => setTimeout(r, Math.random() * 20 * Math.min(attempt, 5)));
          continue;
        }
        throw error;
      }
    }
  }

  async list(actor: Actor, query: ListRequestsQuery): Promise<Page<RequestDto>> {
    const qb = this.requests.createQueryBuilder('r');
    if (!seesAllUnits(actor)) qb.andWhere('r.unit_id = :own', { own: actor.unitId ?? '' });
    if (query.unitId) qb.andWhere('r.unit_id = :unitId', { unitId: query.unitId });
    if (query.year !== undefined) qb.andWhere('r.year_received = :year', { year: query.year });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.outcome) qb.andWhere('r.outcome = :outcome', { outcome: query.outcome });
    if (query.overdue !== undefined) {
      // The breach flag is written when the period runs out; the date test covers the hours before that step lands.
      const late = '(r.breached = :yes OR (r.answered_on IS NULL AND r.due_on < :today))';
      qb.andWhere(query.overdue ? late : `NOT ${late}`, { yes: true, today: today() });
    }
    if (query.carriedOverInto !== undefined) {
      const start = `${query.carriedOverInto}-01-01`;
      qb.andWhere('r.received_on < :start AND (r.answered_on IS NULL OR r.answered_on >= :start)', { start });
    }
    if (query.dueWithinWorkingDays !== undefined) {
      const until = this.workingDaysAhead(query.dueWithinWorkingDays);
      qb.andWhere('r.answered_on IS NULL AND r.due_on >= :today AND r.due_on <= :until', { today: today(), until });
    }
    if (query.q) {
      qb.andWhere(`(${['r.number', 'r.requester_name', 'r.content'].map((c) => likeClause(c, 'q')).join(' OR ')})`, { q: `%${likeLiteral(query.q)}%` });
    }
    if (query.sort === 'dueOn') qb.orderBy('r.due_on', 'ASC', 'NULLS LAST').addOrderBy('r.number', 'ASC');
    else qb.orderBy('r.received_on', 'DESC').addOrderBy('r.number', 'DESC');
    const [rows, total] = await qb
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toRequestDto), total, page: query.page, pageSize: query.pageSize };
  }

  /** The last day of a window of working days from today, refused past the published calendar. */
  private workingDaysAhead(workingDays: number): string {
    try {
      return defaultCalendar().addWorkingDays(today(), workingDays).due;
    } catch (error) {
      if (error instanceof CalendarNotCoveredError) throw invalid('dueWithinWorkingDays', '超出已发布工作日历的年份范围');
      throw error;
    }
  }

  async get(actor: Actor, id: string): Promise<RequestDetailDto> {
    const request = await this.visible(actor, id);
    const file =
      request.answerKind === 'text' && request.answerSha256
        ? await this.dataSource.getRepository(RequestAnswerFileEntity).findOneBy({ requestId: id, sha256: request.answerSha256 })
        : null;
    const answerText = file ? Buffer.from(file.contentBase64, 'base64').toString('utf8') : null;
    const rule = RECEIPT_CHANNEL_RULES[request.receiptChannel as ReceiptChannel];
    const events = await this.statutoryEvents(request);
    const clock = readClock(events, { today: today(), countFrom: request.countFrom as 'next_day' | 'same_day' });
    const changes = this.mayHandle(actor, request.unitId) ? requestCaseChanges(events, actor.roles) : [];
    return { ...toRequestDto(request), receiptRule: `${rule.label}：${rule.receiptDay}`, clock: { ...clock }, answerText, changes };
  }

  private mayHandle(actor: Actor, unitId: string): boolean {
    try {
      this.assertMayHandle(actor, unitId);
      return true;
    } catch (error) {
      if (error instanceof AppError) return false;
      throw error;
    }
  }

  /** The statutory events from the record, the ones the workflow's pure clock reads. */
  private async statutoryEvents(request: InformationRequestEntity): Promise<RequestEvent[]> {
    const recorded = await this.dataSource.getRepository(RequestEventEntity).find({ where: { requestId: request.id }, order: { seq: 'ASC' } });
    // The receipt comes from the request itself: the workflow may not have written its first record yet.
    return [
      { type: 'received' as const, date: request.receivedOn },
      ...recorded.filter((e) => e.type !== 'received').flatMap((e) => statutoryEvent(e.type, e.date, e.data) ?? []),
    ];
  }

  async events(actor: Actor, id: string): Promise<RequestEventDto[]> {
    await this.visible(actor, id);
    const rows = await this.dataSource.getRepository(RequestEventEntity).find({ where: { requestId: id }, order: { seq: 'ASC' } });
    return rows.map((e) => ({
      seq: e.seq,
      type: e.type,
      label: REQUEST_RECORD_LABELS[e.type as RequestRecordType] ?? e.type,
      date: e.date,
      actorId: e.actorId,
      actorName: e.actorName,
      actorRole: e.actorRole,
      data: e.data,
      occurredAt: e.occurredAt,
    }));
  }

  /**
   * One step through the request's workflow; the workflow has written it when the update returns.
   * `first` runs once the caller may act, before the update (what the step's record refers to).
   */
  private async step<Args extends { actor: CaseActor }>(
    actor: Actor,
    id: string,
    update: UpdateDefinition<RequestSnapshot, [Args]>,
    arg: Omit<Args, 'actor'>,
    first?: () => Promise<void>,
  ): Promise<void> {
    const request = await this.visible(actor, id);
    this.assertMayHandle(actor, request.unitId);
    if (request.answeredOn) {
      throw new AppError('REQUEST_CLOSED', `申请已于${request.answeredOn}办结（${requestRowTitle(request.outcome as OutcomeCode)}），不能再办理`);
    }
    await first?.();
    await this.workflows.act(id, update, { ...arg, actor: caseActor(actor) } as Args);
  }

  async sendCorrectionNotice(actor: Actor, id: string, dto: CorrectionNoticeDto): Promise<RequestDetailDto> {
    await this.step(actor, id, sendCorrectionNoticeUpdate, { sentOn: dto.sentOn ?? today(), correctionDue: dto.correctionDue });
    return this.get(actor, id);
  }

  async receiveCorrection(actor: Actor, id: string, dto: CorrectionReceivedDto): Promise<RequestDetailDto> {
    await this.step(actor, id, receiveCorrectionUpdate, { receivedOn: dto.receivedOn ?? today(), goodReason: dto.goodReason?.trim() || null });
    return this.get(actor, id);
  }

  async approveExtension(actor: Actor, id: string, dto: ExtensionDto): Promise<RequestDetailDto> {
    await this.step(actor, id, approveExtensionUpdate, { approvedOn: dto.approvedOn ?? today(), workingDays: dto.workingDays, reason: dto.reason.trim() });
    return this.get(actor, id);
  }

  async startConsultation(actor: Actor, id: string, dto: ConsultationDto): Promise<RequestDetailDto> {
    await this.step(actor, id, startConsultationUpdate, { party: dto.party.trim(), startedOn: dto.startedOn ?? today() });
    return this.get(actor, id);
  }

  async endConsultation(actor: Actor, id: string, dto: EndConsultationDto): Promise<RequestDetailDto> {
    await this.step(actor, id, endConsultationUpdate, { party: dto.party.trim(), endedOn: dto.endedOn ?? today(), opinion: dto.opinion?.trim() || null });
    return this.get(actor, id);
  }

  async close(actor: Actor, id: string, dto: CloseDto): Promise<RequestDetailDto> {
    const answer = answerDocument(dto);
    const handling = await this.requests.findOne({ select: { id: true, unitId: true }, where: { id } });
    await whileYearOpen(this.dataSource, { year: Number(dto.answeredOn.slice(0, 4)), change: '登记该年的办理结果', andLater: true, unitId: handling?.unitId ?? null }, () =>
      this.step(actor, id, closeUpdate, { outcome: dto.outcome, answeredOn: dto.answeredOn, answer: answer.ref }, () =>
        this.storeAnswerFile(id, answer.ref.sha256, answer.bytes),
      ),
    );
    return this.get(actor, id);
  }

  /** 转办: the request goes to another handling unit; its clock, counted from the body's receipt, stays. */
  async transfer(actor: Actor, id: string, dto: TransferRequestDto): Promise<RequestDetailDto> {
    const units = this.dataSource.getRepository(UnitEntity);
    const unit = await units.findOne({ where: { id: dto.unitId } });
    if (!unit) throw invalid('unitId', '不是已知的单位');
    const request = await this.visible(actor, id);
    const from = await units.findOne({ where: { id: request.unitId } });
    await this.step(actor, id, transferRequestUpdate, {
      unit: { id: unit.id, name: unit.name, active: unit.active },
      fromUnitName: from?.name ?? request.unitId,
      reason: dto.reason.trim(),
    });
    return this.get(actor, id);
  }

  /**
   * Corrects the registration, keeping every replaced value in the record. A receipt date or
   * requester type changes the annual report of its year, so that year must still be open.
   */
  async correctRegistration(actor: Actor, id: string, dto: CorrectRegistrationDto): Promise<RequestDetailDto> {
    const request = await this.visible(actor, id);
    const current: Registration = {
      requesterName: request.requesterName,
      requesterContact: request.requesterContact,
      content: request.content,
      receiptChannel: request.receiptChannel,
      requesterType: request.requesterType,
      receivedOn: request.receivedOn,
    };
    const { reason, ...proposed } = dto;
    let changes;
    try {
      changes = registrationChanges(current, proposed);
    } catch (error) {
      throw asAppError(error);
    }
    const correct = () => this.step(actor, id, correctRegistrationUpdate, { changes, reason: reason?.trim() || null });
    // The workflow writes the change: the year stays open until it has.
    if (changes.some((c) => c.field === 'receivedOn' || c.field === 'requesterType')) {
      await whileYearOpen(this.dataSource, { year: request.yearReceived, change: '更正该年收到的申请', andLater: true, unitId: request.unitId }, correct);
    } else {
      await correct();
    }
    return this.get(actor, id);
  }

  /**
   * The bytes go in before the workflow records their hash, so a crash between leaves a file
   * without a hash (unreferenced, harmless), never a hash without its file. Keyed by hash: a
   * retried close stores nothing twice.
   */
  private async storeAnswerFile(requestId: string, sha256: string, bytes: Buffer): Promise<void> {
    try {
      await this.dataSource.getRepository(RequestAnswerFileEntity).insert({ requestId, sha256, contentBase64: bytes.toString('base64') });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
