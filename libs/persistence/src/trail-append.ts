import type { EntityManager } from 'typeorm';
import { chainEntry, GENESIS_HASH, type ChainedTrailEntry, type TrailEntryContent } from '../../domain/src/signoff/trail-chain';
import { TrailEntryEntity } from './entities/trail-entry.entity';

/**
 * Appends numbered entries to a document's hash chain. Entries the chain already holds (an
 * earlier attempt of the same write) are skipped, so a retry appends nothing twice; a gap in
 * the numbering is refused rather than chained over.
 */
export async function appendTrail(manager: EntityManager, documentId: string, contents: TrailEntryContent[]): Promise<ChainedTrailEntry[]> {
  const trail = manager.getRepository(TrailEntryEntity);
  const last = await trail.findOne({ where: { documentId }, order: { seq: 'DESC' }, select: { seq: true, hash: true } });
  let end = { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH };
  const appended: ChainedTrailEntry[] = [];
  for (const content of contents) {
    if (content.seq <= end.seq) continue;
    if (content.seq !== end.seq + 1) throw new Error(`trail entry ${end.seq + 1} of document ${documentId} is missing`);
    const entry = chainEntry(content, end.hash);
    appended.push(entry);
    end = { seq: entry.seq, hash: entry.hash };
  }
  if (appended.length) await trail.insert(appended as never);
  return appended;
}
