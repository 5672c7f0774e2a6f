import type { DataSource, EntityManager } from 'typeorm';
import { addDays, type IsoDate, shanghaiDate } from '../../domain/src/calendar/iso-date';
import { GENESIS_HASH } from '../../domain/src/signoff/trail-chain';
import {
  anchorMailKey,
  AUDIT_LOG_CHAIN,
  buildAnchor,
  documentChain,
  renderAnchorsEmail,
  shanghaiDayRange,
  type AnchoredHead,
  type TrailAnchor,
} from '../../domain/src/signoff/trail-anchor';
import { queueMail } from '../../mail/src/outbox';
import { AuditEntryEntity } from '../../persistence/src/entities/audit-entry.entity';
import { TrailAnchorEntity, TrailAnchorHeadEntity } from '../../persistence/src/entities/trail-anchor.entity';
import { TrailEntryEntity } from '../../persistence/src/entities/trail-entry.entity';
import { isUniqueViolation } from '../../persistence/src/unique-violation';
import { addresses } from '../../mail/src/recipients';

/** The last entry each chain wrote within the day: its head at the day's end, for the chains that changed. */
async function headsOf(manager: EntityManager, day: IsoDate): Promise<AnchoredHead[]> {
  const range = shanghaiDayRange(day);
  const trails = await manager
    .getRepository(TrailEntryEntity)
    .createQueryBuilder('e')
    .select(['e.document_id AS "documentId"', 'e.seq AS seq', 'e.hash AS hash'])
    .where('e.occurred_at >= :from AND e.occurred_at < :to', range)
    .andWhere('e.seq = (SELECT MAX(m.seq) FROM trail_entries m WHERE m.document_id = e.document_id AND m.occurred_at >= :from AND m.occurred_at < :to)')
    .getRawMany<{ documentId: string; seq: number | string; hash: string }>();
  const audit = await manager
    .getRepository(AuditEntryEntity)
    .createQueryBuilder('a')
    .select(['a.seq AS seq', 'a.hash AS hash'])
    .where('a.occurred_at >= :from AND a.occurred_at < :to', range)
    .orderBy('a.seq', 'DESC')
    .limit(1)
    .getRawOne<{ seq: number | string; hash: string }>();
  return [
    ...trails.map((t) => ({ chain: documentChain(t.documentId), seq: Number(t.seq), hash: t.hash })),
    ...(audit ? [{ chain: AUDIT_LOG_CHAIN, seq: Number(audit.seq), hash: audit.hash }] : []),
  ];
}

/** The first day any chain was written, when nothing has been anchored yet. */
async function firstDay(manager: EntityManager): Promise<IsoDate | null> {
  const earliest = await Promise.all(
    [TrailEntryEntity, AuditEntryEntity].map((entity) =>
      manager.getRepository(entity).createQueryBuilder('e').select('MIN(e.occurred_at)', 'first').getRawOne<{ first: string | null }>(),
    ),
  );
  const found = earliest.flatMap((e) => (e?.first ? [e.first] : [])).sort()[0];
  return found ? shanghaiDate(Date.parse(found)) : null;
}

/**
 * Anchors every finished Shanghai day before `today` since the last anchor: one row per day with
 * changes and its heads, each day in its own transaction, and one mail to the auditors for the
 * whole pass, queued with its last day under that day's key. A day already anchored (a rerun,
 * another worker) is left as it is, so nothing is mailed twice. A pass that stops midway leaves
 * its earlier days unmailed; the next pass's mail witnesses them, since its digests fold them in.
 */
export async function anchorFinishedDays(dataSource: DataSource, today: IsoDate, onMailQueued: () => void): Promise<TrailAnchor[]> {
  const last = await dataSource.getRepository(TrailAnchorEntity).findOne({ where: {}, order: { day: 'DESC' } });
  let prevDigest = last?.digest ?? GENESIS_HASH;
  const start = last ? addDays(last.day, 1) : await firstDay(dataSource.manager);
  const due: TrailAnchor[] = [];
  for (let day = start ?? today; day < today; day = addDays(day, 1)) {
    const heads = await headsOf(dataSource.manager, day);
    if (heads.length === 0) continue;
    const anchor = buildAnchor(day, heads, prevDigest);
    due.push(anchor);
    prevDigest = anchor.digest;
  }
  const anchored: TrailAnchor[] = [];
  // Set only once the last day's transaction, which holds the mail, has committed: a pass cut short by another worker queued none.
  let mailQueued = false;
  for (const anchor of due) {
    try {
      await dataSource.transaction(async (manager) => {
        await manager.getRepository(TrailAnchorEntity).insert({ day: anchor.day, digest: anchor.digest, prevDigest: anchor.prevDigest, createdAt: new Date().toISOString() });
        await manager.getRepository(TrailAnchorHeadEntity).insert(anchor.heads.map((h) => ({ day: anchor.day, ...h })));
        if (anchor !== due.at(-1)) return;
        const auditors = await addresses(manager, [{ role: 'auditor' }]);
        if (auditors.length === 0) return;
        await queueMail(manager, { key: anchorMailKey(anchor.day), to: auditors, cc: [], ...renderAnchorsEmail([...anchored, anchor]) });
        mailQueued = true;
      });
    } catch (error) {
      // Another worker anchored this day first: its anchor stands and this pass ends.
      if (isUniqueViolation(error)) break;
      throw error;
    }
    anchored.push(anchor);
  }
  if (mailQueued) onMailQueued();
  return anchored;
}
