import { In, IsNull, Not, type DataSource } from 'typeorm';
import type { ProactiveFigures } from '../../../../libs/domain/src/annual-report/proactive-format';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { documentCounts, type DatedDocument } from '../../../../libs/domain/src/proactive/document-counts';
import { sumWan } from '../../../../libs/domain/src/proactive/fee-amount';
import { DocumentRepealEntity } from '../../../../libs/persistence/src/entities/document-repeal.entity';
import { ProactiveFiguresEntity } from '../../../../libs/persistence/src/entities/proactive-figures.entity';

/**
 * Section 二: the units' decision counts and fees as entered (one row per unit and year), and
 * regulations and normative documents counted from the sign-off's documents, signed in
 * Shanghai time. Both are small sets, read whole; the fee is added exactly in decimal.
 */
export async function proactiveSection(dataSource: DataSource, year: number, unitId?: string): Promise<ProactiveFigures> {
  const entered = await dataSource.getRepository(ProactiveFiguresEntity).find({ where: { year, ...(unitId !== undefined ? { unitId } : {}) } });
  const documents = await dataSource.getRepository(DocumentRepealEntity).find({
    select: { id: true, documentType: true, signedAt: true, repealedOn: true },
    where: { documentType: In(['regulation', 'normative_document']), signedAt: Not(IsNull()), ...(unitId !== undefined ? { unitId } : {}) },
  });
  const dated = (type: string): DatedDocument[] =>
    documents.filter((d) => d.documentType === type).map((d) => ({ issuedOn: shanghaiDate(d.signedAt!), repealedOn: d.repealedOn }));
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
