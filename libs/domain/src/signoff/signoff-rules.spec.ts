import { checkSignOffConfig, DEFAULT_SIGNOFF_CONFIG } from './signoff-config';
import { SignOffRuleError } from './signoff-errors';
import {
  checkApprove,
  checkDelegate,
  checkProposeAttribute,
  checkReassign,
  checkRecordPublication,
  checkReturnForRevision,
  checkSetAttribute,
  checkSubmit,
} from './signoff-rules';
import { initialSignOffState, type LevelAssignment, type SignOffState } from './signoff-state';
import type { Actor } from '../registry/actor';

const person = (id: string, roles: Actor['roles'] = ['signer']): Actor => ({ id, name: id, email: `${id}@t.cn`, roles, unitId: 'u' });
const drafter = person('drafter', ['unit_contact']);
const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => person(id));
const coordinator = person('coord', ['coordinator']);
const plan: LevelAssignment[] = [a, b, c].map((p, i) => ({ level: i + 1, title: `L${i + 1}`, signer: p, superior: null, due: '3wd' }));
const HASH = 'f'.repeat(64);

function inReview(level = 0, signedBy: Actor[] = []): SignOffState {
  const state = initialSignOffState({ documentId: 'd', title: 't', unitId: 'u', drafter, attribute: 'proactive', withholdingBasis: null, version: 1, documentSha256: HASH });
  return {
    ...state,
    status: 'in_review',
    round: 1,
    levels: plan.map((l) => ({ ...l })),
    current: level,
    signatures: signedBy.map((p, i) => ({ round: 1, level: i + 1, signerId: p.id, signerName: p.name, at: '2026-03-02T01:00:00.000Z', comment: null })),
  };
}

const code = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof SignOffRuleError) return error.code;
    throw error;
  }
  return 'ALLOWED';
};

