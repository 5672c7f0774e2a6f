import { chainEntry, GENESIS_HASH, trailEntryHash, type ChainedTrailEntry } from '../../libs/domain/src/signoff/trail-chain';
import { TrailEntryEntity } from '../../libs/persistence/src/entities/trail-entry.entity';
import { decide, register, startSignOffWorld, type SignOffWorld } from '../support/signoff-fixtures';
import { TEST_TRAIL_KEY } from '../support/test-api';

/** Someone who can write the database, not the server's trail key nor the workflows' history. */
describe("a document's trail tampered with in the database", () => {
  let w: SignOffWorld;
  beforeAll(async () => {
    w = await startSignOffWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const repo = () => w.api.db.dataSource.getRepository(TrailEntryEntity);
  const rows = async (documentId: string): Promise<ChainedTrailEntry[]> =>
    (await repo().find({ where: { documentId }, order: { seq: 'ASC' } })) as unknown as ChainedTrailEntry[];
  const replaceRows = (documentId: string, entries: ChainedTrailEntry[]) =>
    w.api.db.dataSource.transaction(async (m) => {
      await m.getRepository(TrailEntryEntity).delete({ documentId });
      await m.getRepository(TrailEntryEntity).insert(entries as never);
    });
  /** Relinks entries with the public, unkeyed hash: what a forger without the key can compute. */
  const relinkUnkeyed = (entries: ChainedTrailEntry[]) => {
    let prevHash = GENESIS_HASH;
    return entries.map((e) => {
      const linked = { ...e, prevHash, hash: trailEntryHash(e, prevHash) };
      prevHash = linked.hash;
      return linked;
    });
  };
  const verify = async (documentId: string) => (await w.api.http.get(`/documents/${documentId}/trail/verify`).set('authorization', w.auditor.auth)).body;

  /** registered, attribute_set, submitted, approved (level 1), approved (level 2): five entries. */
  async function signedTwice(title: string): Promise<string> {
    const { body: doc } = await register(w, { title, attribute: 'proactive' });
    await decide(w, doc.id, 'submit', w.drafter.auth);
    await decide(w, doc.id, 'approve', w.s1.auth, { comment: '同意' });
    await decide(w, doc.id, 'approve', w.s2.auth, { comment: '同意' });
    expect(await verify(doc.id)).toMatchObject({ valid: true, entries: 5, checks: { chain: 'passed', witness: 'passed' } });
    return doc.id;
  }

  it('an edited entry', async () => {
    const id = await signedTwice('改意见的文件');
    await repo().update({ documentId: id, seq: 4 }, { comment: '不同意' });
    expect(await verify(id)).toMatchObject({ valid: false, failedCheck: 'chain', firstAltered: { seq: 4, reason: expect.stringContaining('HMAC') } });
    const certificate = await w.api.http.get(`/documents/${id}/trail/certificate`).set('authorization', w.auditor.auth);
    expect(certificate.text).toContain('校验未通过（链式校验）：第 4 条记录起不可信');
  });

  it('an inserted entry', async () => {
    const id = await signedTwice('补记录的文件');
    const entries = await rows(id);
    await replaceRows(id, [...entries.slice(0, 3), { ...entries[3], comment: '补签意见' }, ...entries.slice(3)].map((e, i) => ({ ...e, seq: i + 1 })));
    expect(await verify(id)).toMatchObject({ valid: false, failedCheck: 'chain', firstAltered: { seq: 4 } });
  });

  it('a deleted middle entry', async () => {
    const id = await signedTwice('删中间的文件');
    await repo().delete({ documentId: id, seq: 3 });
    expect(await verify(id)).toMatchObject({ valid: false, failedCheck: 'chain', firstAltered: { seq: 4, reason: expect.stringContaining('有记录缺失') } });
  });

  it('a deleted last entry', async () => {
    const id = await signedTwice('删末条的文件');
    await repo().delete({ documentId: id, seq: 5 });
    expect(await verify(id)).toMatchObject({
      valid: false,
      checks: { chain: 'passed', witness: 'failed' },
      failedCheck: 'witness',
      firstAltered: { seq: 5, reason: expect.stringContaining('有记录被删除') },
    });
    const certificate = await w.api.http.get(`/documents/${id}/trail/certificate`).set('authorization', w.auditor.auth);
    expect(certificate.text).toContain('校验未通过（流程见证核对）：第 5 条记录起不可信');
  });

  it('two entries swapped', async () => {
    const id = await signedTwice('调换顺序的文件');
    const entries = await rows(id);
    await replaceRows(id, [entries[0], entries[1], { ...entries[3], seq: 3 }, { ...entries[2], seq: 4 }, entries[4]]);
    expect(await verify(id)).toMatchObject({ valid: false, failedCheck: 'chain', firstAltered: { seq: 3 } });
  });

  it('the whole chain rewritten with recomputed unkeyed hashes', async () => {
    const id = await signedTwice('整链重算的文件');
    const entries = await rows(id);
    await replaceRows(id, relinkUnkeyed(entries.map((e) => (e.seq === 4 ? { ...e, comment: '不同意' } : e))));
    expect(await verify(id)).toMatchObject({ valid: false, failedCheck: 'chain', firstAltered: { seq: 1, reason: expect.stringContaining('HMAC') } });
  });

  it('the chain rewritten from an entry on even with the key, by the workflow that witnessed it', async () => {
    const id = await signedTwice('持钥改写的文件');
    const entries = await rows(id);
    const rewritten = entries.slice(0, 3);
    for (const e of entries.slice(3)) rewritten.push(chainEntry({ ...e, comment: '不同意' }, rewritten.at(-1)!.hash, TEST_TRAIL_KEY));
    await replaceRows(id, rewritten);
    expect(await verify(id)).toMatchObject({ valid: false, checks: { chain: 'passed', witness: 'failed' }, firstAltered: { seq: 4, reason: expect.stringContaining('审签流程见证') } });
  });
});
