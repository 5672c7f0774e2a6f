import { In, type EntityManager } from 'typeorm';
import { chainEntry, GENESIS_HASH, type TrailEntryContent } from '../../domain/src/signoff/trail-chain';
import { TrailEntryEntity } from './entities/trail-entry.entity';

/**
 * Appends numbered entries to a document's HMAC chain under `key`. Entries the chain already
 * holds (an earlier attempt of the same write) are skipped, so a retry appends nothing twice; a
 * gap in the numbering is refused rather than chained over. Returns the hash of every entry
 * asked for, written now or before, so the workflow witnesses the same hashes on a retry.
 */
export async function appendTrail(manager: EntityManager, documentId: string, contents: TrailEntryContent[], key: string): Promise<string[]> {
  const trail = manager.getRepository(TrailEntryEntity);
  const last = await trail.findOne({ where: { documentId }, order: { seq: 'DESC' }, select: { seq: true, hash: true } });
  let end = { seq: last?.seq ?? 0, hash: last?.hash ?? GENESIS_HASH };
  const written = contents.filter((c) => c.seq <= end.seq).map((c) => c.seq);
  const earlier = written.length
    ? new Map((await trail.find({ where: { documentId, seq: In(written) }, select: { seq: true, hash: true } })).map((e) => [e.seq, e.hash]))
    : new Map<number, string>();
  const appended: TrailEntryEntity[] = [];
  const hashes: string[] = [];
  for (const content of contents) {
    if (content.seq <= end.seq) {
      hashes.push(earlier.get(content.seq)!);
      continue;
    }
    if (content.seq !== end.seq + 1) throw new Error(`trail entry ${end.seq + 1} of document ${documentId} is missing`);
    const entry = chainEntry(content, end.hash, key);
    appended.push(entry as TrailEntryEntity);
    hashes.push(entry.hash);
    end = { seq: entry.seq, hash: entry.hash };
  }
  if (appended.length) await trail.insert(appended as never);
  return hashes;
}