describe('sign-off rules', () => {
  it('refuses a submission before the attribute is fixed (attribute-first rule), and by anyone but the drafter', () => {
    const draft = { ...inReview(), status: 'draft' as const, current: null, attribute: null };
    expect(code(() => checkSubmit(draft, drafter, HASH, plan))).toBe('ATTRIBUTE_REQUIRED');
    const withheld = { ...draft, attribute: 'withheld' as const };
    expect(code(() => checkSubmit(withheld, drafter, HASH, plan))).toBe('BASIS_REQUIRED');
    const ready = { ...draft, attribute: 'proactive' as const };
    expect(code(() => checkSubmit(ready, a, HASH, plan))).toBe('NOT_THE_DRAFTER');
    expect(code(() => checkSubmit(ready, drafter, HASH, plan))).toBe('ALLOWED');
  });

  it('keeps the drafter and every person to at most one level of a plan', () => {
    const draft = { ...inReview(), status: 'draft' as const, current: null };
    const drafterSigns = plan.map((l, i) => (i === 0 ? { ...l, signer: drafter } : l));
    expect(code(() => checkSubmit(draft, drafter, HASH, drafterSigns))).toBe('SEPARATION_OF_DUTIES');
    const twice = plan.map((l, i) => (i === 2 ? { ...l, signer: a } : l));
    expect(code(() => checkSubmit(draft, drafter, HASH, twice))).toBe('SEPARATION_OF_DUTIES');
  });

  it('requires a changed version after a return', () => {
    const returned = { ...inReview(), status: 'returned' as const, current: null, returnedSha256: HASH };
    expect(code(() => checkSubmit(returned, drafter, HASH, plan))).toBe('REVISION_UNCHANGED');
    expect(code(() => checkSubmit(returned, drafter, 'e'.repeat(64), plan))).toBe('ALLOWED');
  });

  it('lets only the current level sign, in turn, never twice', () => {
    expect(code(() => checkApprove(inReview(0), a))).toBe('ALLOWED');
    expect(code(() => checkApprove(inReview(0), b))).toBe('NOT_YOUR_TURN');
    expect(code(() => checkApprove(inReview(0), d))).toBe('NOT_THE_SIGNER');
    expect(code(() => checkApprove(inReview(0), drafter))).toBe('SEPARATION_OF_DUTIES');
    expect(code(() => checkApprove(inReview(1, [a]), a))).toBe('NOT_YOUR_TURN');
    expect(code(() => checkApprove(inReview(1, [a]), b))).toBe('ALLOWED');
  });

  it('refuses every decision on a finished document', () => {
    const done = { ...inReview(), status: 'published' as const, current: null };
    expect(code(() => checkApprove(done, a))).toBe('DOCUMENT_FINISHED');
    expect(code(() => checkSetAttribute(done, drafter, 'proactive', null))).toBe('DOCUMENT_FINISHED');
  });

  it('requires a comment to return and a reason to propose another attribute', () => {
    expect(code(() => checkReturnForRevision(inReview(), a, '  '))).toBe('COMMENT_REQUIRED');
    expect(code(() => checkReturnForRevision(inReview(), a, '请修改'))).toBe('ALLOWED');
    expect(code(() => checkProposeAttribute(inReview(), a, 'on_request', null, ''))).toBe('REASON_REQUIRED');
    expect(code(() => checkProposeAttribute(inReview(), a, 'proactive', null, '维持'))).toBe('SAME_ATTRIBUTE');
    expect(code(() => checkProposeAttribute(inReview(), a, 'withheld', null, '涉密'))).toBe('BASIS_REQUIRED');
    expect(code(() => checkProposeAttribute(inReview(), a, 'withheld', 'state_secret', '涉密'))).toBe('ALLOWED');
  });

  it('changes the attribute only before submission or after a return', () => {
    expect(code(() => checkSetAttribute(inReview(), drafter, 'on_request', null))).toBe('WRONG_STATE');
    const returned = { ...inReview(), status: 'returned' as const, current: null };
    expect(code(() => checkSetAttribute(returned, drafter, 'on_request', 'state_secret'))).toBe('BASIS_NOT_ALLOWED');
    expect(code(() => checkSetAttribute(returned, drafter, 'on_request', null))).toBe('ALLOWED');
  });

  it('delegates and reassigns only to someone who signs no other level', () => {
    expect(code(() => checkDelegate(inReview(), a, b))).toBe('SEPARATION_OF_DUTIES');
    expect(code(() => checkDelegate(inReview(), a, drafter))).toBe('SEPARATION_OF_DUTIES');
    expect(code(() => checkDelegate(inReview(), a, d))).toBe('ALLOWED');
    expect(code(() => checkReassign(inReview(), a, 2, d, '出差'))).toBe('NOT_ALLOWED');
    expect(code(() => checkReassign(inReview(1, [a]), coordinator, 1, d, '出差'))).toBe('LEVEL_ALREADY_SIGNED');
    expect(code(() => checkReassign(inReview(), coordinator, 4, d, '出差'))).toBe('UNKNOWN_LEVEL');
    expect(code(() => checkReassign(inReview(), coordinator, 2, d, ''))).toBe('REASON_REQUIRED');
    expect(code(() => checkReassign(inReview(), coordinator, 2, d, '出差'))).toBe('ALLOWED');
  });

  it('accepts a publication dated between the signing and today only (review before release)', () => {
    const signed = { ...inReview(), status: 'awaiting_publication' as const, current: null, signedAt: '2024-09-29T02:00:00.000Z', signedSha256: HASH };
    const record = (publishedOn: string) => ({ url: 'https://x.cn', publishedOn, channel: '网站', publishedSha256: HASH });
    expect(code(() => checkRecordPublication(signed, record('2024-09-28'), '2024-10-10'))).toBe('PUBLICATION_DATE');
    expect(code(() => checkRecordPublication(signed, record('2024-10-11'), '2024-10-10'))).toBe('PUBLICATION_DATE');
    expect(code(() => checkRecordPublication(signed, record('2024-09-29'), '2024-10-10'))).toBe('ALLOWED');
    expect(code(() => checkRecordPublication(inReview(), record('2024-09-29'), '2024-10-10'))).toBe('WRONG_STATE');
  });
});

describe('sign-off settings', () => {
  it('accepts the defaults: three levels, article 26 publication limit', () => {
    expect(checkSignOffConfig(DEFAULT_SIGNOFF_CONFIG)).toEqual([]);
  });

  it('names every bad field', () => {
    const issues = checkSignOffConfig({
      ...DEFAULT_SIGNOFF_CONFIG,
      levels: [{ level: 2, title: 'x', due: '3days', signerId: 'p' }, { level: 2, title: 'y', due: '0s', signerId: 'p' }],
      publication: { due: '25wd', remindBefore: '3wd', overdueRemindEvery: 'weekly' },
    });
    expect(issues.map((i) => i.field)).toEqual([
      'levels[0].level', 'levels[0].due', 'levels[1].due', 'levels', 'publication.overdueRemindEvery', 'publication.due',
    ]);
  });
});
