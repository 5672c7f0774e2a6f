import { AUDIT_LOG_CHAIN, buildAnchor } from '../signoff/trail-anchor';
import { GENESIS_HASH, type StoredAnchor } from '../signoff/trail-chain';
import { AuditChainCheck, chainAuditEntry, verifyAuditChain, type AuditEntryContent, type ChainedAuditEntry } from './audit-chain';

const content = (seq: number, after: unknown): AuditEntryContent => ({
  seq,
  occurredAt: `2026-12-01T10:00:0${seq}.000Z`,
  actorId: 'p1',
  actorName: '管理员',
  address: '10.0.0.7',
  action: 'PATCH /api/people/:id',
  entityType: 'person',
  entityId: 'p2',
  before: { roles: ['unit_contact'] },
  after,
});

function chain(...afters: unknown[]): ChainedAuditEntry[] {
  const entries: ChainedAuditEntry[] = [];
  for (const [i, after] of afters.entries()) entries.push(chainAuditEntry(content(i + 1, after), entries[i - 1]?.hash ?? GENESIS_HASH));
  return entries;
}

describe('the operation audit log chain', () => {
  it('verifies an unbroken log', () => {
    expect(verifyAuditChain(chain({ roles: ['signer'] }, { roles: ['auditor'] }))).toEqual({ valid: true, entries: 2, firstBroken: null, anchorCheck: 'none', anchor: null });
  });

  it('names the first entry whose content was changed, removed or relinked', () => {
    const altered = chain({ roles: ['signer'] }, { roles: ['auditor'] }, { roles: ['admin'] });
    altered[1] = { ...altered[1], after: { roles: ['coordinator'] } };
    expect(verifyAuditChain(altered).firstBroken).toEqual({ seq: 2, reason: '内容已被改动' });
    const removed = chain(1, 2, 3);
    removed.splice(1, 1);
    expect(verifyAuditChain(removed).firstBroken).toEqual({ seq: 3, reason: '第 2 条缺失' });
    const relinked = chain(1, 2);
    relinked[1] = chainAuditEntry(relinked[1], 'f'.repeat(64));
    expect(verifyAuditChain(relinked).firstBroken).toEqual({ seq: 2, reason: '与上一条的链接不符' });
  });

  const anchored = (entries: ChainedAuditEntry[], seq: number): StoredAnchor => {
    const head = { chain: AUDIT_LOG_CHAIN, seq, hash: entries[seq - 1].hash };
    const other = { chain: 'document:d1', seq: 4, hash: 'a'.repeat(64) };
    const anchor = buildAnchor('2026-12-01', [head, other], GENESIS_HASH);
    return { day: anchor.day, digest: anchor.digest, prevDigest: anchor.prevDigest, heads: anchor.heads, head };
  };

  it('holds the log against its anchored head: entries after it may follow, a deletion or a rewrite may not', () => {
    const log = chain(1, 2, 3);
    const anchor = anchored(log, 2);
    expect(verifyAuditChain(log, anchor)).toEqual({
      valid: true,
      entries: 3,
      firstBroken: null,
      anchorCheck: 'passed',
      anchor: { day: '2026-12-01', digest: anchor.digest, seq: 2, hash: log[1].hash },
    });
    // The chain alone cannot see its last entries deleted, nor a log rewritten whole.
    expect(verifyAuditChain(log.slice(0, 1), anchor)).toMatchObject({ valid: false, anchorCheck: 'failed', firstBroken: { seq: 2, reason: expect.stringContaining('有记录被删除') } });
    const rewritten = chain(1, 'forged', 3);
    expect(verifyAuditChain(rewritten).valid).toBe(true);
    expect(verifyAuditChain(rewritten, anchor)).toMatchObject({ valid: false, anchorCheck: 'failed', firstBroken: { seq: 2, reason: expect.stringContaining('留痕被改写') } });
    // An anchor whose stored heads were changed to match no longer gives its digest.
    const forgedAnchor = { ...anchor, head: { ...anchor.head, hash: rewritten[1].hash }, heads: anchor.heads.map((h) => (h.chain === AUDIT_LOG_CHAIN ? { ...h, hash: rewritten[1].hash } : h)) };
    expect(verifyAuditChain(rewritten, forgedAnchor)).toMatchObject({ valid: false, firstBroken: { seq: 2, reason: '2026-12-01 的锚定与其摘要不符：锚定记录被篡改' } });
  });

  it('gives the same verdict fed a batch at a time as fed the whole log, wherever the fault and the anchored head fall', () => {
    const log = chain(1, 2, 3, 4, 5);
    const altered = log.map((e, i) => (i === 3 ? { ...e, after: 'changed' } : e));
    const removed = log.filter((e) => e.seq !== 2);
    for (const entries of [log, altered, removed, log.slice(0, 2)]) {
      for (const anchor of [null, anchored(log, 3)]) {
        for (const size of [1, 2, 3]) {
          const check = new AuditChainCheck(anchor);
          for (let i = 0; i < entries.length; i += size) check.add(entries.slice(i, i + size));
          expect(check.result()).toEqual(verifyAuditChain(entries, anchor));
        }
      }
    }
    const deleted = new AuditChainCheck(anchored(log, 3));
    deleted.add(log.slice(0, 1));
    deleted.add(log.slice(1, 2));
    expect(deleted.result().firstBroken).toEqual({ seq: 3, reason: '当日锚定记有 3 条记录，现存记录止于第 2 条：有记录被删除' });
  });
});
