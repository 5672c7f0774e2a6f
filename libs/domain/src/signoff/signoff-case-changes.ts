import { checkNewAttribute, refuseIfFinished } from './signoff-rules';
import { SignOffRuleError } from './signoff-errors';
import { SIGNOFF_STATUS_LABELS, type PersonRef, type SignOffState } from './signoff-state';
import type { DisclosureAttribute, WithholdingBasis } from './disclosure-attribute';
import type { Actor } from '../registry/actor';

/*
 * What may happen to a sign-off besides its decisions: the drafter withdraws it, the office
 * cancels it in review, or the office records a change of attribute after the signing. Each check
 * throws a SignOffRuleError and changes nothing, as the decisions' checks do.
 */

const isOffice = (actor: Actor) => actor.roles.some((r) => r === 'coordinator' || r === 'admin');
const blank = (text: string | null | undefined) => !text || text.trim() === '';

/** What the checks of a case change read besides their arguments: enough to ask them of a finished document, whose workflow holds no state. */
export type CaseChangeState = Pick<SignOffState, 'status' | 'signedAt'> & { drafter: Pick<PersonRef, 'id'> };

/** The drafter takes back a document nobody is signing: a draft, or one returned to them. */
export function checkWithdraw(state: CaseChangeState, actor: Actor): void {
  refuseIfFinished(state);
  if (actor.id !== state.drafter.id) throw new SignOffRuleError('NOT_THE_DRAFTER', '只有起草人可以撤回公文');
  if (state.status !== 'draft' && state.status !== 'returned') {
    throw new SignOffRuleError('WRONG_STATE', `该公文当前为“${SIGNOFF_STATUS_LABELS[state.status]}”；只有草稿或退回修改的公文可以撤回（审签中的由政务公开办终止）`);
  }
}

function checkMayCancel(state: CaseChangeState, actor: Actor): void {
  refuseIfFinished(state);
  if (!isOffice(actor)) throw new SignOffRuleError('NOT_ALLOWED', '只有政务公开办或管理员可以终止审签');
  if (state.status !== 'in_review') throw new SignOffRuleError('WRONG_STATE', `该公文当前为“${SIGNOFF_STATUS_LABELS[state.status]}”，不在审签中`);
}

/** The office stops a sign-off in review, and says why. */
export function checkCancelSignOff(state: CaseChangeState, actor: Actor, reason: string | null | undefined): void {
  checkMayCancel(state, actor);
  if (blank(reason)) throw new SignOffRuleError('REASON_REQUIRED', '终止审签须写明理由', 'reason');
}

function checkMayChangeAttributeLater(state: CaseChangeState, actor: Actor): void {
  if (!isOffice(actor)) throw new SignOffRuleError('NOT_ALLOWED', '签发后变更公开属性只能由政务公开办或管理员登记');
  if (state.signedAt === null || state.status === 'withdrawn' || state.status === 'cancelled') {
    throw new SignOffRuleError('WRONG_STATE', `该公文当前为“${SIGNOFF_STATUS_LABELS[state.status]}”，尚未签发：签发前由起草人确定公开属性`);
  }
}

/**
 * A signed document's attribute stands as signed; a later change (made public after review, say)
 * is the office's, recorded with its reason as a new entry of the signed trail.
 */
export function checkLaterAttributeChange(
  state: SignOffState,
  actor: Actor,
  attribute: DisclosureAttribute,
  basis: WithholdingBasis | null,
  reason: string | null | undefined,
): void {
  checkMayChangeAttributeLater(state, actor);
  checkNewAttribute(state, attribute, basis, reason);
}

/** The case changes, by the names of their routes (withdraw, cancel, attribute-change). */
export const SIGNOFF_CASE_CHANGES = ['withdraw', 'cancel', 'changeAttribute'] as const;
export type SignOffCaseChange = (typeof SIGNOFF_CASE_CHANGES)[number];

/**
 * The case changes `actor` may start now: those whose checks pass on everything but the form's
 * own fields (a reason, the new attribute), so a page offers only what the workflow would accept.
 */
export function signOffCaseChanges(state: CaseChangeState, actor: Actor): SignOffCaseChange[] {
  const checks: Record<SignOffCaseChange, () => void> = {
    withdraw: () => checkWithdraw(state, actor),
    cancel: () => checkMayCancel(state, actor),
    changeAttribute: () => checkMayChangeAttributeLater(state, actor),
  };
  return SIGNOFF_CASE_CHANGES.filter((change) => {
    try {
      checks[change]();
      return true;
    } catch (error) {
      if (error instanceof SignOffRuleError) return false;
      throw error;
    }
  });
}
