import type { DocumentCounts } from '../annual-report/proactive-format';
import type { IsoDate } from '../calendar/iso-date';

/** A regulation or normative document as section 二 counts it: issued when signed, until repealed. */
export interface DatedDocument {
  issuedOn: IsoDate;
  repealedOn: IsoDate | null;
}

/**
 * 本年制发, 本年废止 and 现行有效 of one year. In force is counted from the documents themselves,
 * so it equals last year's in force + issued − repealed whenever the records are complete.
 */
export function documentCounts(documents: readonly DatedDocument[], year: number): Record<keyof DocumentCounts, number> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const within = (date: IsoDate | null) => date !== null && date >= first && date <= last;
  return {
    issued: documents.filter((d) => within(d.issuedOn)).length,
    repealed: documents.filter((d) => within(d.repealedOn)).length,
    in_force: documents.filter((d) => d.issuedOn <= last && (d.repealedOn === null || d.repealedOn > last)).length,
  };
}
