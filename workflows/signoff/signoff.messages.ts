import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DisclosureAttribute, WithholdingBasis } from '../../libs/domain/src/signoff/disclosure-attribute';
import type { SignOffConfig } from '../../libs/domain/src/signoff/signoff-config';
import type { LevelAssignment, PersonRef, RegisteredDocument, SignOffActor, SignOffState } from '../../libs/domain/src/signoff/signoff-state';

export interface SignOffInput {
  document: RegisteredDocument;
  /** Set when the workflow continues as new: the state and trail numbering carry over. */
  resume?: { state: SignOffState; seq: number; timing: SignOffTiming | null };
}

export type SignOffTiming = Pick<SignOffConfig, 'remindBefore' | 'escalateAfter' | 'publication'>;

export interface SetAttributeArgs {
  actor: SignOffActor;
  attribute: DisclosureAttribute;
  withholdingBasis: WithholdingBasis | null;
  reason: string | null;
}

export interface SubmitArgs {
  actor: SignOffActor;
  /** A new version when the drafter uploaded a revision; absent for the first submission. */
  revision: { version: number; sha256: string } | null;
  plan: LevelAssignment[];
  timing: SignOffTiming;
}

export interface DecisionArgs {
  actor: SignOffActor;
  comment: string | null;
}

export interface ProposeAttributeArgs {
  actor: SignOffActor;
  attribute: DisclosureAttribute;
  withholdingBasis: WithholdingBasis | null;
  reason: string;
}

export interface DelegateArgs {
  actor: SignOffActor;
  to: PersonRef;
  reason: string | null;
}

export interface ReassignArgs {
  actor: SignOffActor;
  level: number;
  to: PersonRef;
  reason: string;
}

export interface RecordPublicationArgs {
  actor: SignOffActor;
  url: string;
  publishedOn: string;
  channel: string;
  publishedSha256: string;
}

export const setAttributeUpdate = defineUpdate<SignOffState, [SetAttributeArgs]>('setAttribute');
export const submitUpdate = defineUpdate<SignOffState, [SubmitArgs]>('submit');
export const approveUpdate = defineUpdate<SignOffState, [DecisionArgs]>('approve');
export const returnForRevisionUpdate = defineUpdate<SignOffState, [DecisionArgs]>('returnForRevision');
export const proposeAttributeUpdate = defineUpdate<SignOffState, [ProposeAttributeArgs]>('proposeAttribute');
export const delegateUpdate = defineUpdate<SignOffState, [DelegateArgs]>('delegate');
export const reassignUpdate = defineUpdate<SignOffState, [ReassignArgs]>('reassign');
export const recordPublicationUpdate = defineUpdate<SignOffState, [RecordPublicationArgs]>('recordPublication');
export const statusQuery = defineQuery<SignOffState>('status');
