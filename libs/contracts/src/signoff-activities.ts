import type { SignOffStatus } from '../../domain/src/signoff/signoff-state';
import type { TrailEntryContent } from '../../domain/src/signoff/trail-chain';
import type { StepMail } from './step-mail';

/** What the API lists and filters: a snapshot of the workflow's state after a step. */
export interface DocumentProjection {
  status: SignOffStatus;
  attribute: string | null;
  withholdingBasis: string | null;
  version: number;
  sha256: string;
  round: number;
  currentLevel: number | null;
  currentSignerId: string | null;
  levelDueAt: string | null;
  signedAt: string | null;
  publicationDueOn: string | null;
  publicationOverdue: boolean;
  publishedOn: string | null;
  publicationUrl: string | null;
  deadlineProvisional: boolean;
  /** The signers of the current round, for the API's read access and for auditors. */
  signerIds: string[];
}

export interface SignOffStep {
  documentId: string;
  /** The step's number in its workflow, across continue-as-new: the projection is written only over an older one. */
  stepSeq: number;
  projection: DocumentProjection;
  /** Entries in order; their seq numbers come from the workflow, so a retry writes none twice. */
  trail: TrailEntryContent[];
  mails: StepMail[];
}

export interface SignOffActivities {
  /** One transaction: the projection, the trail entries and the queued mails of one step; returns the entries' hashes. */
  recordSignOffStep(step: SignOffStep): Promise<string[]>;
}
