import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import type { DatedDocument } from '../../../../libs/domain/src/proactive/document-counts';
import { DocumentRepealEntity } from '../../../../libs/persistence/src/entities/document-repeal.entity';
import { ImportedDocumentEntity } from '../../../../libs/persistence/src/entities/imported-document.entity';

export type TypedDatedDocument = DatedDocument & { documentType: string };

/**
 * Every regulation and normative document section 二 counts: those signed off here (issued when
 * signed, in Shanghai time) and those imported as in force when the office moved in.
 */
export async function datedDocuments(db: EntityManager, unitId: string | null): Promise<TypedDatedDocument[]> {
  const types = In(['regulation', 'normative_document']);
  const unit = unitId !== null ? { unitId } : {};
  const signed = await db.getRepository(DocumentRepealEntity).find({
    select: { id: true, documentType: true, signedAt: true, repealedOn: true },
    where: { documentType: types, signedAt: Not(IsNull()), ...unit },
  });
  const imported = await db.getRepository(ImportedDocumentEntity).find({ where: { documentType: types, ...unit } });
  return [
    ...signed.map((d) => ({ documentType: d.documentType, issuedOn: shanghaiDate(d.signedAt!), repealedOn: d.repealedOn })),
    ...imported.map((d) => ({ documentType: d.documentType, issuedOn: d.issuedOn, repealedOn: d.repealedOn })),
  ];
}
