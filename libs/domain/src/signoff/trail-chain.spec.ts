import {
  chainEntry,
  GENESIS_HASH,
  legacySealMac,
  trailEntryHash,
  verifyTrail,
  type ChainedTrailEntry,
  type LegacySeal,
  type TrailEntryContent,
  type TrailWitness,
} from './trail-chain';

const KEY = 'unit-test-trail-key-0123456789abcdef';

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
  for (let i = 1; i <= n; i++) entries.push(chainEntry(content(i), entries.at(-1)?.hash ?? GENESIS_HASH, KEY));
  return entries;
}

/** A chain as it was before TRAIL_KEY: unkeyed hashes anyone can recompute. */
function unkeyedChain(contents: TrailEntryContent[]): ChainedTrailEntry[] {
  const entries: ChainedTrailEntry[] = [];
  for (const c of contents) {
    const prevHash = entries.at(-1)?.hash ?? GENESIS_HASH;
    entries.push({ ...c, prevHash, hash: trailEntryHash(c, prevHash) });
  }
  return entries;
}

const witnessOf = (entries: ChainedTrailEntry[]): TrailWitness => ({ kind: 'workflow', hashes: entries.map((e) => e.hash), settled: true });
const verify = (entries: ChainedTrailEntry[], witness: TrailWitness, seal: LegacySeal | null = null) => verifyTrail(entries, { key: KEY, seal, witness });

describe("a document's HMAC-chained trail", () => {
  it('hashes the same content the same, whatever the order of its data keys', () => {
    expect(trailEntryHash(content(1, { data: { a: 1, b: 2 } }), GENESIS_HASH)).toBe(trailEntryHash(content(1, { data: { b: 2, a: 1 } }), GENESIS_HASH));
    expect(chainEntry(content(1), GENESIS_HASH, KEY).hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chainEntry(content(1), GENESIS_HASH, KEY).hash).not.toBe(chainEntry(content(1), GENESIS_HASH, `${KEY}x`).hash);
  });

  it('verifies an untouched chain against its witness', () => {
    const entries = chain(5);
    expect(verify(entries, witnessOf(entries))).toEqual({
      valid: true,
      entries: 5,
      head: { seq: 5, hash: entries[4].hash },
      checks: { chain: 'passed', witness: 'passed', anchor: 'none' },
      failedCheck: null,
      anchor: null,
      firstAltered: null,
      witnessNote: null,
    });
    expect(verify([], { kind: 'workflow', hashes: [], settled: true })).toMatchObject({ valid: true, entries: 0, head: null });
  });

  it('catches an edited entry by its HMAC', () => {
    const entries = chain(5);
    const witness = witnessOf(entries);
    entries[2] = { ...entries[2], comment: '不同意' };
    expect(verify(entries, witness)).toMatchObject({ valid: false, failedCheck: 'chain', firstAltered: { seq: 3, cause: 'content', reason: expect.stringContaining('HMAC') } });
  });

  it('catches an inserted entry', () => {
    const entries = chain(4);
    const witness = witnessOf(entries);
    entries.splice(2, 0, { ...entries[1], comment: '补记' });
    expect(verify(entries, witness)).toMatchObject({ valid: false, failedCheck: 'chain', firstAltered: { seq: 2, cause: 'numbering', reason: expect.stringContaining('有记录缺失或被插入') } });
  });

  it('catches a deleted middle entry', () => {
    const entries = chain(4);
    const witness = witnessOf(entries);
    entries.splice(1, 1);
    expect(verify(entries, witness)).toMatchObject({ valid: false, failedCheck: 'chain', firstAltered: { seq: 3, reason: expect.stringContaining('有记录缺失') } });
  });

  it('catches a deleted last entry by the witness, which the chain alone cannot', () => {
    const entries = chain(4);
    const witness = witnessOf(entries);
    entries.pop();
    expect(verify(entries, witness)).toMatchObject({
      valid: false,
      checks: { chain: 'passed', witness: 'failed' },
      failedCheck: 'witness',
      firstAltered: { seq: 4, reason: expect.stringContaining('有记录被删除') },
    });
  });

  it('catches two entries swapped', () => {
    const entries = chain(4);
    const witness = witnessOf(entries);
    [entries[1], entries[2]] = [entries[2], entries[1]];
    expect(verify(entries, witness)).toMatchObject({ valid: false, failedCheck: 'chain', firstAltered: { seq: 3 } });
  });

  it('catches a whole chain rewritten with recomputed unkeyed hashes', () => {
    const entries = chain(4);
    const witness = witnessOf(entries);
    const forged = unkeyedChain(entries.map((e, i) => (i === 1 ? { ...content(2), comment: '不同意' } : content(e.seq))));
    expect(verify(forged, witness)).toMatchObject({ valid: false, failedCheck: 'chain', firstAltered: { seq: 1, reason: expect.stringContaining('HMAC') } });
  });

  it('catches a chain rewritten with the key by its witness, at the first entry rewritten', () => {
    const entries = chain(4);
    const witness = witnessOf(entries);
    const rewritten: ChainedTrailEntry[] = entries.slice(0, 2);
    for (const seq of [3, 4]) rewritten.push(chainEntry(content(seq, { comment: '改' }), rewritten.at(-1)!.hash, KEY));
    expect(verify(rewritten, witness)).toMatchObject({ failedCheck: 'witness', firstAltered: { seq: 3, cause: 'witness', reason: expect.stringContaining('审签流程见证') } });
  });

  it('lets the rows run ahead of a witness only while a step is being written', () => {
    const entries = chain(4);
    const behind = entries.slice(0, 3).map((e) => e.hash);
    expect(verify(entries, { kind: 'workflow', hashes: behind, settled: false }).valid).toBe(true);
    expect(verify(entries, { kind: 'workflow', hashes: behind, settled: true })).toMatchObject({ failedCheck: 'witness', firstAltered: { seq: 4, reason: expect.stringContaining('在流程之外被添加') } });
  });

  it('says so when there is no witness, or it could not be asked', () => {
    const entries = chain(2);
    expect(verify(entries, { kind: 'none' })).toMatchObject({ valid: true, checks: { chain: 'passed', witness: 'none' } });
    expect(verify(entries, { kind: 'unavailable', reason: 'Temporal is down' })).toMatchObject({
      valid: false,
      failedCheck: 'witness',
      checks: { witness: 'unavailable' },
      firstAltered: null,
      witnessNote: 'Temporal is down',
    });
  });
});

