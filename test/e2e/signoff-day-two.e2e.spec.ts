import { decide, register, startSignOffWorld, trailEvents, type SignOffWorld } from '../support/signoff-fixtures';
import { waitFor } from '../support/wait-for';

describe('a document changed after its registration: withdrawn, cancelled in review, re-attributed after the signing', () => {
  let w: SignOffWorld;
  beforeAll(async () => {
    w = await startSignOffWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const mailsTo = (email: string, subjectPart: string) => w.sink.received.filter((m) => m.to.includes(email) && m.subject.includes(subjectPart));
  // What GET /documents/:id offers each person besides the decisions, for the console to show.
  const changesFor = async (id: string, auth: string) => (await w.api.http.get(`/documents/${id}`).set('authorization', auth)).body.changes as string[];
  const verified = async (id: string) => (await w.api.http.get(`/documents/${id}/trail`).set('authorization', w.auditor.auth)).body.verification;

  it('the drafter withdraws a returned document: the sign-off ends and the trail records it', async () => {
    const { id } = (await register(w, { title: '区教育局关于调整学区的通知（草案）', attribute: 'proactive' })).body;
    const inReview = await decide(w, id, 'submit', w.drafter.auth);
    expect(inReview.body.status).toBe('in_review');
    expect([await changesFor(id, w.drafter.auth), await changesFor(id, w.coordinator.auth)]).toEqual([[], ['cancel']]);
    const early = await decide(w, id, 'withdraw', w.drafter.auth, { reason: '不再发文' });
    expect([early.status, early.body.code]).toEqual([409, 'WRONG_STATE']);
    await decide(w, id, 'return', w.s1.auth, { comment: '请补充依据' });
    expect([await changesFor(id, w.drafter.auth), await changesFor(id, w.coordinator.auth)]).toEqual([['withdraw'], []]);
    const byOther = await decide(w, id, 'withdraw', w.coordinator.auth, { reason: '不再发文' });
    expect([byOther.status, byOther.body.code]).toEqual([403, 'NOT_THE_DRAFTER']);

    const withdrawn = await decide(w, id, 'withdraw', w.drafter.auth, { reason: '政策暂缓出台' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(await trailEvents(w, id)).toEqual(['registered', 'attribute_set', 'submitted', 'returned', 'withdrawn']);
    expect([await changesFor(id, w.drafter.auth), await changesFor(id, w.coordinator.auth)]).toEqual([[], []]);
    const again = await decide(w, id, 'submit', w.drafter.auth, { bodyText: '修改稿' });
    expect([again.status, again.body.code]).toEqual([409, 'DOCUMENT_FINISHED']);
    expect(await verified(id)).toMatchObject({ valid: true, checks: { chain: 'passed', witness: 'passed' } });
  });

  it('a coordinator cancels a sign-off in review with a reason; the drafter and the signer are told', async () => {
    const { id } = (await register(w, { title: '区教育局2026年招生工作方案', attribute: 'proactive' })).body;
    await decide(w, id, 'submit', w.drafter.auth);
    const bySigner = await decide(w, id, 'cancel', w.s1.auth, { reason: '不需要' });
    expect(bySigner.status).toBe(403);
    const noReason = await decide(w, id, 'cancel', w.coordinator.auth, {});
    expect([noReason.status, noReason.body.details[0].field]).toEqual([400, 'reason']);

    const cancelled = await decide(w, id, 'cancel', w.coordinator.auth, { reason: '由市教育局统一印发' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    const trail = await w.api.http.get(`/documents/${id}/trail`).set('authorization', w.auditor.auth);
    expect(trail.body.entries.at(-1)).toMatchObject({ event: 'signoff_cancelled', level: 1, actorId: w.coordinator.id, comment: '由市教育局统一印发' });
    await waitFor('the drafter and the signer to be told', () => mailsTo(w.s1.email, '【撤销审签】').length === 1 && mailsTo(w.drafter.email, '【撤销审签】').length === 1);
    const late = await decide(w, id, 'approve', w.s1.auth, { comment: '同意' });
    expect([late.status, late.body.code]).toEqual([409, 'DOCUMENT_FINISHED']);
  });

  it('a signed document keeps its attribute; the office records it made public after review as a new signed entry, and it goes to publication', async () => {
    const { id } = (await register(w, { title: '区教育局校舍安全排查报告', attribute: 'withheld', withholdingBasis: 'process_information' })).body;
    await decide(w, id, 'submit', w.drafter.auth);
    await decide(w, id, 'approve', w.s1.auth);
    await decide(w, id, 'approve', w.s2.auth);
    const closed = await decide(w, id, 'approve', w.s3.auth);
    expect(closed.body).toMatchObject({ status: 'closed', attribute: 'withheld' });
    expect([await changesFor(id, w.drafter.auth), await changesFor(id, w.coordinator.auth)]).toEqual([[], ['changeAttribute']]);
    const direct = await w.api.http.put(`/documents/${id}/attribute`).set('authorization', w.drafter.auth).send({ attribute: 'proactive' });
    expect([direct.status, direct.body.code]).toEqual([409, 'DOCUMENT_FINISHED']);
    const byDrafter = await decide(w, id, 'attribute-change', w.drafter.auth, { attribute: 'proactive', reason: '复查后可以公开' });
    expect(byDrafter.status).toBe(403);
    const same = await decide(w, id, 'attribute-change', w.coordinator.auth, { attribute: 'withheld', withholdingBasis: 'process_information', reason: '复查' });
    expect([same.status, same.body.code]).toEqual([422, 'SAME_ATTRIBUTE']);

    const changed = await decide(w, id, 'attribute-change', w.coordinator.auth, { attribute: 'proactive', reason: '排查结束，复查后可以公开' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ status: 'awaiting_publication', attribute: 'proactive' });
    expect(changed.body.publicationDueOn).toEqual(expect.any(String));
    const trail = await w.api.http.get(`/documents/${id}/trail`).set('authorization', w.auditor.auth);
    expect(trail.body.entries.map((e: { event: string }) => e.event)).toEqual(['registered', 'attribute_set', 'submitted', 'approved', 'approved', 'approved', 'signed', 'closed', 'attribute_changed']);
    expect(trail.body.entries.at(-1)).toMatchObject({
      actorId: w.coordinator.id,
      comment: '排查结束，复查后可以公开',
      data: { attribute: 'proactive', before: { attribute: 'withheld', withholdingBasis: 'process_information', status: 'closed' }, status: 'awaiting_publication' },
    });
    expect(trail.body.verification).toMatchObject({ valid: true, checks: { chain: 'passed', witness: 'passed' } });
    await waitFor('the drafter and the unit to be asked to publish', () => mailsTo(w.drafter.email, '【公开属性变更】').length === 1);
  });
});
