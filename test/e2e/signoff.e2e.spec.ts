import { decide, register, sha256, startSignOffWorld, trailEvents, type SignOffWorld } from '../support/signoff-fixtures';
import { createPersonAndLogin } from '../support/registry-fixtures';
import { waitFor } from '../support/wait-for';

describe('three-level sign-off through the API, on the real Temporal server', () => {
  let w: SignOffWorld;
  beforeAll(async () => {
    w = await startSignOffWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const mailsTo = (email: string, subjectPart: string) => w.sink.received.filter((m) => m.to.includes(email) && m.subject.includes(subjectPart));

  it('runs a proactive document through all three levels to publication, and the trail verifies', async () => {
    const registered = await register(w, { title: '区教育局2026年政务公开工作要点', attribute: 'proactive', bodyText: '第一条 总则' });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ status: 'draft', attribute: 'proactive', version: 1, sha256: sha256('第一条 总则'), unitId: w.bureau.id, drafterId: w.drafter.id });
    const id = registered.body.id;

    const submitted = await decide(w, id, 'submit', w.drafter.auth);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'in_review', currentLevel: 1, currentSignerId: w.s1.id, round: 1 });
    await waitFor('the first signer to be told', () => mailsTo(w.s1.email, '【待审签】区教育局2026年政务公开工作要点').length === 1);

    // Out of turn, the drafter, and a stranger are refused; nothing is recorded or sent.
    const before = { trail: (await trailEvents(w, id)).length, mail: w.sink.received.length };
    const early = await decide(w, id, 'approve', w.s2.auth);
    expect([early.status, early.body.code]).toEqual([409, 'NOT_YOUR_TURN']);
    const own = await decide(w, id, 'approve', w.drafter.auth);
    expect([own.status, own.body.code]).toEqual([403, 'SEPARATION_OF_DUTIES']);
    const stranger = await decide(w, id, 'approve', w.outsider.auth);
    expect([stranger.status, stranger.body.code]).toEqual([403, 'UNIT_SCOPE']);
    const coordinator = await decide(w, id, 'approve', w.coordinator.auth);
    expect([coordinator.status, coordinator.body.code]).toEqual([403, 'NOT_THE_SIGNER']);

    const first = await decide(w, id, 'approve', w.s1.auth, { comment: '同意' });
    expect(first.body).toMatchObject({ status: 'in_review', currentLevel: 2, currentSignerId: w.s2.id });
    const twice = await decide(w, id, 'approve', w.s1.auth);
    expect([twice.status, twice.body.code]).toEqual([409, 'NOT_YOUR_TURN']);
    expect(twice.body.message).toContain('您已审签第1级');
    await decide(w, id, 'approve', w.s2.auth, { comment: '同意，报区长签发' });
    const signed = await decide(w, id, 'approve', w.s3.auth, { comment: '签发' });
    expect(signed.body).toMatchObject({ status: 'awaiting_publication', currentLevel: null });
    expect(signed.body.publicationDueOn > signed.body.signedAt.slice(0, 10)).toBe(true);
    await waitFor('the drafter to hear the document is signed', () => mailsTo(w.drafter.email, '【审签完成】').length === 1);
    const done = mailsTo(w.drafter.email, '【审签完成】')[0];
    expect(done.to).toEqual(expect.arrayContaining(['wang@jyj.test.cn', 'gkb@jyj.test.cn']));

    // A published file that is not the signed version is flagged, not accepted.
    const wrong = await decide(w, id, 'publication', w.drafter.auth, {
      url: 'https://jyj.test.cn/zwgk/1.html',
      publishedOn: shanghaiToday(),
      channel: '区政府门户网站',
      file: { filename: 'gk.txt', contentBase64: Buffer.from('第一条 总则（未签发稿）').toString('base64') },
    });
    expect(wrong.status).toBe(200);
    expect(wrong.body.status).toBe('publication_flagged');
    await waitFor('the coordinators to hear of the mismatch', () => mailsTo(w.coordinator.email, '【公开文件不一致】').length === 1);

    const future = await decide(w, id, 'publication', w.drafter.auth, { url: 'https://jyj.test.cn/zwgk/1.html', publishedOn: '2099-01-01', channel: '网站', publishedSha256: sha256('第一条 总则') });
    expect([future.status, future.body.code, future.body.details[0].field]).toEqual([422, 'PUBLICATION_DATE', 'publishedOn']);
    const beforeSigning = await decide(w, id, 'publication', w.drafter.auth, { url: 'https://jyj.test.cn/zwgk/1.html', publishedOn: '2020-01-02', channel: '网站', publishedSha256: sha256('第一条 总则') });
    expect([beforeSigning.status, beforeSigning.body.code]).toEqual([422, 'PUBLICATION_DATE']);
    expect(beforeSigning.body.message).toContain('须先审后发');

    const right = await decide(w, id, 'publication', w.drafter.auth, {
      url: 'https://jyj.test.cn/zwgk/1.html',
      publishedOn: shanghaiToday(),
      channel: '区政府门户网站',
      file: { filename: 'gk.txt', contentBase64: Buffer.from('第一条 总则').toString('base64') },
    });
    expect(right.body).toMatchObject({ status: 'published', publishedOn: shanghaiToday(), publicationUrl: 'https://jyj.test.cn/zwgk/1.html' });
    const after = await decide(w, id, 'publication', w.drafter.auth, { url: 'https://x.test.cn/', publishedOn: shanghaiToday(), channel: '网站', publishedSha256: sha256('第一条 总则') });
    expect([after.status, after.body.code]).toEqual([409, 'DOCUMENT_FINISHED']);

    expect(await trailEvents(w, id)).toEqual(['registered', 'attribute_set', 'submitted', 'approved', 'approved', 'approved', 'signed', 'publication_flagged', 'published']);
    expect(before.trail).toBe(3);
    const trail = await w.api.http.get(`/documents/${id}/trail`).set('authorization', w.auditor.auth);
    expect(trail.body.verification).toMatchObject({ valid: true, entries: 9, checks: { chain: 'passed', witness: 'passed' }, firstAltered: null });
    expect(trail.body.entries[3]).toMatchObject({ event: 'approved', level: 1, actorId: w.s1.id, actorName: '科长李', actorRole: 'signer', comment: '同意', documentSha256: sha256('第一条 总则') });
    expect(trail.body.entries[4].prevHash).toBe(trail.body.entries[3].hash);

    const certificate = await w.api.http.get(`/documents/${id}/trail/certificate`).set('authorization', w.auditor.auth);
    expect(certificate.status).toBe(200);
    expect(certificate.headers['content-type']).toContain('text/html');
    expect(certificate.text).toContain('审签留痕证明');
    expect(certificate.text).toContain('区教育局2026年政务公开工作要点');
    expect(certificate.text).toContain('校验通过：共 9 条记录');
    expect(certificate.text).toContain(`链头：第 9 条，哈希 <span class="hash">${trail.body.entries[8].hash}</span>`);
    expect(certificate.text).toContain('流程见证核对通过');
    const exported = await w.api.http.get(`/documents/${id}/trail/export`).set('authorization', w.auditor.auth);
    expect(exported.headers['content-disposition']).toContain(`trail-${id}.json`);
    expect(exported.body.entries).toHaveLength(9);
  });

  it('returns to the drafter with a required comment, refuses an unchanged resubmission, and restarts at level one', async () => {
    const { body: doc } = await register(w, { title: '关于规范校外培训的通知', attribute: 'proactive', bodyText: '初稿' });
    await decide(w, doc.id, 'submit', w.drafter.auth);
    await decide(w, doc.id, 'approve', w.s1.auth);

    const bare = await decide(w, doc.id, 'return', w.s2.auth, {});
    expect([bare.status, bare.body.code, bare.body.details[0].field]).toEqual([400, 'VALIDATION_FAILED', 'comment']);
    const blank = await decide(w, doc.id, 'return', w.s2.auth, { comment: '   ' });
    expect([blank.status, blank.body.details[0].field]).toEqual([400, 'comment']);
    const returned = await decide(w, doc.id, 'return', w.s2.auth, { comment: '第二条依据不足' });
    expect(returned.body).toMatchObject({ status: 'returned', currentLevel: null });
    await waitFor('the drafter to get the return', () => mailsTo(w.drafter.email, '【退回修改】关于规范校外培训的通知').length === 1);
    expect(mailsTo(w.drafter.email, '【退回修改】关于规范校外培训的通知')[0].raw).toBeTruthy();

    const unchanged = await decide(w, doc.id, 'submit', w.drafter.auth, { bodyText: '初稿' });
    expect([unchanged.status, unchanged.body.code]).toEqual([422, 'REVISION_UNCHANGED']);
    const resubmitted = await decide(w, doc.id, 'submit', w.drafter.auth, { bodyText: '修改稿：补充第二条依据' });
    expect(resubmitted.body).toMatchObject({ status: 'in_review', round: 2, currentLevel: 1, currentSignerId: w.s1.id, version: 2, sha256: sha256('修改稿：补充第二条依据') });
    expect(await trailEvents(w, doc.id)).toEqual(['registered', 'attribute_set', 'submitted', 'approved', 'returned', 'submitted']);
    // The refused resubmission left no version behind: the revision is version 2.
    const trail = await w.api.http.get(`/documents/${doc.id}/trail`).set('authorization', w.auditor.auth);
    expect(trail.body.entries[5].data).toMatchObject({ round: 2, version: 2 });
    expect(trail.body.entries[4]).toMatchObject({ comment: '第二条依据不足', actorId: w.s2.id, level: 2 });
  });

  it('lets a signer propose another attribute only with a reason; the drafter decides, and a withheld document closes at sign-off', async () => {
    const { body: doc } = await register(w, { title: '某企业行政处罚案卷材料汇编', attribute: 'on_request', documentType: 'work_document' });
    await decide(w, doc.id, 'submit', w.drafter.auth);

    const noReason = await decide(w, doc.id, 'propose-attribute', w.s1.auth, { attribute: 'withheld', withholdingBasis: 'enforcement_file' });
    expect([noReason.status, noReason.body.details[0].field]).toEqual([400, 'reason']);
    const noBasis = await decide(w, doc.id, 'propose-attribute', w.s1.auth, { attribute: 'withheld', reason: '属于行政执法案卷' });
    expect([noBasis.status, noBasis.body.details[0].field]).toEqual([400, 'withholdingBasis']);
    const badBasis = await decide(w, doc.id, 'propose-attribute', w.s1.auth, { attribute: 'withheld', withholdingBasis: 'because', reason: 'x' });
    expect([badBasis.status, badBasis.body.details[0].field]).toEqual([400, 'withholdingBasis']);
    const same = await decide(w, doc.id, 'propose-attribute', w.s1.auth, { attribute: 'on_request', reason: '维持' });
    expect([same.status, same.body.code]).toEqual([422, 'SAME_ATTRIBUTE']);

    const proposed = await decide(w, doc.id, 'propose-attribute', w.s1.auth, { attribute: 'withheld', withholdingBasis: 'enforcement_file', reason: '属于行政执法案卷' });
    expect(proposed.body).toMatchObject({ status: 'returned', attribute: 'on_request' });
    const pending = await decide(w, doc.id, 'submit', w.drafter.auth);
    expect([pending.status, pending.body.code]).toEqual([409, 'WRONG_STATE']);
    const notDrafter = await w.api.http.put(`/documents/${doc.id}/attribute`).set('authorization', w.s1.auth).send({ attribute: 'withheld', withholdingBasis: 'enforcement_file' });
    expect([notDrafter.status, notDrafter.body.code]).toEqual([403, 'NOT_THE_DRAFTER']);
    const accepted = await w.api.http
      .put(`/documents/${doc.id}/attribute`)
      .set('authorization', w.drafter.auth)
      .send({ attribute: 'withheld', withholdingBasis: 'enforcement_file', reason: '采纳科长意见' });
    expect(accepted.body).toMatchObject({ attribute: 'withheld', withholdingBasis: 'enforcement_file', status: 'returned' });

    await decide(w, doc.id, 'submit', w.drafter.auth);
    for (const signer of [w.s1, w.s2, w.s3]) expect((await decide(w, doc.id, 'approve', signer.auth)).status).toBe(200);
    const closed = await w.api.http.get(`/documents/${doc.id}`).set('authorization', w.drafter.auth);
    expect(closed.body).toMatchObject({ status: 'closed', attribute: 'withheld', withholdingBasis: 'enforcement_file', publicationDueOn: null });
    const trail = await w.api.http.get(`/documents/${doc.id}/trail`).set('authorization', w.auditor.auth);
    expect(trail.body.entries.map((e: { event: string }) => e.event)).toEqual([
      'registered', 'attribute_set', 'submitted', 'attribute_proposed', 'attribute_set', 'submitted', 'approved', 'approved', 'approved', 'signed', 'closed',
    ]);
    expect(trail.body.entries[4].data).toMatchObject({ attribute: 'withheld', proposalAccepted: true, proposedBy: '科长李' });
    const late = await decide(w, doc.id, 'approve', w.s3.auth);
    expect([late.status, late.body.code]).toEqual([409, 'DOCUMENT_FINISHED']);
  });

  it('refuses a sign-off without an attribute, a withheld document without a basis, and a drafter who would sign', async () => {
    const none = await register(w, { title: '未认定属性的文件' });
    expect(none.status).toBe(201);
    const refused = await decide(w, none.body.id, 'submit', w.drafter.auth);
    expect([refused.status, refused.body.code, refused.body.details[0].field]).toEqual([422, 'ATTRIBUTE_REQUIRED', 'attribute']);
    expect((await w.api.http.get(`/documents/${none.body.id}`).set('authorization', w.drafter.auth)).body.status).toBe('draft');

    const noBasis = await register(w, { title: '不予公开的文件', attribute: 'withheld' });
    expect([noBasis.status, noBasis.body.details[0].field]).toEqual([400, 'withholdingBasis']);
    const unknown = await register(w, { title: '属性不明', attribute: 'secret' });
    expect([unknown.status, unknown.body.details[0].field]).toEqual([400, 'attribute']);
    const both = await register(w, { title: '两份正文', attribute: 'proactive', file: { filename: 'a.txt', contentBase64: 'YQ==' } });
    expect([both.status, both.body.details[0].field]).toEqual([400, 'file']);
    const elsewhere = await register(w, { title: '替别的单位登记', attribute: 'proactive', unitId: w.other.id });
    expect([elsewhere.status, elsewhere.body.code]).toEqual([403, 'UNIT_SCOPE']);
    const auditor = await register(w, { title: '审计员登记', attribute: 'proactive', unitId: w.bureau.id }, w.auditor.auth);
    expect([auditor.status, auditor.body.code]).toEqual([403, 'AUDITOR_READ_ONLY']);

    // The section head drafts: they would sign level one of their own document.
    const own = await register(w, { title: '科长自拟文件', attribute: 'proactive' }, w.s1.auth);
    const selfSign = await decide(w, own.body.id, 'submit', w.s1.auth);
    expect([selfSign.status, selfSign.body.code]).toEqual([403, 'SEPARATION_OF_DUTIES']);

    const missing = await decide(w, '00000000-0000-4000-8000-000000000000', 'approve', w.s1.auth);
    expect([missing.status, missing.body.code]).toEqual([404, 'NOT_FOUND']);
    const badId = await decide(w, 'not-a-uuid', 'approve', w.s1.auth);
    expect([badId.status, badId.body.details[0].field]).toEqual([400, 'id']);
  });

  it('records a delegation and a coordinator reassignment, keeping one person to one level', async () => {
    const { body: doc } = await register(w, { title: '关于开展政务公开培训的通知', attribute: 'proactive' });
    await decide(w, doc.id, 'submit', w.drafter.auth);

    const toDrafter = await decide(w, doc.id, 'delegate', w.s1.auth, { toPersonId: w.drafter.id });
    expect([toDrafter.status, toDrafter.body.details[0].field]).toEqual([400, 'toPersonId']);
    const toLevel2 = await decide(w, doc.id, 'delegate', w.s1.auth, { toPersonId: w.s2.id });
    expect([toLevel2.status, toLevel2.body.code]).toEqual([403, 'SEPARATION_OF_DUTIES']);
    const delegated = await decide(w, doc.id, 'delegate', w.s1.auth, { toPersonId: w.s1b.id, reason: '出差' });
    expect(delegated.body).toMatchObject({ currentLevel: 1, currentSignerId: w.s1b.id });
    const former = await decide(w, doc.id, 'approve', w.s1.auth);
    expect([former.status, former.body.code]).toEqual([403, 'NOT_THE_SIGNER']);

    const byContact = await decide(w, doc.id, 'reassign', w.drafter.auth, { level: 2, signerId: w.s2b.id, reason: '休假' });
    expect([byContact.status, byContact.body.code]).toEqual([403, 'FORBIDDEN']);
    const noReason = await decide(w, doc.id, 'reassign', w.coordinator.auth, { level: 2, signerId: w.s2b.id });
    expect([noReason.status, noReason.body.details[0].field]).toEqual([400, 'reason']);
    const twoLevels = await decide(w, doc.id, 'reassign', w.coordinator.auth, { level: 2, signerId: w.s1b.id, reason: '休假' });
    expect([twoLevels.status, twoLevels.body.code]).toEqual([403, 'SEPARATION_OF_DUTIES']);
    const noLevel = await decide(w, doc.id, 'reassign', w.coordinator.auth, { level: 7, signerId: w.s2b.id, reason: '休假' });
    expect([noLevel.status, noLevel.body.code]).toEqual([400, 'UNKNOWN_LEVEL']);
    const reassigned = await decide(w, doc.id, 'reassign', w.coordinator.auth, { level: 2, signerId: w.s2b.id, reason: '张副区长休假' });
    expect(reassigned.status).toBe(200);

    await decide(w, doc.id, 'approve', w.s1b.auth);
    const gone = await decide(w, doc.id, 'approve', w.s2.auth);
    // Reassigned away, the deputy no longer reaches the document at all.
    expect([gone.status, gone.body.code]).toEqual([403, 'UNIT_SCOPE']);
    const level2 = await decide(w, doc.id, 'approve', w.s2b.auth);
    expect(level2.body).toMatchObject({ currentLevel: 3, currentSignerId: w.s3.id });
    const trail = await w.api.http.get(`/documents/${doc.id}/trail`).set('authorization', w.auditor.auth);
    const delegation = trail.body.entries.find((e: { event: string }) => e.event === 'delegated');
    expect(delegation).toMatchObject({ actorId: w.s1.id, level: 1, comment: '出差', data: { toId: w.s1b.id } });
    const reassignment = trail.body.entries.find((e: { event: string }) => e.event === 'reassigned');
    expect(reassignment).toMatchObject({ actorId: w.coordinator.id, actorRole: 'coordinator', level: 2, comment: '张副区长休假', data: { fromId: w.s2.id, toId: w.s2b.id } });
  });

  it('refuses a delegate or a reassigned signer from outside the unit chain or of another level, with SIGNER_NOT_ELIGIBLE', async () => {
    const { body: doc } = await register(w, { title: '关于调整学区划分的通知', attribute: 'proactive' });
    await decide(w, doc.id, 'submit', w.drafter.auth);
    // A section head of the sibling bureau: right level, wrong unit chain.
    const sibling = await createPersonAndLogin(w.api, { name: '卫健委科长', email: 'kz@wjw.test.cn', roles: ['signer'], unitId: w.other.id, signerLevel: 1 });
    const refusals = [
      await decide(w, doc.id, 'delegate', w.s1.auth, { toPersonId: sibling.id }),
      // The office is in the chain, but the deputy is a level-2 signer.
      await decide(w, doc.id, 'delegate', w.s1.auth, { toPersonId: w.s2b.id }),
      await decide(w, doc.id, 'reassign', w.coordinator.auth, { level: 1, signerId: sibling.id, reason: '休假' }),
      await decide(w, doc.id, 'reassign', w.coordinator.auth, { level: 3, signerId: w.s2b.id, reason: '休假' }),
    ];
    for (const [i, refused] of refusals.entries()) {
      expect([i, refused.status, refused.body.code]).toEqual([i, 422, 'SIGNER_NOT_ELIGIBLE']);
    }
    expect(refusals.map((r) => r.body.details[0].field)).toEqual(['toPersonId', 'toPersonId', 'signerId', 'signerId']);
    const unchanged = await w.api.http.get(`/documents/${doc.id}`).set('authorization', w.coordinator.auth);
    expect(unchanged.body).toMatchObject({ currentLevel: 1, currentSignerId: w.s1.id });
    expect((await trailEvents(w, doc.id)).filter((e) => e === 'delegated' || e === 'reassigned')).toEqual([]);
    // The same person at their own level of a unit in the chain is taken.
    const ok = await decide(w, doc.id, 'reassign', w.coordinator.auth, { level: 2, signerId: w.s2b.id, reason: '张副区长休假' });
    expect(ok.status).toBe(200);
  });

  it('lets auditors list and filter, scopes unit contacts, and offers no way to change the trail', async () => {
    const all = await w.api.http.get('/documents').query({ unitId: w.bureau.id, pageSize: 100 }).set('authorization', w.auditor.auth);
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(6);
    const published = await w.api.http.get('/documents').query({ status: 'published' }).set('authorization', w.auditor.auth);
    expect(published.body.items.map((d: { title: string }) => d.title)).toEqual(['区教育局2026年政务公开工作要点']);
    const withheld = await w.api.http.get('/documents').query({ attribute: 'withheld' }).set('authorization', w.auditor.auth);
    expect(withheld.body.items.map((d: { title: string }) => d.title)).toEqual(['某企业行政处罚案卷材料汇编']);
    const period = await w.api.http.get('/documents').query({ from: '2020-01-01', to: '2020-12-31' }).set('authorization', w.auditor.auth);
    expect(period.body.total).toBe(0);
    const badFilter = await w.api.http.get('/documents').query({ status: 'lost' }).set('authorization', w.auditor.auth);
    expect([badFilter.status, badFilter.body.details[0].field]).toEqual([400, 'status']);

    const outsider = await w.api.http.get('/documents').set('authorization', w.outsider.auth);
    expect(outsider.body.total).toBe(0);
    const peek = await w.api.http.get(`/documents/${all.body.items[0].id}/trail`).set('authorization', w.outsider.auth);
    expect([peek.status, peek.body.code]).toEqual([403, 'UNIT_SCOPE']);
    // The district leaders sign for the bureau: they see the documents they sign.
    const leader = await w.api.http.get('/documents').query({ pageSize: 100 }).set('authorization', w.s3.auth);
    expect(leader.body.total).toBeGreaterThan(0);

    const id = all.body.items[0].id;
    for (const method of ['put', 'patch', 'delete', 'post'] as const) {
      const response = await w.api.http[method](`/documents/${id}/trail`).set('authorization', w.coordinator.auth).send({});
      expect(response.status).toBe(404);
    }
  });
});

function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
