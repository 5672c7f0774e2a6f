import { anchorDigest, anchorMailKey, buildAnchor, checkAnchoredHead, documentChain, renderAnchorEmail, renderAnchorsEmail, shanghaiDayRange, type AnchoredHead } from './trail-anchor';
import { chainEntry, GENESIS_HASH, verifyTrail, type ChainedTrailEntry, type StoredAnchor, type TrailEntryContent } from './trail-chain';

const KEY = 'unit-test-trail-key-0123456789abcdef';

const content = (seq: number): TrailEntryContent => ({
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
  data: {},
});

function chain(n: number): ChainedTrailEntry[] {
  const entries: ChainedTrailEntry[] = [];
  for (let i = 1; i <= n; i++) entries.push(chainEntry(content(i), entries.at(-1)?.hash ?? GENESIS_HASH, KEY));
  return entries;
}

const other: AnchoredHead = { chain: documentChain('d2'), seq: 2, hash: 'b'.repeat(64) };

function stored(entries: ChainedTrailEntry[], seq: number): StoredAnchor {
  const head = { chain: documentChain('d1'), seq, hash: entries[seq - 1].hash };
  const anchor = buildAnchor('2026-03-02', [other, head], GENESIS_HASH);
  return { day: anchor.day, digest: anchor.digest, prevDigest: anchor.prevDigest, heads: anchor.heads, head };
}

describe('the daily anchor of chain heads', () => {
  it('spans the Shanghai day in UTC instants', () => {
    expect(shanghaiDayRange('2026-03-02')).toEqual({ from: '2026-03-01T16:00:00.000Z', to: '2026-03-02T16:00:00.000Z' });
  });

  it('digests the heads whatever their order, and chains each day to the one before', () => {
    const a: AnchoredHead = { chain: documentChain('d1'), seq: 5, hash: 'a'.repeat(64) };
    expect(anchorDigest('2026-03-02', [a, other], GENESIS_HASH)).toBe(anchorDigest('2026-03-02', [other, a], GENESIS_HASH));
    const first = buildAnchor('2026-03-02', [a], GENESIS_HASH);
    expect(buildAnchor('2026-03-03', [a], first.digest).digest).not.toBe(buildAnchor('2026-03-03', [a], GENESIS_HASH).digest);
    expect(anchorDigest('2026-03-02', [{ ...a, seq: 4 }], GENESIS_HASH)).not.toBe(first.digest);
    expect(first.heads).toEqual([a]);
  });

  it('mails the digest and every head under a key of the day', () => {
    const anchor = buildAnchor('2026-03-02', [other], GENESIS_HASH);
    const mail = renderAnchorEmail(anchor);
    expect(mail.subject).toContain('2026-03-02');
    expect(mail.text).toContain(anchor.digest);
    expect(mail.text).toContain(`${other.chain}\t第 2 条\t${other.hash}`);
    expect(anchorMailKey('2026-03-02')).toBe('trail-anchor:2026-03-02');
  });

  it('mails a pass that caught up several days once, listing each day\'s digest, the last one witnessing all', () => {
    const first = buildAnchor('2026-03-02', [other], GENESIS_HASH);
    const second = buildAnchor('2026-03-04', [other], first.digest);
    expect(renderAnchorsEmail([first])).toEqual(renderAnchorEmail(first));
    const mail = renderAnchorsEmail([first, second]);
    expect(mail.subject).toBe(`【留痕日锚定】2026-03-02 至 2026-03-04：2 天的留痕链头，摘要 ${second.digest.slice(0, 16)}`);
    expect(mail.text).toContain(`2026-03-02\t1\t${first.digest}`);
    expect(mail.text).toContain(`2026-03-04\t1\t${second.digest}`);
    expect(mail.text).toContain(`上一锚定摘要：${first.digest}`);
    expect(() => renderAnchorsEmail([])).toThrow();
  });

  it('finds the anchored head in the rows, or says where they part', () => {
    const entries = chain(5);
    const head = { chain: documentChain('d1'), seq: 4, hash: entries[3].hash };
    expect(checkAnchoredHead(entries, head)).toBeNull();
    expect(checkAnchoredHead(entries.slice(0, 3), head)).toEqual({ seq: 4, reason: expect.stringContaining('有记录被删除') });
    expect(checkAnchoredHead(entries, { ...head, hash: entries[2].hash })).toEqual({ seq: 4, reason: expect.stringContaining('留痕被改写') });
  });

  it('is a check of verification: passed, failed on a rewritten tail, failed on an altered anchor', () => {
    const entries = chain(5);
    const none = { kind: 'none' as const };
    expect(verifyTrail(entries, { key: KEY, seal: null, witness: none, anchor: stored(entries, 4) })).toMatchObject({
      valid: true,
      checks: { chain: 'passed', witness: 'none', anchor: 'passed' },
      anchor: { day: '2026-03-02', seq: 4, hash: entries[3].hash },
    });
    // Rewritten from entry 4 on by someone with the key: the chain holds, the anchor does not.
    const rewritten = entries.slice(0, 3);
    for (const e of entries.slice(3)) rewritten.push(chainEntry({ ...e, comment: '不同意' }, rewritten.at(-1)!.hash, KEY));
    expect(verifyTrail(rewritten, { key: KEY, seal: null, witness: none, anchor: stored(entries, 4) })).toMatchObject({
      valid: false,
      failedCheck: 'anchor',
      checks: { chain: 'passed', anchor: 'failed' },
      firstAltered: { seq: 4, cause: 'anchor' },
    });
    const forged = { ...stored(entries, 4), heads: [other, { chain: documentChain('d1'), seq: 4, hash: rewritten[3].hash }] };
    expect(verifyTrail(rewritten, { key: KEY, seal: null, witness: none, anchor: { ...forged, head: forged.heads[1] } })).toMatchObject({
      valid: false,
      failedCheck: 'anchor',
      firstAltered: { seq: 4, cause: 'anchor', reason: expect.stringContaining('锚定记录被篡改') },
    });
  });
});
