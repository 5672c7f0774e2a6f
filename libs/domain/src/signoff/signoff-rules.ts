import { isIsoDate, shanghaiDate } from '../calendar/iso-date';
import { isDisclosureAttribute, isWithholdingBasis, type DisclosureAttribute, type WithholdingBasis } from './disclosure-attribute';
import { SignOffRuleError } from './signoff-errors';
import { currentLevel, isFinished, SIGNOFF_STATUS_LABELS, type LevelAssignment, type PersonRef, type SignOffState } from './signoff-state';
import type { Actor } from '../registry/actor';

/*
 * The rules of the three-level sign-off as checks over the workflow's state. Each check throws
 * a SignOffRuleError and changes nothing; the workflow runs them as update validators, so a
 * refused decision leaves no trace in the document's history.
 */

const SHA256 = /^[0-9a-f]{64}$/;
const blank = (text: string | null | undefined) => !text || text.trim() === '';

export function refuseIfFinished(state: Pick<SignOffState, 'status'>): void {
  if (isFinished(state)) {
    throw new SignOffRuleError('DOCUMENT_FINISHED', `该公文的审签已结束（${SIGNOFF_STATUS_LABELS[state.status]}），不能再作任何决定`);
  }
}

export function checkAttribute(attribute: unknown, basis: unknown): void {
  if (!isDisclosureAttribute(attribute)) {
    throw new SignOffRuleError('ATTRIBUTE_REQUIRED', '公开属性应为主动公开（proactive）、依申请公开（on_request）或不予公开（withheld）', 'attribute');
  }
  if (attribute === 'withheld' && !isWithholdingBasis(basis)) {
    throw new SignOffRuleError('BASIS_REQUIRED', '不予公开的公文须选定八项法定理由之一', 'withholdingBasis');
  }
  if (attribute !== 'withheld' && basis !== null && basis !== undefined) {
    throw new SignOffRuleError('BASIS_NOT_ALLOWED', '只有不予公开的公文才填写不予公开的理由', 'withholdingBasis');
  }
}

function refuseUnlessDrafter(state: SignOffState, actor: Actor): void {
  if (actor.id !== state.drafter.id) throw new SignOffRuleError('NOT_THE_DRAFTER', '只有起草人可以这样做');
}

export function checkSetAttribute(state: SignOffState, actor: Actor, attribute: unknown, basis: unknown): void {
  refuseIfFinished(state);
  refuseUnlessDrafter(state, actor);
  if (state.status !== 'draft' && state.status !== 'returned') {
    throw new SignOffRuleError('WRONG_STATE', '公开属性只能在送审前或退回后修改（属性先行）');
  }
  checkAttribute(attribute, basis);
}

export function checkSubmit(state: SignOffState, actor: Actor, sha256: string, plan: LevelAssignment[]): void {
  refuseIfFinished(state);
  refuseUnlessDrafter(state, actor);
  if (state.status !== 'draft' && state.status !== 'returned') {
    throw new SignOffRuleError('WRONG_STATE', `该公文当前为“${SIGNOFF_STATUS_LABELS[state.status]}”；只有草稿或退回修改的公文可以送审`);
  }
  if (state.attribute === null) {
    throw new SignOffRuleError('ATTRIBUTE_REQUIRED', '送审前须先确定公开属性（属性先行）', 'attribute');
  }
  checkAttribute(state.attribute, state.withholdingBasis);
  if (state.proposal) {
    throw new SignOffRuleError('WRONG_STATE', '审签人建议了另一公开属性：请接受该建议或重新确定属性后再送审', 'attribute');
  }
  if (!SHA256.test(sha256)) throw new SignOffRuleError('WRONG_STATE', '该版本没有 SHA-256 摘要');
  if (state.status === 'returned' && state.returnedSha256 === sha256) {
    throw new SignOffRuleError('REVISION_UNCHANGED', '请上传修改后的文本或文件：此版本就是被退回的版本', 'bodyText');
  }
  checkPlan(state, plan);
}

/** The plan's signers: someone for every level, never the drafter, never one person on two levels. */
export function checkPlan(state: SignOffState, plan: LevelAssignment[]): void {
  if (plan.length === 0) throw new SignOffRuleError('WRONG_STATE', '审签流程没有任何一级');
  const seen = new Set<string>();
  for (const level of plan) {
    if (level.signer.id === state.drafter.id) {
      throw new SignOffRuleError('SEPARATION_OF_DUTIES', `起草人被设为第${level.level}级审签人；起草人不能审签`);
    }
    if (seen.has(level.signer.id)) {
      throw new SignOffRuleError('SEPARATION_OF_DUTIES', `${level.signer.name}将审签两级；同一公文任何人不得审签两级`);
    }
    seen.add(level.signer.id);
  }
}

