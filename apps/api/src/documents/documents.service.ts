import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Brackets, DataSource } from 'typeorm';
import { defaultCalendar } from '../../../../libs/domain/src/calendar/default-calendar';
import { addDays, shanghaiInstant } from '../../../../libs/domain/src/calendar/iso-date';
import { levelClock } from '../../../../libs/domain/src/signoff/level-clock';
import { registrationTrail } from '../../../../libs/domain/src/signoff/registration-trail';
import { isFinished, SIGNOFF_STATUS_LABELS, type RegisteredDocument, type SignOffState, type SignOffStatus } from '../../../../libs/domain/src/signoff/signoff-state';
import { checkLaterAttributeChange, signOffCaseChanges, type SignOffCaseChange } from '../../../../libs/domain/src/signoff/signoff-case-changes';
import { TrailEntryEntity } from '../../../../libs/persistence/src/entities/trail-entry.entity';
import { DocumentVersionEntity } from '../../../../libs/persistence/src/entities/document-version.entity';
import { DocumentEntity } from '../../../../libs/persistence/src/entities/document.entity';
import { appendTrail } from '../../../../libs/persistence/src/trail-append';
import {
  approveUpdate,
  cancelSignOffUpdate,
  changeAttributeUpdate,
  delegateUpdate,
  proposeAttributeUpdate,
  reassignUpdate,
  recordPublicationUpdate,
  returnForRevisionUpdate,
  setAttributeUpdate,
  submitSignOffUpdate,
  withdrawUpdate,
} from '../../../../workflows/signoff/signoff.messages';
import { seesAllUnits } from '../common/access';
import { caseActor, type Actor } from '../common/actor';
import { signOffWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import type { SignOffInput } from '../../../../workflows/signoff/signoff.messages';
import { ApiContext } from '../api-context';
import { WorkflowStarter } from '../workflow-starts/workflow-starter';
import { AppError, invalid, notFound } from '../common/app-error';
import { likeClause, likeLiteral, type Page } from '../common/paging';
import { documentContent, type DocumentContent } from './document-content';
import {
  ApproveDto,
  CancelSignOffDto,
  ChangeAttributeDto,
  CreateDocumentDto,
  DelegateDto,
  DocumentDto,
  DocumentVersionDto,
  ListDocumentsQuery,
  ProposeAttributeDto,
  ReassignDto,
  RecordPublicationDto,
  ReturnForRevisionDto,
  SetAttributeDto,
  SubmitDto,
  WithdrawDto,
} from './dto/document.dto';
import { SignOffWorkflows } from './signoff-workflows';
import { SignOffPlanService } from './signoff-plan.service';
import { activeUnit } from '../units/active-unit';
import { signOffWorkflow } from '../../../../workflows/signoff/signoff.workflow';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toDocumentDto(d: DocumentEntity): DocumentDto {
  return {
    id: d.id,
    title: d.title,
    documentType: d.documentType,
    unitId: d.unitId,
    drafterId: d.drafterId,
    attribute: d.attribute,
    withholdingBasis: d.withholdingBasis,
    status: d.status,
    version: d.version,
    sha256: d.sha256,
    round: d.round,
    currentLevel: d.currentLevel,
    currentSignerId: d.currentSignerId,
    levelDueAt: iso(d.levelDueAt),
    levelClock: d.status === 'in_review' && d.levelDueAt ? levelClock(d.levelDueAt, new Date(), defaultCalendar()) : null,
    signedAt: iso(d.signedAt),
    publicationDueOn: d.publicationDueOn,
    publicationOverdue: d.publicationOverdue,
    publishedOn: d.publishedOn,
    publicationUrl: d.publicationUrl,
    deadlineProvisional: d.deadlineProvisional,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}


@Injectable()
export class DocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signOff: SignOffWorkflows,
    private readonly plans: SignOffPlanService,
    private readonly context: ApiContext,
    private readonly starter: WorkflowStarter,
  ) {}

  private get documents() {
    return this.dataSource.getRepository(DocumentEntity);
  }

  /** The document, if the caller may see it: organisation-wide readers, its unit, its drafter and its signers. */
  async visible(actor: Actor, id: string): Promise<DocumentEntity> {
    const doc = await this.documents.findOne({ where: { id } });
    if (!doc) throw notFound('公文', id);
    const involved = doc.drafterId === actor.personId || doc.signerIds.includes(actor.personId);
    if (!seesAllUnits(actor) && doc.unitId !== actor.unitId && !involved) {
      throw new AppError('UNIT_SCOPE', '只能查看本单位的公文和由您审签的公文');
    }
    return doc;
  }

  async register(actor: Actor, dto: CreateDocumentDto): Promise<DocumentDto> {
    const unitId = dto.unitId ?? actor.unitId;
    if (!unitId) throw invalid('unitId', '不属于任何单位时必须填写');
    if (!seesAllUnits(actor) && unitId !== actor.unitId) throw new AppError('UNIT_SCOPE', '只能为本单位登记公文');
    await activeUnit(this.dataSource, unitId);
    if (dto.attribute === 'withheld' && !dto.withholdingBasis) throw invalid('withholdingBasis', '公开属性为不予公开时必须填写');
    if (dto.attribute !== 'withheld' && dto.withholdingBasis) throw invalid('withholdingBasis', '仅在公开属性为不予公开时填写');
    const content = documentContent(dto, true)!;
    const id = randomUUID();
    const now = new Date();
    const registered: RegisteredDocument = {
      documentId: id,
      title: dto.title,
      unitId,
      drafter: { id: actor.personId, name: actor.name, email: actor.email },
      attribute: dto.attribute ?? null,
      withholdingBasis: dto.withholdingBasis ?? null,
      version: 1,
      documentSha256: content.sha256,
    };
    const trail = registrationTrail(registered, now.toISOString());
    // The document, its first version, the first links of its trail and its workflow's start, together.
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(DocumentEntity).insert({
        id,
        title: dto.title,
        documentType: dto.documentType,
        unitId,
        drafterId: actor.personId,
        attribute: dto.attribute ?? null,
        withholdingBasis: dto.withholdingBasis ?? null,
        status: 'draft',
        version: 1,
        sha256: content.sha256,
        round: 0,
        currentLevel: null,
        currentSignerId: null,
        signerIds: [],
        levelDueAt: null,
        signedAt: null,
        publicationDueOn: null,
        publicationOverdue: false,
        publishedOn: null,
        publicationUrl: null,
        deadlineProvisional: false,
        createdAt: now,
        updatedAt: now,
      });
      await this.storeVersion(manager.getRepository(DocumentVersionEntity), id, 1, content, actor.personId);
      const trailHashes = await appendTrail(manager, id, trail, this.context.trailKey);
      const input: SignOffInput = { document: registered, trailSeq: trailHashes.length, trailHashes };
      await this.starter.intend(manager, signOffWorkflow, signOffWorkflowId(id), input);
    });
    // Temporal out of reach: the document stands and the starter starts its sign-off later.
    await this.starter.start(signOffWorkflowId(id));
    return toDocumentDto(await this.documents.findOneOrFail({ where: { id } }));
  }

  private storeVersion(repo: ReturnType<DataSource['getRepository']>, documentId: string, version: number, content: DocumentContent, by: string) {
    return repo.insert({
      documentId,
      version,
      sha256: content.sha256,
      filename: content.filename,
      mediaType: content.mediaType,
      sizeBytes: content.bytes.length,
      contentBase64: content.bytes.toString('base64'),
      uploadedBy: by,
      createdAt: new Date(),
    });
  }

  async list(actor: Actor, query: ListDocumentsQuery): Promise<Page<DocumentDto>> {
    const qb = this.documents.createQueryBuilder('d');
    if (!seesAllUnits(actor)) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('d.unit_id = :own', { own: actor.unitId ?? '' })
            .orWhere('d.drafter_id = :me', { me: actor.personId })
            .orWhere('d.signer_ids LIKE :meQuoted', { meQuoted: `%"${actor.personId}"%` }),
        ),
      );
    }
    if (query.unitId) qb.andWhere('d.unit_id = :unitId', { unitId: query.unitId });
    if (query.attribute) qb.andWhere('d.attribute = :attribute', { attribute: query.attribute });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    // Registration instants are ISO text in UTC; the period is read in Shanghai time.
    if (query.from) qb.andWhere('d.created_at >= :from', { from: new Date(shanghaiInstant(query.from)).toISOString() });
    if (query.to) qb.andWhere('d.created_at < :to', { to: new Date(shanghaiInstant(addDays(query.to, 1))).toISOString() });
    if (query.overdue !== undefined) {
      const late = `(d.publication_overdue = :yes OR (d.status = 'in_review' AND d.level_due_at < :now))`;
      qb.andWhere(query.overdue ? late : `NOT ${late}`, { yes: true, now: new Date().toISOString() });
    }
    if (query.draftedByMe) qb.andWhere('d.drafter_id = :drafter', { drafter: actor.personId });
    if (query.waitingForMe) qb.andWhere("d.status = 'in_review' AND d.current_signer_id = :signer", { signer: actor.personId });
    if (query.q) qb.andWhere(likeClause('d.title', 'q'), { q: `%${likeLiteral(query.q)}%` });
    // A queue is read by urgency: the earliest due (the late ones) first, then what has waited longest.
    if (query.waitingForMe) qb.orderBy('d.level_due_at', 'ASC').addOrderBy('d.created_at', 'ASC');
    else qb.orderBy('d.created_at', 'DESC');
    const [rows, total] = await qb
      .addOrderBy('d.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toDocumentDto), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<DocumentDto & { signOff: SignOffState | null; changes: SignOffCaseChange[] }> {
    const doc = await this.visible(actor, id);
    const status = doc.status as SignOffStatus;
    const signOff = isFinished({ status }) ? null : await this.signOff.state(id);
    // A finished sign-off's workflow holds no state: its row has what the checks read.
    const changes = signOffCaseChanges(signOff ?? { status, signedAt: iso(doc.signedAt), drafter: { id: doc.drafterId } }, caseActor(actor));
    return { ...toDocumentDto(doc), signOff, changes };
  }

  /** Every version of the document, first to last, without the bytes. */
  async versions(actor: Actor, id: string): Promise<DocumentVersionDto[]> {
    await this.visible(actor, id);
    const rows = await this.dataSource.getRepository(DocumentVersionEntity).find({ where: { documentId: id }, order: { version: 'ASC' } });
    return rows.map((v) => ({
      version: v.version,
      sha256: v.sha256,
      filename: v.filename,
      mediaType: v.mediaType,
      sizeBytes: v.sizeBytes,
      uploadedBy: v.uploadedBy,
      createdAt: v.createdAt.toISOString(),
    }));
  }

  /** After a decision the workflow has written its step; read the projection it left. */
  private async after(id: string): Promise<DocumentDto> {
    return toDocumentDto(await this.documents.findOneOrFail({ where: { id } }));
  }

  private refuseIfFinished(doc: DocumentEntity): void {
    if (isFinished({ status: doc.status as SignOffStatus })) {
      throw new AppError('DOCUMENT_FINISHED', `该公文的审签已结束（${SIGNOFF_STATUS_LABELS[doc.status as SignOffStatus]}），不能再作任何决定`);
    }
  }

  async setAttribute(actor: Actor, id: string, dto: SetAttributeDto): Promise<DocumentDto> {
    const doc = await this.visible(actor, id);
    this.refuseIfFinished(doc);
    await this.signOff.decide(id, setAttributeUpdate, {
      actor: caseActor(actor),
      attribute: dto.attribute,
      withholdingBasis: dto.withholdingBasis ?? null,
      reason: dto.reason ?? null,
    });
    return this.after(id);
  }

  async submit(actor: Actor, id: string, dto: SubmitDto): Promise<DocumentDto> {
    const doc = await this.visible(actor, id);
    this.refuseIfFinished(doc);
    const content = documentContent(dto, false);
    const { plan, config } = await this.plans.planFor(doc.unitId);
    const versions = this.dataSource.getRepository(DocumentVersionEntity);
    let revision: { version: number; sha256: string } | null = null;
    if (content) {
      const latest = await versions.maximum('version', { documentId: id });
      revision = { version: (latest ?? 0) + 1, sha256: content.sha256 };
      await this.storeVersion(versions, id, revision.version, content, actor.personId);
    }
    try {
      await this.signOff.decide(id, submitSignOffUpdate, {
        actor: caseActor(actor),
        revision,
        plan,
        timing: { remindBefore: config.remindBefore, escalateAfter: config.escalateAfter, publication: config.publication },
      });
    } catch (error) {
      // A refused submission leaves no version behind.
      if (revision) await versions.delete({ documentId: id, version: revision.version });
      throw error;
    }
    return this.after(id);
  }

  async approve(actor: Actor, id: string, dto: ApproveDto): Promise<DocumentDto> {
    this.refuseIfFinished(await this.visible(actor, id));
    await this.signOff.decide(id, approveUpdate, { actor: caseActor(actor), comment: dto.comment ?? null });
    return this.after(id);
  }

  async returnForRevision(actor: Actor, id: string, dto: ReturnForRevisionDto): Promise<DocumentDto> {
    this.refuseIfFinished(await this.visible(actor, id));
    await this.signOff.decide(id, returnForRevisionUpdate, { actor: caseActor(actor), comment: dto.comment });
    return this.after(id);
  }

  async proposeAttribute(actor: Actor, id: string, dto: ProposeAttributeDto): Promise<DocumentDto> {
    this.refuseIfFinished(await this.visible(actor, id));
    if (dto.attribute === 'withheld' && !dto.withholdingBasis) throw invalid('withholdingBasis', '公开属性为不予公开时必须填写');
    await this.signOff.decide(id, proposeAttributeUpdate, {
      actor: caseActor(actor),
      attribute: dto.attribute,
      withholdingBasis: dto.withholdingBasis ?? null,
      reason: dto.reason,
    });
    return this.after(id);
  }

  /**
   * The person a level passes to. One already signing the document is left to the workflow's
   * one-person-one-level rule, and a document not at a level (null) to its state check.
   */
  private takingOver(doc: DocumentEntity, personId: string, field: string, level: number | null) {
    if (level === null || doc.signerIds.includes(personId)) return this.plans.signer(personId, field);
    return this.plans.levelSigner(personId, field, doc.unitId, level);
  }

  async delegate(actor: Actor, id: string, dto: DelegateDto): Promise<DocumentDto> {
    const doc = await this.visible(actor, id);
    this.refuseIfFinished(doc);
    const to = await this.takingOver(doc, dto.toPersonId, 'toPersonId', doc.currentLevel);
    await this.signOff.decide(id, delegateUpdate, {
      actor: caseActor(actor),
      to: { id: to.id, name: to.name, email: to.email },
      reason: dto.reason ?? null,
    });
    return this.after(id);
  }

  async reassign(actor: Actor, id: string, dto: ReassignDto): Promise<DocumentDto> {
    const doc = await this.visible(actor, id);
    this.refuseIfFinished(doc);
    const to = await this.takingOver(doc, dto.signerId, 'signerId', dto.level);
    await this.signOff.decide(id, reassignUpdate, {
      actor: caseActor(actor),
      level: dto.level,
      to: { id: to.id, name: to.name, email: to.email },
      reason: dto.reason,
    });
    return this.after(id);
  }

  async recordPublication(actor: Actor, id: string, dto: RecordPublicationDto): Promise<DocumentDto> {
    const doc = await this.visible(actor, id);
    this.refuseIfFinished(doc);
    if (dto.file && dto.publishedSha256) throw invalid('file', 'publishedSha256 与 file 只能发送其一');
    const sha256 = dto.file ? documentContent({ file: dto.file }, true)!.sha256 : dto.publishedSha256!;
    await this.signOff.decide(id, recordPublicationUpdate, {
      actor: caseActor(actor),
      url: dto.url,
      publishedOn: dto.publishedOn,
      channel: dto.channel,
      publishedSha256: sha256,
    });
    return this.after(id);
  }

  async withdraw(actor: Actor, id: string, dto: WithdrawDto): Promise<DocumentDto> {
    this.refuseIfFinished(await this.visible(actor, id));
    await this.signOff.decide(id, withdrawUpdate, { actor: caseActor(actor), reason: dto.reason?.trim() || null });
    return this.after(id);
  }

  async cancel(actor: Actor, id: string, dto: CancelSignOffDto): Promise<DocumentDto> {
    this.refuseIfFinished(await this.visible(actor, id));
    await this.signOff.decide(id, cancelSignOffUpdate, { actor: caseActor(actor), reason: dto.reason.trim() });
    return this.after(id);
  }

  /**
   * A change of attribute after the signing. A document still awaiting publication has its
   * workflow running; a closed or published one has had its workflow end, so it is started
   * again from its final state to record the change in the witnessed trail.
   */
  async changeAttribute(actor: Actor, id: string, dto: ChangeAttributeDto): Promise<DocumentDto> {
    const doc = await this.visible(actor, id);
    if (dto.attribute === 'withheld' && !dto.withholdingBasis) throw invalid('withholdingBasis', '公开属性为不予公开时必须填写');
    const { config } = await this.plans.planFor(doc.unitId);
    const arg = {
      actor: caseActor(actor),
      attribute: dto.attribute,
      withholdingBasis: dto.withholdingBasis ?? null,
      reason: dto.reason.trim(),
      timing: { remindBefore: config.remindBefore, escalateAfter: config.escalateAfter, publication: config.publication },
    };
    if (doc.status === 'published' || doc.status === 'closed') {
      const seq = (await this.dataSource.getRepository(TrailEntryEntity).maximum('seq', { documentId: id })) ?? 0;
      await this.signOff.reopen(id, seq, doc.stepSeq ?? 0, changeAttributeUpdate, arg, (state) =>
        checkLaterAttributeChange(state, arg.actor, arg.attribute, arg.withholdingBasis, arg.reason),
      );
    } else {
      await this.signOff.decide(id, changeAttributeUpdate, arg);
    }
    return this.after(id);
  }
}
