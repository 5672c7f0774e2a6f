import { GENESIS_HASH } from '../signoff/trail-chain';
import { chainAuditEntry, verifyAuditChain, type AuditEntryContent, type ChainedAuditEntry } from './audit-chain';

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
    expect(verifyAuditChain(chain({ roles: ['signer'] }, { roles: ['auditor'] }))).toEqual({ valid: true, entries: 2, firstBroken: null });
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
});
