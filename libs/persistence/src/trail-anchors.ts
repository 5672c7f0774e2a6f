import type { EntityManager } from 'typeorm';
import { documentChain } from '../../domain/src/signoff/trail-anchor';
import type { StoredAnchor } from '../../domain/src/signoff/trail-chain';
import { TrailAnchorEntity, TrailAnchorHeadEntity } from './entities/trail-anchor.entity';

/** The latest anchor that recorded a document's trail, with that day's other heads (to recompute its digest). */
export async function latestAnchorOf(manager: EntityManager, documentId: string): Promise<StoredAnchor | null> {
  return latestAnchorOfChain(manager, documentChain(documentId));
}

/** The latest anchor that recorded a chain's head (a document's trail, or the operation log's). */
export async function latestAnchorOfChain(manager: EntityManager, chain: string): Promise<StoredAnchor | null> {
  const head = await manager.getRepository(TrailAnchorHeadEntity).findOne({ where: { chain }, order: { day: 'DESC' } });
  if (!head) return null;
  const anchor = await manager.getRepository(TrailAnchorEntity).findOneBy({ day: head.day });
  const heads = await manager.getRepository(TrailAnchorHeadEntity).find({ where: { day: head.day } });
  const strip = (h: TrailAnchorHeadEntity) => ({ chain: h.chain, seq: h.seq, hash: h.hash });
  return { day: head.day, digest: anchor?.digest ?? '', prevDigest: anchor?.prevDigest ?? '', heads: heads.map(strip), head: strip(head) };
}
