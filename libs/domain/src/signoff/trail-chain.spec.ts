import { chainEntry, GENESIS_HASH, trailEntryHash, verifyTrail, type ChainedTrailEntry, type TrailEntryContent } from './trail-chain';

const content = (seq: number, extra: Partial<TrailEntryContent> = {}): TrailEntryContent => ({
  documentId: 'd1',
  seq,
  event: 'approved',
  actorId: 'p1',
  actorName: '科长李',
  actorRole: 'signer',
  level: 1,
  occurredAt: '2026-03-02T01:00:00.000Z',
  documentSha256: 'a'.repeat(64),
  comment: '同意',
  data: { b: 2, a: 1 },
  ...extra,
});

function chain(n: number): ChainedTrailEntry[] {
  const entries: ChainedTrailEntry[] = [];
  for (let i = 1; i <= n; i++) entries.push(chainEntry(content(i), entries.at(-1)?.hash ?? GENESIS_HASH));
  return entries;
}

describe("a document's hash-chained trail", () => {
  it('hashes the same content the same, whatever the order of its data keys', () => {
    expect(trailEntryHash(content(1, { data: { a: 1, b: 2 } }), GENESIS_HASH)).toBe(trailEntryHash(content(1, { data: { b: 2, a: 1 } }), GENESIS_HASH));
    expect(trailEntryHash(content(1), GENESIS_HASH)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies an untouched chain', () => {
    expect(verifyTrail(chain(5))).toEqual({ valid: true, entries: 5, firstAltered: null });
    expect(verifyTrail([])).toEqual({ valid: true, entries: 0, firstAltered: null });
  });

  it('names the first altered entry when a comment is changed', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], comment: '不同意' };
    expect(verifyTrail(entries).firstAltered).toEqual({ seq: 3, reason: expect.stringContaining('altered') });
  });

  it('catches an entry rewritten with a fresh hash by its broken link to the next', () => {
    const entries = chain(4);
    entries[1] = chainEntry(content(2, { actorName: '别人' }), entries[0].hash);
    expect(verifyTrail(entries).firstAltered?.seq).toBe(3);
  });

  it('catches a removed entry', () => {
    const entries = chain(4);
    entries.splice(1, 1);
    expect(verifyTrail(entries).firstAltered).toEqual({ seq: 3, reason: expect.stringContaining('missing') });
  });
});