describe('a trail begun before TRAIL_KEY', () => {
  const legacy = unkeyedChain([content(1), content(2), content(3)]);
  const seal: LegacySeal = { entries: 3, headHash: legacy[2].hash, seal: legacySealMac('d1', { seq: 3, hash: legacy[2].hash }, KEY) };
  const continued = [...legacy, chainEntry(content(4), legacy[2].hash, KEY)];

  it('keeps verifying: unkeyed entries up to the seal, keyed after it', () => {
    expect(verify(continued, { kind: 'none' }, seal)).toMatchObject({ valid: true, entries: 4, checks: { chain: 'passed' } });
  });

  it('catches the unkeyed entries rewritten, by the seal', () => {
    const rewritten = unkeyedChain([content(1), content(2, { comment: '不同意' }), content(3)]);
    expect(verify(rewritten, { kind: 'none' }, seal)).toMatchObject({ valid: false, failedCheck: 'chain', firstAltered: { seq: 3, cause: 'seal', reason: expect.stringContaining('封存值') } });
  });

  it('catches a forged seal and a chain cut before the seal', () => {
    expect(verify(continued, { kind: 'none' }, { ...seal, entries: 4, headHash: continued[3].hash })).toMatchObject({ failedCheck: 'chain', firstAltered: { seq: 1, reason: expect.stringContaining('伪造') } });
    expect(verify(legacy.slice(0, 2), { kind: 'none' }, seal)).toMatchObject({ failedCheck: 'chain', firstAltered: { seq: 3, reason: expect.stringContaining('有记录被删除') } });
  });
});
