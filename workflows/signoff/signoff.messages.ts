import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { DisclosureAttribute, WithholdingBasis } from '../../libs/domain/src/signoff/disclosure-attribute';
import type { SignOffConfig } from '../../libs/domain/src/signoff/signoff-config';
import type { LevelAssignment, PersonRef, RegisteredDocument, SignOffState, SignOffStatus } from '../../libs/domain/src/signoff/signoff-state';
import type { Actor } from '../../libs/domain/src/registry/actor';

export interface SignOffInput {
  document: RegisteredDocument;
  /**
   * How many entries the document's trail holds at the start: its registration, written with
   * the document (registrationTrail). The workflow numbers its entries after them.
   */
  trailSeq: number;
  /** The hashes of those entries: the start of the workflow's witness of the chain (absent before it kept one). */
  trailHashes?: string[];
  /** Set when the workflow continues as new: the state and trail numbering carry over. */
  resume?: {
    state: SignOffState;
    seq: number;
    /** Absent in runs continued by code older than the step numbers. */
    steps?: number;
    timing: SignOffTiming | null;
    trailHashes?: string[] | null;
    /** A finished sign-off started again to record a change of attribute after the signing: it waits for that update. */
    reopened?: boolean;
  };
}

export type SignOffTiming = Pick<SignOffConfig, 'remindBefore' | 'escalateAfter' | 'publication'>;

export interface SetAttributeArgs {
  actor: Actor;
  attribute: DisclosureAttribute;
  withholdingBasis: WithholdingBasis | null;
  reason: string | null;
}

export interface SubmitArgs {
  actor: Actor;
  /** A new version when the drafter uploaded a revision; absent for the first submission. */
  revision: { version: number; sha256: string } | null;
  plan: LevelAssignment[];
  timing: SignOffTiming;
}

export interface DecisionArgs {
  actor: Actor;
  comment: string | null;
}

export interface ProposeAttributeArgs {
  actor: Actor;
  attribute: DisclosureAttribute;
  withholdingBasis: WithholdingBasis | null;
  reason: string;
}

export interface DelegateArgs {
  actor: Actor;
  to: PersonRef;
  reason: string | null;
}

export interface ReassignArgs {
  actor: Actor;
  level: number;
  to: PersonRef;
  reason: string;
}

export interface RecordPublicationArgs {
  actor: Actor;
  url: string;
  publishedOn: string;
  channel: string;
  publishedSha256: string;
}

export interface WithdrawArgs {
  actor: Actor;
  reason: string | null;
}

export interface CancelSignOffArgs {
  actor: Actor;
  reason: string;
}

export interface ChangeAttributeArgs {
  actor: Actor;
  attribute: DisclosureAttribute;
  withholdingBasis: WithholdingBasis | null;
  reason: string;
  /** The unit's publication timing, for a document that must now be published. */
  timing: SignOffTiming;
}

/**
 * What a decision answers: where the document stands after it. Small on purpose, since every
 * answer is kept in the workflow's history; the whole state is the status query's.
 */
export interface DecisionReceipt {
  status: SignOffStatus;
  round: number;
  currentLevel: number | null;
  /** The number of the trail's last entry when the decision was answered: the decision's own, or a later one. */
  trailSeq: number;
}

export const setAttributeUpdate = defineUpdate<DecisionReceipt, [SetAttributeArgs]>('setAttribute');
export const submitSignOffUpdate = defineUpdate<DecisionReceipt, [SubmitArgs]>('submit');
export const approveUpdate = defineUpdate<DecisionReceipt, [DecisionArgs]>('approve');
export const returnForRevisionUpdate = defineUpdate<DecisionReceipt, [DecisionArgs]>('returnForRevision');
export const proposeAttributeUpdate = defineUpdate<DecisionReceipt, [ProposeAttributeArgs]>('proposeAttribute');
export const delegateUpdate = defineUpdate<DecisionReceipt, [DelegateArgs]>('delegate');
export const reassignUpdate = defineUpdate<DecisionReceipt, [ReassignArgs]>('reassign');
export const recordPublicationUpdate = defineUpdate<DecisionReceipt, [RecordPublicationArgs]>('recordPublication');
export const withdrawUpdate = defineUpdate<DecisionReceipt, [WithdrawArgs]>('withdraw');
export const cancelSignOffUpdate = defineUpdate<DecisionReceipt, [CancelSignOffArgs]>('cancelSignOff');
export const changeAttributeUpdate = defineUpdate<DecisionReceipt, [ChangeAttributeArgs]>('changeAttribute');
export const statusQuery = defineQuery<SignOffState>('status');

/**
 * The hash of every trail entry the workflow saw written, in order, and whether no step is
 * being written now; null for a sign-off started before workflows kept this witness.
 */
export interface TrailWitnessAnswer {
  hashes: string[];
  settled: boolean;
}
export const trailWitnessQuery = defineQuery<TrailWitnessAnswer | null>('trailWitness');
