import { anchorFinishedDays } from '../../libs/activities/src/trail-anchoring';
import { addDays, type IsoDate } from '../../libs/domain/src/calendar/iso-date';
import { storedMail } from '../../libs/mail/src/outbox';
import { AUDIT_LOG_CHAIN } from '../../libs/domain/src/signoff/trail-anchor';
import { GENESIS_HASH } from '../../libs/domain/src/signoff/trail-chain';
import { AuditEntryEntity, MailMessageEntity, PersonEntity, TrailAnchorEntity } from '../../libs/persistence/src';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * The first anchoring pass over a trail written on several earlier days (an office that upgrades,
 * a worker back after a long outage) anchors each day and mails the auditors once.
 */
describe('an anchoring pass that catches up several days', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  const days: IsoDate[] = ['2026-03-02', '2026-03-04', '2026-03-05'];
  const entry = (seq: number, day: IsoDate) => ({
    seq,
    occurredAt: `${day}T02:00:00.000Z`,
    actorId: 'admin',
    actorName: '管理员',
    address: '127.0.0.1',
    action: 'units.update',
    entityType: 'unit',
    entityId: `u${seq}`,
    before: null,
    after: null,
    prevHash: GENESIS_HASH,
    hash: String(seq).repeat(64).slice(0, 64),
  });

  it('writes one anchor a day with changes, chained, and queues one mail that lists them all', async () => {
    const now = new Date();
    await db.dataSource.getRepository(PersonEntity).insert({
      id: 'auditor-1',
      name: '审计员',
      email: 'sj@gkb.test.cn',
      unitId: null,
      roles: ['auditor'],
      signerLevel: null,
      passwordHash: null,
      createdAt: now,
      updatedAt: now,
    });
    await db.dataSource.getRepository(AuditEntryEntity).insert(days.map((day, i) => entry(i + 1, day)) as never);
    let nudged = 0;

    const anchors = await anchorFinishedDays(db.dataSource, addDays(days[2], 1), () => (nudged += 1));
    // 3 March had no change, so it has no anchor; each digest folds in the day before's.
    expect(anchors.map((a) => [a.day, a.heads])).toEqual(days.map((day, i) => [day, [{ chain: AUDIT_LOG_CHAIN, seq: i + 1, hash: entry(i + 1, day).hash }]]));
    expect(anchors.map((a) => a.prevDigest)).toEqual([GENESIS_HASH, anchors[0].digest, anchors[1].digest]);
    expect(await db.dataSource.getRepository(TrailAnchorEntity).count()).toBe(3);
    expect(nudged).toBe(1);

    const mails = await db.dataSource.getRepository(MailMessageEntity).find();
    expect(mails.map((m) => [m.key, m.to])).toEqual([[`trail-anchor:${days[2]}`, ['sj@gkb.test.cn']]]);
    expect(mails[0].subject).toBe(`【留痕日锚定】${days[0]} 至 ${days[2]}：3 天的留痕链头，摘要 ${anchors[2].digest.slice(0, 16)}`);
    const text = (await storedMail(db.dataSource.manager, mails[0].key))!.text;
    for (const a of anchors) expect(text).toContain(`${a.day}\t1\t${a.digest}`);

    // The next day's pass anchors only that day, in a mail of its own.
    await db.dataSource.getRepository(AuditEntryEntity).insert(entry(4, addDays(days[2], 1)) as never);
    const next = await anchorFinishedDays(db.dataSource, addDays(days[2], 2), () => (nudged += 1));
    expect(next.map((a) => [a.day, a.prevDigest])).toEqual([[addDays(days[2], 1), anchors[2].digest]]);
    const subjects = (await db.dataSource.getRepository(MailMessageEntity).find({ order: { key: 'ASC' } })).map((m) => m.subject);
    expect(subjects).toHaveLength(2);
    expect(subjects[1]).toMatch(new RegExp(`^【留痕日锚定】${addDays(days[2], 1)}：1 条留痕链的链头`));
  });
});
