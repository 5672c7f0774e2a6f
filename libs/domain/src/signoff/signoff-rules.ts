import { isIsoDate } from '../calendar/iso-date';
import { isDisclosureAttribute, isWithholdingBasis, type DisclosureAttribute, type WithholdingBasis } from './disclosure-attribute';
import { SignOffRuleError } from './signoff-errors';
import { currentLevel, isFinished, type LevelAssignment, type PersonRef, type SignOffActor, type SignOffState } from './signoff-state';

/*
 * The rules of the three-level sign-off as checks over the workflow's state. Each check throws
 * a SignOffRuleError and changes nothing; the workflow runs them as update validators, so a
 * refused decision leaves no trace in the document's history.
 */

const SHA256 = /^[0-9a-f]{64}$/;
const blank = (text: string | null | undefined) => !text || text.trim() === '';

export function refuseIfFinished(state: SignOffState): void {
  if (isFinished(state)) {
    throw new SignOffRuleError('DOCUMENT_FINISHED', `the document's sign-off is finished (${state.status}); nothing more can be decided`);
  }
}

export function checkAttribute(attribute: unknown, basis: unknown): void {
  if (!isDisclosureAttribute(attribute)) {
    throw new SignOffRuleError('ATTRIBUTE_REQUIRED', 'attribute must be proactive, on_request or withheld', 'attribute');
  }
  if (attribute === 'withheld' && !isWithholdingBasis(basis)) {
    throw new SignOffRuleError('BASIS_REQUIRED', 'a withheld document needs one of the eight statutory bases', 'withholdingBasis');
  }
  if (attribute !== 'withheld' && basis !== null && basis !== undefined) {
    throw new SignOffRuleError('BASIS_NOT_ALLOWED', 'only a withheld document has a withholding basis', 'withholdingBasis');
  }
}

function refuseUnlessDrafter(state: SignOffState, actor: SignOffActor): void {
  if (actor.id !== state.drafter.id) throw new SignOffRuleError('NOT_THE_DRAFTER', 'only the drafter may do this');
}

export function checkSetAttribute(state: SignOffState, actor: SignOffActor, attribute: unknown, basis: unknown): void {
  refuseIfFinished(state);
  refuseUnlessDrafter(state, actor);
  if (state.status !== 'draft' && state.status !== 'returned') {
    throw new SignOffRuleError('WRONG_STATE', 'the attribute can change only before submission or after a return (attribute-first rule)');
  }
  checkAttribute(attribute, basis);
}

export function checkSubmit(state: SignOffState, actor: SignOffActor, sha256: string, plan: LevelAssignment[]): void {
  refuseIfFinished(state);
  refuseUnlessDrafter(state, actor);
  if (state.status !== 'draft' && state.status !== 'returned') {
    throw new SignOffRuleError('WRONG_STATE', `the document is ${state.status}; only a draft or a returned document is submitted`);
  }
  if (state.attribute === null) {
    throw new SignOffRuleError('ATTRIBUTE_REQUIRED', 'set the disclosure attribute before the sign-off starts (attribute-first rule)', 'attribute');
  }
  checkAttribute(state.attribute, state.withholdingBasis);
  if (state.proposal) {
    throw new SignOffRuleError('WRONG_STATE', 'a signer proposed another attribute: accept it or set the attribute again before resubmitting', 'attribute');
  }
  if (!SHA256.test(sha256)) throw new SignOffRuleError('WRONG_STATE', 'the version has no SHA-256');
  if (state.status === 'returned' && state.returnedSha256 === sha256) {
    throw new SignOffRuleError('REVISION_UNCHANGED', 'upload a revision: this version is the one that was returned', 'bodyText');
  }
  checkPlan(state, plan);
}

/** The plan's signers: someone for every level, never the drafter, never one person on two levels. */
export function checkPlan(state: SignOffState, plan: LevelAssignment[]): void {
  if (plan.length === 0) throw new SignOffRuleError('WRONG_STATE', 'the sign-off has no levels');
  const seen = new Set<string>();
  for (const level of plan) {
    if (level.signer.id === state.drafter.id) {
      throw new SignOffRuleError('SEPARATION_OF_DUTIES', `the drafter is the signer of level ${level.level}; the drafter never signs`);
    }
    if (seen.has(level.signer.id)) {
      throw new SignOffRuleError('SEPARATION_OF_DUTIES', `${level.signer.name} would sign two levels; no one signs two levels of one document`);
    }
    seen.add(level.signer.id);
  }
}

/** Who may decide now: the current level's signer, and no one who signed another level. */
function checkSigner(state: SignOffState, actor: SignOffActor): LevelAssignment {
  refuseIfFinished(state);
  const level = currentLevel(state);
  if (state.status !== 'in_review' || !level) {
    throw new SignOffRuleError('WRONG_STATE', `the document is ${state.status}, not in review`);
  }
  if (actor.id === state.drafter.id) throw new SignOffRuleError('SEPARATION_OF_DUTIES', 'the drafter never signs their own document');
  if (actor.id !== level.signer.id) {
    const other = state.levels.find((l) => l.signer.id === actor.id);
    if (other) {
      const signed = state.signatures.some((s) => s.round === state.round && s.level === other.level);
      throw new SignOffRuleError(
        'NOT_YOUR_TURN',
        signed ? `you signed level ${other.level} already; level ${level.level} is signing now` : `level ${level.level} signs before your level ${other.level}`,
      );
    }
    throw new SignOffRuleError('NOT_THE_SIGNER', `level ${level.level} (${level.title}) is for ${level.signer.name}`);
  }
  const otherLevel = state.signatures.find((s) => s.signerId === actor.id && s.level !== level.level);
  if (otherLevel) {
    throw new SignOffRuleError('SEPARATION_OF_DUTIES', `you signed level ${otherLevel.level} of this document; no one signs two levels`);
  }
  return level;
}

