import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import { AuditChainCheck, chainAuditEntry, verifyAuditChain, type AuditEntryContent, type AuditLogVerification, type ChainedAuditEntry } from '../../../../libs/domain/src/audit/audit-chain';
import { addDays, shanghaiInstant, type IsoDate } from '../../../../libs/domain/src/calendar/iso-date';
import { AUDIT_LOG_CHAIN } from '../../../../libs/domain/src/signoff/trail-anchor';
import { GENESIS_HASH } from '../../../../libs/domain/src/signoff/trail-chain';
import { AuditEntryEntity } from '../../../../libs/persistence/src/entities/audit-entry.entity';
import { latestAnchorOfChain } from '../../../../libs/persistence/src/trail-anchors';
import type { Page } from '../common/paging';
import type { AuditLogQuery } from './audit-log.dto';

const VERIFY_BATCH = 1000;

const view = (e: AuditEntryEntity): ChainedAuditEntry => ({
  seq: e.seq,
  occurredAt: e.occurredAt,
  actorId: e.actorId,
  actorName: e.actorName,
  address: e.address,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  before: e.before ?? null,
  after: e.after ?? null,
  prevHash: e.prevHash,
  hash: e.hash,
});

/** The operation log: appended by the audit interceptor only; no route changes or deletes an entry. */
@Injectable()
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  async append(entry: Omit<AuditEntryContent, 'seq'>): Promise<void> {
    // Two appends at once on PostgreSQL may take the same number: the second is refused by the
    // primary key and chains again on the new end.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.dataSource.transaction(async (manager) => {
          const repo = manager.getRepository(AuditEntryEntity);
          const [last] = await repo.find({ order: { seq: 'DESC' }, take: 1, select: { seq: true, hash: true } });
          await repo.insert(chainAuditEntry({ ...entry, seq: (last?.seq ?? 0) + 1 }, last?.hash ?? GENESIS_HASH) as never);
        });
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
      }
    }
  }

  async list(query: AuditLogQuery): Promise<Page<ChainedAuditEntry>> {
    const builder = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('e');
    if (query.entityType) builder.andWhere('e.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) builder.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorId) builder.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    // Instants are stored as ISO text; a date is a Beijing day, as the page shows the times, so it compares as that day's first instant and the next day's.
    if (query.from) builder.andWhere('e.occurred_at >= :from', { from: dayStart(query.from) });
    if (query.to) builder.andWhere('e.occurred_at < :to', { to: dayStart(addDays(query.to, 1)) });
    const [rows, total] = await builder
      .orderBy('e.seq', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(view), total, page: query.page, pageSize: query.pageSize };
  }

  /** The chain and its latest daily anchor verified, reading the log a batch at a time: the page asks at every visit. */
  async verify(): Promise<AuditLogVerification> {
    const repo = this.dataSource.getRepository(AuditEntryEntity);
    const check = new AuditChainCheck(await latestAnchorOfChain(this.dataSource.manager, AUDIT_LOG_CHAIN));
    // From the lowest number stored, whatever it is: a row forged below 1 must reach the check.
    for (let after: number | null = null; ; ) {
      const batch = await repo.find({ where: after === null ? {} : { seq: MoreThan(after) }, order: { seq: 'ASC' }, take: VERIFY_BATCH });
      check.add(batch.map(view));
      if (batch.length < VERIFY_BATCH) return check.result();
      after = batch[batch.length - 1].seq;
    }
  }

  /** The whole log in order, with the result of verifying its chain and its latest daily anchor: a file an auditor keeps. */
  async export() {
    const entries = (await this.dataSource.getRepository(AuditEntryEntity).find({ order: { seq: 'ASC' } })).map(view);
    const anchor = await latestAnchorOfChain(this.dataSource.manager, AUDIT_LOG_CHAIN);
    return { exportedAt: new Date().toISOString(), verification: verifyAuditChain(entries, anchor), entries };
  }
}

function dayStart(date: IsoDate): string {
  return new Date(shanghaiInstant(date)).toISOString();
}
