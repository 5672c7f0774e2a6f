import { checkCancelSignOff, checkLaterAttributeChange, checkWithdraw, signOffCaseChanges } from './signoff-case-changes';
import { SignOffRuleError } from './signoff-errors';
import { initialSignOffState, type SignOffState, type SignOffStatus } from './signoff-state';
import type { Actor } from '../registry/actor';

const person = (id: string, roles: Actor['roles']): Actor => ({ id, name: id, email: `${id}@t.cn`, roles, unitId: 'u' });
const drafter = person('drafter', ['unit_contact']);
const coordinator = person('coord', ['coordinator']);
const signer = person('s1', ['signer']);

function at(status: SignOffStatus, signedAt: string | null = null): SignOffState {
  const state = initialSignOffState({ documentId: 'd', title: 't', unitId: 'u', drafter, attribute: 'withheld', withholdingBasis: 'process_information', version: 1, documentSha256: 'f'.repeat(64) });
  return { ...state, status, signedAt };
}

const refused = (fn: () => void): { code: string; field?: string } => {
  try {
    fn();
  } catch (error) {
    if (error instanceof SignOffRuleError) return { code: error.code, ...(error.field ? { field: error.field } : {}) };
    throw error;
  }
  throw new Error('not refused');
};

describe('checkWithdraw', () => {
  it('lets the drafter withdraw a draft or a returned document', () => {
    expect(() => checkWithdraw(at('draft'), drafter)).not.toThrow();
    expect(() => checkWithdraw(at('returned'), drafter)).not.toThrow();
  });

  it('refuses anyone else, a document in review, and a finished one', () => {
    expect(refused(() => checkWithdraw(at('draft'), coordinator)).code).toBe('NOT_THE_DRAFTER');
    expect(refused(() => checkWithdraw(at('in_review'), drafter)).code).toBe('WRONG_STATE');
    expect(refused(() => checkWithdraw(at('withdrawn'), drafter)).code).toBe('DOCUMENT_FINISHED');
  });
});

describe('checkCancelSignOff', () => {
  it('lets the office cancel a sign-off in review with a reason', () => {
    expect(() => checkCancelSignOff(at('in_review'), coordinator, '上级统一印发')).not.toThrow();
  });

  it('refuses a signer, a blank reason, a document not in review', () => {
    expect(refused(() => checkCancelSignOff(at('in_review'), signer, '不需要')).code).toBe('NOT_ALLOWED');
    expect(refused(() => checkCancelSignOff(at('in_review'), coordinator, ' '))).toEqual({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(refused(() => checkCancelSignOff(at('draft'), coordinator, '不需要')).code).toBe('WRONG_STATE');
    expect(refused(() => checkCancelSignOff(at('closed', '2026-03-02T01:00:00.000Z'), coordinator, '不需要')).code).toBe('DOCUMENT_FINISHED');
  });
});

describe('checkLaterAttributeChange', () => {
  const signed = at('closed', '2026-03-02T01:00:00.000Z');

  it('lets the office record a signed document made public after review', () => {
    expect(() => checkLaterAttributeChange(signed, coordinator, 'proactive', null, '复查后可以公开')).not.toThrow();
  });

  it('refuses the drafter, an unsigned or withdrawn document, a blank reason, the same attribute, a bad basis', () => {
    expect(refused(() => checkLaterAttributeChange(signed, drafter, 'proactive', null, '复查')).code).toBe('NOT_ALLOWED');
    expect(refused(() => checkLaterAttributeChange(at('draft'), coordinator, 'proactive', null, '复查')).code).toBe('WRONG_STATE');
    expect(refused(() => checkLaterAttributeChange(at('withdrawn'), coordinator, 'proactive', null, '复查')).code).toBe('WRONG_STATE');
    expect(refused(() => checkLaterAttributeChange(signed, coordinator, 'proactive', null, ''))).toEqual({ code: 'REASON_REQUIRED', field: 'reason' });
    expect(refused(() => checkLaterAttributeChange(signed, coordinator, 'withheld', 'process_information', '复查'))).toEqual({ code: 'SAME_ATTRIBUTE', field: 'attribute' });
    expect(refused(() => checkLaterAttributeChange(signed, coordinator, 'withheld', null, '复查'))).toEqual({ code: 'BASIS_REQUIRED', field: 'withholdingBasis' });
  });
});

describe('signOffCaseChanges', () => {
  const signed = at('closed', '2026-03-02T01:00:00.000Z');

  it('offers each person the changes the workflow would accept, by its state', () => {
    expect(signOffCaseChanges(at('draft'), drafter)).toEqual(['withdraw']);
    expect(signOffCaseChanges(at('returned'), drafter)).toEqual(['withdraw']);
    expect(signOffCaseChanges(at('in_review'), coordinator)).toEqual(['cancel']);
    expect(signOffCaseChanges(signed, coordinator)).toEqual(['changeAttribute']);
    expect(signOffCaseChanges(at('awaiting_publication', '2026-03-02T01:00:00.000Z'), coordinator)).toEqual(['changeAttribute']);
  });

  it('offers nothing to a signer, to the drafter of a document in review, or on a withdrawn document', () => {
    expect(signOffCaseChanges(at('in_review'), signer)).toEqual([]);
    expect(signOffCaseChanges(at('in_review'), drafter)).toEqual([]);
    expect(signOffCaseChanges(signed, drafter)).toEqual([]);
    expect(signOffCaseChanges(at('withdrawn'), coordinator)).toEqual([]);
    expect(signOffCaseChanges(at('draft'), coordinator)).toEqual([]);
  });
});
