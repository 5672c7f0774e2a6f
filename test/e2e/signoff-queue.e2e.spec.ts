import { decide, register, sha256, startSignOffWorld, type SignOffWorld } from '../support/signoff-fixtures';

describe("sign-off lists for the console: the drafter's documents, the signer's queue, the versions", () => {
  let w: SignOffWorld;
  beforeAll(async () => {
    w = await startSignOffWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const list = (auth: string, query: Record<string, string>) => w.api.http.get('/documents').query(query).set('authorization', auth);

  it("lists what waits for a signer, earliest due first (then the longest waiting), with the level's working days left", async () => {
    const first = (await register(w, { title: '第一件', attribute: 'proactive' })).body;
    const second = (await register(w, { title: '第二件', attribute: 'proactive' })).body;
    const notSubmitted = (await register(w, { title: '未提交', attribute: 'proactive' })).body;
    await decide(w, first.id, 'submit', w.drafter.auth);
    await decide(w, second.id, 'submit', w.drafter.auth);

    const queue = await list(w.s1.auth, { waitingForMe: 'true' });
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((d: { title: string }) => d.title)).toEqual(['第一件', '第二件']);
    expect(queue.body.items[0].levelClock).toMatchObject({ overdue: false, overdueWorkingDays: 0 });
    expect(queue.body.items[0].levelClock.workingDaysLeft).toBeGreaterThanOrEqual(0);
    expect((await list(w.s2.auth, { waitingForMe: 'true' })).body.total).toBe(0);

    await decide(w, first.id, 'approve', w.s1.auth);
    expect((await list(w.s1.auth, { waitingForMe: 'true' })).body.items.map((d: { title: string }) => d.title)).toEqual(['第二件']);
    expect((await list(w.s2.auth, { waitingForMe: 'true' })).body.items.map((d: { title: string }) => d.title)).toEqual(['第一件']);

    const mine = await list(w.drafter.auth, { draftedByMe: 'true' });
    expect(mine.body.items.map((d: { title: string }) => d.title).sort()).toEqual(['未提交', '第一件', '第二件'].sort());
    expect(mine.body.items.find((d: { id: string }) => d.id === notSubmitted.id).levelClock).toBeNull();
    expect((await list(w.s1.auth, { draftedByMe: 'true' })).body.total).toBe(0);

    const bad = await list(w.s1.auth, { waitingForMe: 'yes' });
    expect([bad.status, bad.body.details[0].field]).toEqual([400, 'waitingForMe']);
  });

  it("gives a document's versions with their SHA-256, and refuses a stranger", async () => {
    const doc = (await register(w, { title: '有修订的文件', attribute: 'proactive', bodyText: '初稿' })).body;
    await decide(w, doc.id, 'submit', w.drafter.auth);
    await decide(w, doc.id, 'return', w.s1.auth, { comment: '请修改' });
    await decide(w, doc.id, 'submit', w.drafter.auth, { bodyText: '修改稿' });

    const versions = await w.api.http.get(`/documents/${doc.id}/versions`).set('authorization', w.s1.auth);
    expect(versions.status).toBe(200);
    expect(versions.body.map((v: { version: number; sha256: string }) => [v.version, v.sha256])).toEqual([
      [1, sha256('初稿')],
      [2, sha256('修改稿')],
    ]);
    expect(versions.body[0]).toMatchObject({ filename: null, uploadedBy: w.drafter.id, sizeBytes: Buffer.byteLength('初稿') });
    const stranger = await w.api.http.get(`/documents/${doc.id}/versions`).set('authorization', w.outsider.auth);
    expect([stranger.status, stranger.body.code]).toEqual([403, 'UNIT_SCOPE']);
  });

  it("exports every trail the filters select as one file, with each document's chain head in a manifest", async () => {
    const other = (await register(w, { title: '卫健委的文件', attribute: 'proactive' }, w.outsider.auth)).body;
    const exported = await w.api.http.get('/trails/export').query({ unitId: w.bureau.id }).set('authorization', w.auditor.auth);
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toContain('attachment; filename="trails-all-all.json"');
    const ids = exported.body.manifest.map((m: { documentId: string }) => m.documentId);
    expect(ids).not.toContain(other.id);
    expect(ids.length).toBe(exported.body.trails.length);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    for (const m of exported.body.manifest) {
      const own = await w.api.http.get(`/documents/${m.documentId}/trail`).set('authorization', w.auditor.auth);
      expect(m).toMatchObject({ entries: own.body.entries.length, chainHead: own.body.entries.at(-1).hash, valid: true, firstAltered: null });
    }
    expect(exported.body.filters).toEqual({ unitId: w.bureau.id });

    const contact = await w.api.http.get('/trails/export').set('authorization', w.drafter.auth);
    expect([contact.status, contact.body.code]).toEqual([403, 'FORBIDDEN']);
    const bad = await w.api.http.get('/trails/export').query({ from: '2026-13-01x' }).set('authorization', w.auditor.auth);
    expect([bad.status, bad.body.details[0].field]).toEqual([400, 'from']);
  });
});