/** Who may decide now: the current level's signer, and no one who signed another level. */
function checkSigner(state: SignOffState, actor: Actor): LevelAssignment {
  refuseIfFinished(state);
  const level = currentLevel(state);
  if (state.status !== 'in_review' || !level) {
    throw new SignOffRuleError('WRONG_STATE', `该公文当前为“${SIGNOFF_STATUS_LABELS[state.status]}”，不在审签中`);
  }
  if (actor.id === state.drafter.id) throw new SignOffRuleError('SEPARATION_OF_DUTIES', '起草人不能审签自己起草的公文');
  if (actor.id !== level.signer.id) {
    const other = state.levels.find((l) => l.signer.id === actor.id);
    if (other) {
      const signed = state.signatures.some((s) => s.round === state.round && s.level === other.level);
      throw new SignOffRuleError(
        'NOT_YOUR_TURN',
        signed ? `您已审签第${other.level}级；现在由第${level.level}级审签` : `第${level.level}级须在您的第${other.level}级之前审签`,
      );
    }
    throw new SignOffRuleError('NOT_THE_SIGNER', `第${level.level}级（${level.title}）由${level.signer.name}审签`);
  }
  const otherLevel = state.signatures.find((s) => s.signerId === actor.id && s.level !== level.level);
  if (otherLevel) {
    throw new SignOffRuleError('SEPARATION_OF_DUTIES', `您已审签该公文第${otherLevel.level}级；任何人不得审签两级`);
  }
  return level;
}

export function checkApprove(state: SignOffState, actor: Actor): void {
  checkSigner(state, actor);
}

export function checkReturnForRevision(state: SignOffState, actor: Actor, comment: string | null | undefined): void {
  checkSigner(state, actor);
  if (blank(comment)) throw new SignOffRuleError('COMMENT_REQUIRED', '退回须写明修改意见', 'comment');
}

export function checkProposeAttribute(
  state: SignOffState,
  actor: Actor,
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
  if (blank(reason)) throw new SignOffRuleError('REASON_REQUIRED', '改变公开属性须写明理由', 'reason');
  if (attribute === state.attribute && (basis ?? null) === state.withholdingBasis) {
    throw new SignOffRuleError('SAME_ATTRIBUTE', '公文已是这一公开属性', 'attribute');
  }
}

/** A new signer for a level: not the drafter, not a signer of another level, not already signed elsewhere. */
function checkNewSigner(state: SignOffState, level: LevelAssignment, to: PersonRef): void {
  if (to.id === state.drafter.id) throw new SignOffRuleError('SEPARATION_OF_DUTIES', '起草人不能审签自己起草的公文');
  if (to.id === level.signer.id) throw new SignOffRuleError('WRONG_STATE', `${to.name}已是第${level.level}级审签人`);
  const other = state.levels.find((l) => l.level !== level.level && l.signer.id === to.id);
  if (other) throw new SignOffRuleError('SEPARATION_OF_DUTIES', `${to.name}是第${other.level}级审签人；任何人不得审签两级`);
  if (state.signatures.some((s) => s.signerId === to.id && s.level !== level.level)) {
    throw new SignOffRuleError('SEPARATION_OF_DUTIES', `${to.name}已审签该公文的另一级`);
  }
}

export function checkDelegate(state: SignOffState, actor: Actor, to: PersonRef): void {
  const level = checkSigner(state, actor);
  checkNewSigner(state, level, to);
}

export function checkReassign(state: SignOffState, actor: Actor, levelNumber: number, to: PersonRef, reason: string | null | undefined): void {
  refuseIfFinished(state);
  if (!actor.roles.some((r) => r === 'coordinator' || r === 'admin')) {
    throw new SignOffRuleError('NOT_ALLOWED', '只有政务公开办或管理员可以改派审签人');
  }
  if (state.status !== 'in_review') throw new SignOffRuleError('WRONG_STATE', `该公文当前为“${SIGNOFF_STATUS_LABELS[state.status]}”，不在审签中`);
  const level = state.levels.find((l) => l.level === levelNumber);
  if (!level) throw new SignOffRuleError('UNKNOWN_LEVEL', `审签流程没有第${levelNumber}级`, 'level');
  if (state.signatures.some((s) => s.round === state.round && s.level === levelNumber)) {
    throw new SignOffRuleError('LEVEL_ALREADY_SIGNED', `第${levelNumber}级已审签`, 'level');
  }
  if (blank(reason)) throw new SignOffRuleError('REASON_REQUIRED', '改派须写明理由', 'reason');
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
    throw new SignOffRuleError('WRONG_STATE', `该公文当前为“${SIGNOFF_STATUS_LABELS[state.status]}”；只有审签完毕的主动公开公文才登记发布`);
  }
  if (!isIsoDate(input.publishedOn)) throw new SignOffRuleError('PUBLICATION_DATE', 'publishedOn 应为日期，格式 YYYY-MM-DD', 'publishedOn');
  if (input.publishedOn > today) throw new SignOffRuleError('PUBLICATION_DATE', `发布日期 ${input.publishedOn} 晚于今天`, 'publishedOn');
  const signedOn = state.signedAt ? shanghaiDate(Date.parse(state.signedAt)) : null;
  if (signedOn && input.publishedOn < signedOn) {
    throw new SignOffRuleError('PUBLICATION_DATE', `发布日期 ${input.publishedOn} 早于审签结束日期（${signedOn}）：须先审后发`, 'publishedOn');
  }
  if (!SHA256.test(input.publishedSha256)) {
    throw new SignOffRuleError('WRONG_STATE', 'publishedSha256 应为 64 位小写十六进制数字', 'publishedSha256');
  }
}
