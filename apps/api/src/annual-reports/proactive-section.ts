import type { EntityManager } from 'typeorm';
import type { ProactiveFigures } from '../../../../libs/domain/src/annual-report/proactive-format';
import { documentCounts, type DatedDocument } from '../../../../libs/domain/src/proactive/document-counts';
import { sumWan } from '../../../../libs/domain/src/proactive/fee-amount';
import { datedDocuments } from '../proactive-figures/dated-documents';
import { ProactiveFiguresEntity } from '../../../../libs/persistence/src/entities/proactive-figures.entity';

/**
 * Section 二: the units' decision counts and fees as entered (one row per unit and year), and
 * regulations and normative documents counted from the sign-off's documents and those imported
 * as in force (datedDocuments). Both are small sets, read whole; the fee is added exactly in decimal.
 */
export async function proactiveSection(db: EntityManager, year: number, unitId?: string): Promise<ProactiveFigures> {
  const entered = await db.getRepository(ProactiveFiguresEntity).find({ where: { year, ...(unitId !== undefined ? { unitId } : {}) } });
  const documents = await datedDocuments(db, unitId ?? null);
  const dated = (type: string): DatedDocument[] => documents.filter((d) => d.documentType === type);
  const add = (pick: (r: ProactiveFiguresEntity) => number) => entered.reduce((sum, r) => sum + pick(r), 0);
  return {
    regulations: documentCounts(dated('regulation'), year),
    normative_documents: documentCounts(dated('normative_document'), year),
    licensing: { decisions: add((r) => r.licensingDecisions) },
    penalty: { decisions: add((r) => r.penaltyDecisions) },
    enforcement: { decisions: add((r) => r.enforcementDecisions) },
    administrative_fees: { amount: Number(sumWan(entered.map((r) => r.administrativeFeesWan))) },
  };
}
