import { randomUUID } from 'node:crypto';
import { GENESIS_HASH, trailEntryHash, verifyTrail, type ChainedTrailEntry, type TrailEntryContent } from '../../libs/domain/src/signoff/trail-chain';
import { DocumentEntity } from '../../libs/persistence/src/entities/document.entity';
import { TrailEntryEntity } from '../../libs/persistence/src/entities/trail-entry.entity';
import { TrailSealEntity } from '../../libs/persistence/src/entities/trail-seal.entity';
import { SealLegacyTrails1764240000000 } from '../../libs/persistence/src/migrations/1764240000000-SealLegacyTrails';
import { appendTrail } from '../../libs/persistence/src/trail-append';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startTestApi, TEST_TRAIL_KEY, type TestApi } from '../support/test-api';

describe('trails written before TRAIL_KEY, through the migration that introduces it', () => {
  let api: TestApi;
  beforeAll(async () => {
    // A Temporal address nobody answers: registering starts no sign-off that could write the trail.
    api = await startTestApi({}, { temporalAddress: '127.0.0.1:1' });
  });
  afterAll(async () => {
    await api.close();
  });

  const documentRow = async (title: string) => {
    const id = randomUUID();
    const unit = await createUnit(api, `${title}单位`);
    const drafter = await createPersonAndLogin(api, { name: '起草人', email: `drafter-${id.slice(0, 8)}@test.cn`, roles: ['unit_contact'], unitId: unit.id });
    const now = new Date();
    await api.db.dataSource.getRepository(DocumentEntity).insert({
      id, title, documentType: 'work_document', unitId: unit.id, drafterId: drafter.id, attribute: 'proactive', withholdingBasis: null, status: 'in_review',
      version: 1, sha256: 'a'.repeat(64), round: 1, currentLevel: 1, currentSignerId: null, signerIds: [], levelDueAt: null, signedAt: null,
      publicationDueOn: null, publicationOverdue: false, publishedOn: null, publicationUrl: null, deadlineProvisional: false, createdAt: now, updatedAt: now,
    });
    return id;
  };
  const content = (documentId: string, seq: number): TrailEntryContent => ({
    documentId, seq, event: seq === 1 ? 'registered' : 'approved', actorId: null, actorName: '系统', actorRole: 'system', level: null,
    occurredAt: `2026-03-0${seq}T01:00:00.000Z`, documentSha256: 'a'.repeat(64), comment: null, data: {},
  });
  const rows = async (documentId: string) =>
    (await api.db.dataSource.getRepository(TrailEntryEntity).find({ where: { documentId }, order: { seq: 'ASC' } })) as unknown as ChainedTrailEntry[];
  const sealOf = async (documentId: string) => {
    const row = await api.db.dataSource.getRepository(TrailSealEntity).findOneBy({ documentId });
    return row ? { entries: row.legacyEntries, headHash: row.headHash, seal: row.seal } : null;
  };

  it('seals the unkeyed entries of every trail, which keep verifying, and chains keyed entries after them', async () => {
    const legacyId = await documentRow('旧文件');
    let prevHash = GENESIS_HASH;
    for (const seq of [1, 2, 3]) {
      const c = content(legacyId, seq);
      const hash = trailEntryHash(c, prevHash);
      await api.db.dataSource.getRepository(TrailEntryEntity).insert({ ...c, prevHash, hash } as never);
      prevHash = hash;
    }
    // As when the database was last migrated before the key: no seals table yet.
    const migration = new SealLegacyTrails1764240000000();
    const runner = api.db.dataSource.createQueryRunner();
    const previous = process.env.TRAIL_KEY;
    process.env.TRAIL_KEY = TEST_TRAIL_KEY;
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      process.env.TRAIL_KEY = previous;
      await runner.release();
    }

    const seal = await sealOf(legacyId);
    expect(seal).toMatchObject({ entries: 3, headHash: prevHash });
    const verify = async () => verifyTrail(await rows(legacyId), { key: TEST_TRAIL_KEY, seal, witness: { kind: 'none' } });
    expect(await verify()).toMatchObject({ valid: true, entries: 3, checks: { chain: 'passed', witness: 'none' } });

    await api.db.dataSource.transaction((m) => appendTrail(m, legacyId, [content(legacyId, 4)], TEST_TRAIL_KEY));
    expect(await verify()).toMatchObject({ valid: true, entries: 4 });
    expect((await rows(legacyId))[3].hash).not.toBe(trailEntryHash(content(legacyId, 4), prevHash));

    // A trail begun after the key has no seal: recomputed unkeyed, it fails.
    const newId = await documentRow('新文件');
    await api.db.dataSource.transaction((m) => appendTrail(m, newId, [content(newId, 1)], TEST_TRAIL_KEY));
    expect(await sealOf(newId)).toBeNull();
    const forged = { ...content(newId, 1), prevHash: GENESIS_HASH, hash: trailEntryHash(content(newId, 1), GENESIS_HASH) };
    expect(verifyTrail([forged], { key: TEST_TRAIL_KEY, seal: null, witness: { kind: 'none' } })).toMatchObject({ valid: false, firstAltered: { seq: 1 } });
  });
});
