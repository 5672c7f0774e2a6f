import { checkNewAttribute, refuseIfFinished } from './signoff-rules';
import { SignOffRuleError } from './signoff-errors';
import type { SignOffActor, SignOffState } from './signoff-state';
import type { DisclosureAttribute, WithholdingBasis } from './disclosure-attribute';

/*
 * What may happen to a sign-off besides its decisions: the drafter withdraws it, the office
 * cancels it in review, or the office records a change of attribute after the signing. Each check
 * throws a SignOffRuleError and changes nothing, as the decisions' checks do.
 */

const isOffice = (actor: SignOffActor) => actor.roles.some((r) => r === 'coordinator' || r === 'admin');
const blank = (text: string | null | undefined) => !text || text.trim() === '';

/** The drafter takes back a document nobody is signing: a draft, or one returned to them. */
export function checkWithdraw(state: SignOffState, actor: SignOffActor): void {
  refuseIfFinished(state);
  if (actor.id !== state.drafter.id) throw new SignOffRuleError('NOT_THE_DRAFTER', 'only the drafter withdraws a document');
  if (state.status !== 'draft' && state.status !== 'returned') {
    throw new SignOffRuleError('WRONG_STATE', `the document is ${state.status}; only a draft or a returned document is withdrawn (a coordinator cancels one in review)`);
  }
}

/** The office stops a sign-off in review, and says why. */
export function checkCancelSignOff(state: SignOffState, actor: SignOffActor, reason: string | null | undefined): void {
  refuseIfFinished(state);
  if (!isOffice(actor)) throw new SignOffRuleError('NOT_ALLOWED', 'only a coordinator or an admin cancels a sign-off');
  if (state.status !== 'in_review') throw new SignOffRuleError('WRONG_STATE', `the document is ${state.status}, not in review`);
  if (blank(reason)) throw new SignOffRuleError('REASON_REQUIRED', 'say why the sign-off is cancelled', 'reason');
}

/**
 * A signed document's attribute stands as signed; a later change (made public after review, say)
 * is the office's, recorded with its reason as a new entry of the signed trail.
 */
export function checkLaterAttributeChange(
  state: SignOffState,
  actor: SignOffActor,
  attribute: DisclosureAttribute,
  basis: WithholdingBasis | null,
  reason: string | null | undefined,
): void {
  if (!isOffice(actor)) throw new SignOffRuleError('NOT_ALLOWED', 'only a coordinator or an admin records a change of attribute after the signing');
  if (state.signedAt === null || state.status === 'withdrawn' || state.status === 'cancelled') {
    throw new SignOffRuleError('WRONG_STATE', `the document is ${state.status}, not signed: its drafter sets the attribute before the sign-off`);
  }
  checkNewAttribute(state, attribute, basis, reason);
}