export function checkApprove(state: SignOffState, actor: SignOffActor): void {
  checkSigner(state, actor);
}

export function checkReturnForRevision(state: SignOffState, actor: SignOffActor, comment: string | null | undefined): void {
  checkSigner(state, actor);
  if (blank(comment)) throw new SignOffRuleError('COMMENT_REQUIRED', 'say what must change: a return needs a comment', 'comment');
}

export function checkProposeAttribute(
  state: SignOffState,
  actor: SignOffActor,
  attribute: DisclosureAttribute,
  basis: WithholdingBasis | null,
  reason: string | null | undefined,
): void {
  checkSigner(state, actor);
  checkNewAttribute(state, attribute, basis, reason);
}

/** Another attribute than the document's, valid, with the reason for the change. */
export function checkNewAttribute(state: SignOffState, attribute: DisclosureAttribute, basis: WithholdingBasis | null, reason: string | null | undefined): void {
  checkAttribute(attribute, basis);
  if (blank(reason)) throw new SignOffRuleError('REASON_REQUIRED', 'a change of attribute needs a reason', 'reason');
  if (attribute === state.attribute && (basis ?? null) === state.withholdingBasis) {
    throw new SignOffRuleError('SAME_ATTRIBUTE', 'the document has this attribute already', 'attribute');
  }
}

/** A new signer for a level: not the drafter, not a signer of another level, not already signed elsewhere. */
function checkNewSigner(state: SignOffState, level: LevelAssignment, to: PersonRef): void {
  if (to.id === state.drafter.id) throw new SignOffRuleError('SEPARATION_OF_DUTIES', 'the drafter never signs their own document');
  if (to.id === level.signer.id) throw new SignOffRuleError('WRONG_STATE', `${to.name} signs level ${level.level} already`);
  const other = state.levels.find((l) => l.level !== level.level && l.signer.id === to.id);
  if (other) throw new SignOffRuleError('SEPARATION_OF_DUTIES', `${to.name} signs level ${other.level}; no one signs two levels`);
  if (state.signatures.some((s) => s.signerId === to.id && s.level !== level.level)) {
    throw new SignOffRuleError('SEPARATION_OF_DUTIES', `${to.name} signed another level of this document`);
  }
}

export function checkDelegate(state: SignOffState, actor: SignOffActor, to: PersonRef): void {
  const level = checkSigner(state, actor);
  checkNewSigner(state, level, to);
}

export function checkReassign(state: SignOffState, actor: SignOffActor, levelNumber: number, to: PersonRef, reason: string | null | undefined): void {
  refuseIfFinished(state);
  if (!actor.roles.some((r) => r === 'coordinator' || r === 'admin')) {
    throw new SignOffRuleError('NOT_ALLOWED', 'only a coordinator or an admin reassigns a level');
  }
  if (state.status !== 'in_review') throw new SignOffRuleError('WRONG_STATE', `the document is ${state.status}, not in review`);
  const level = state.levels.find((l) => l.level === levelNumber);
  if (!level) throw new SignOffRuleError('UNKNOWN_LEVEL', `the sign-off has no level ${levelNumber}`, 'level');
  if (state.signatures.some((s) => s.round === state.round && s.level === levelNumber)) {
    throw new SignOffRuleError('LEVEL_ALREADY_SIGNED', `level ${levelNumber} is signed already`, 'level');
  }
  if (blank(reason)) throw new SignOffRuleError('REASON_REQUIRED', 'say why the level is reassigned', 'reason');
  checkNewSigner(state, level, to);
}

export interface PublicationInput {
  url: string;
  publishedOn: string;
  channel: string;
  publishedSha256: string;
}

/** Review before release: a publication dated before the signing, or in the future, is refused. */
export function checkRecordPublication(state: SignOffState, input: PublicationInput, today: string): void {
  refuseIfFinished(state);
  if (state.status !== 'awaiting_publication' && state.status !== 'publication_flagged') {
    throw new SignOffRuleError('WRONG_STATE', `the document is ${state.status}; only a signed proactive document is published`);
  }
  if (!isIsoDate(input.publishedOn)) throw new SignOffRuleError('PUBLICATION_DATE', 'publishedOn must be a date YYYY-MM-DD', 'publishedOn');
  if (input.publishedOn > today) throw new SignOffRuleError('PUBLICATION_DATE', `publishedOn ${input.publishedOn} is in the future`, 'publishedOn');
  const signedOn = state.signedAt ? shanghaiDay(state.signedAt) : null;
  if (signedOn && input.publishedOn < signedOn) {
    throw new SignOffRuleError('PUBLICATION_DATE', `publishedOn ${input.publishedOn} is before the sign-off ended (${signedOn}): review before release`, 'publishedOn');
  }
  if (!SHA256.test(input.publishedSha256)) {
    throw new SignOffRuleError('WRONG_STATE', 'publishedSha256 must be 64 lowercase hex digits', 'publishedSha256');
  }
}

/** The Shanghai date of an ISO instant. */
export function shanghaiDay(isoInstant: string): string {
  const ms = Date.parse(isoInstant) + 8 * 3_600_000;
  return new Date(ms).toISOString().slice(0, 10);
}
