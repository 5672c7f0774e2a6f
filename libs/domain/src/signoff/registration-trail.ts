import type { RegisteredDocument } from './signoff-state';
import type { TrailEntryContent } from './trail-chain';

/**
 * The first entries of a document's trail: its registration and, when the drafter set one then,
 * its disclosure attribute (公开属性先行). They are written with the document itself; the
 * sign-off workflow numbers its entries after them.
 */
export function registrationTrail(document: RegisteredDocument, occurredAt: string): TrailEntryContent[] {
  const entry = (seq: number, event: 'registered' | 'attribute_set', data: Record<string, unknown>): TrailEntryContent => ({
    documentId: document.documentId,
    seq,
    event,
    actorId: document.drafter.id,
    actorName: document.drafter.name,
    actorRole: 'drafter',
    level: null,
    occurredAt,
    documentSha256: document.documentSha256,
    comment: null,
    data,
  });
  const entries = [entry(1, 'registered', { title: document.title, version: document.version })];
  if (document.attribute) {
    entries.push(entry(2, 'attribute_set', { attribute: document.attribute, withholdingBasis: document.withholdingBasis, before: null }));
  }
  return entries;
}
