import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DisclosureAttribute, DocumentType, WithholdingBasis } from '../../../../libs/domain/src/signoff/disclosure-attribute';
import type { SignOffStatus } from '../../../../libs/domain/src/signoff/signoff-state';
import { renderTrailCertificate } from '../../../../libs/domain/src/signoff/trail-certificate';
import { verifyTrail, type ChainedTrailEntry, type TrailEvent, type TrailVerification } from '../../../../libs/domain/src/signoff/trail-chain';
import { TrailEntryEntity } from '../../../../libs/persistence/src/entities/trail-entry.entity';
import { TrailSealEntity } from '../../../../libs/persistence/src/entities/trail-seal.entity';
import { latestAnchorOf } from '../../../../libs/persistence/src/trail-anchors';
import { ApiContext } from '../api-context';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import type { Actor } from '../common/actor';
import { DocumentsService, toDocumentDto } from './documents.service';
import type { DocumentDto, ListDocumentsQuery } from './dto/document.dto';
import { SignOffWorkflows } from './signoff-workflows';

/** Reading, exporting and verifying a document's trail. Nothing here writes: the trail is append-only. */
@Injectable()
export class TrailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly signOff: SignOffWorkflows,
    private readonly context: ApiContext,
  ) {}

  private async entries(documentId: string): Promise<ChainedTrailEntry[]> {
    const rows = await this.dataSource.getRepository(TrailEntryEntity).find({ where: { documentId }, order: { seq: 'ASC' } });
    return rows.map((r) => ({ ...r, event: r.event as TrailEvent }));
  }

  /** The rows' chain under the key (and the legacy seal), then the rows against the workflow's witness and the latest daily anchor. */
  private async verification(id: string, entries: ChainedTrailEntry[]): Promise<TrailVerification> {
    const sealRow = await this.dataSource.getRepository(TrailSealEntity).findOneBy({ documentId: id });
    const seal = sealRow ? { entries: sealRow.legacyEntries, headHash: sealRow.headHash, seal: sealRow.seal } : null;
    return verifyTrail(entries, {
      key: this.context.trailKey,
      seal,
      witness: await this.signOff.trailWitness(id),
      anchor: await latestAnchorOf(this.dataSource.manager, id),
    });
  }

  async trail(actor: Actor, id: string): Promise<{ document: DocumentDto; entries: ChainedTrailEntry[]; verification: TrailVerification }> {
    const doc = await this.documents.visible(actor, id);
    const entries = await this.entries(id);
    return { document: toDocumentDto(doc), entries, verification: await this.verification(id, entries) };
  }

  /**
   * The trails of every document the filters select, paged through whole, with a manifest
   * naming each chain's head: an archive checks a later copy against those hashes.
   */
  async archive(actor: Actor, query: ListDocumentsQuery) {
    const documents: DocumentDto[] = [];
    for (let page = 1; ; page++) {
      const found = await this.documents.list(actor, { ...query, page, pageSize: 500 });
      documents.push(...found.items);
      if (documents.length >= found.total || found.items.length === 0) break;
    }
    const trails = [];
    for (const document of documents) {
      const entries = await this.entries(document.id);
      trails.push({ document, entries, verification: await this.verification(document.id, entries) });
    }
    const { page: _page, pageSize: _size, ...filters } = query;
    return {
      exportedAt: new Date().toISOString(),
      filters,
      manifest: trails.map((t) => ({
        documentId: t.document.id,
        title: t.document.title,
        entries: t.entries.length,
        chainHead: t.entries.at(-1)?.hash ?? null,
        valid: t.verification.valid,
        firstAltered: t.verification.firstAltered,
      })),
      trails,
    };
  }

  async verify(actor: Actor, id: string): Promise<TrailVerification> {
    await this.documents.visible(actor, id);
    return this.verification(id, await this.entries(id));
  }

  async certificate(actor: Actor, id: string): Promise<string> {
    const doc = await this.documents.visible(actor, id);
    const entries = await this.entries(id);
    const unit = await this.dataSource.getRepository(UnitEntity).findOne({ where: { id: doc.unitId } });
    return renderTrailCertificate(
      {
        id: doc.id,
        title: doc.title,
        documentType: doc.documentType as DocumentType,
        unitName: unit?.name ?? doc.unitId,
        attribute: doc.attribute as DisclosureAttribute | null,
        withholdingBasis: doc.withholdingBasis as WithholdingBasis | null,
        status: doc.status as SignOffStatus,
        sha256: doc.sha256,
      },
      entries,
      await this.verification(id, entries),
      new Date().toISOString(),
    );
  }
}
