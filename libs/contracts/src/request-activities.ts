import type { RegistrationField } from '../../domain/src/requests/request-changes';
import type { RequestSnapshot } from '../../domain/src/requests/request-snapshot';
import type { StepMail } from './step-mail';

/** One line of a request's append-only record; its seq comes from the workflow, so a retry writes none twice. */
export interface RequestRecordEntry {
  seq: number;
  type: string;
  /** The date of the fact in Shanghai (the day a reminder went out, for the system's records). */
  date: string;
  actorId: string | null;
  actorName: string;
  actorRole: string;
  data: Record<string, unknown>;
  occurredAt: string;
}

/** The answer document as the workflow knows it: its hash; the bytes are kept by the API. */
export interface AnswerDocumentRef {
  kind: 'text' | 'file';
  sha256: string;
  filename: string | null;
  mediaType: string;
  sizeBytes: number;
}

/** Registration columns a transfer or a correction changed; the rest stay as registered. */
export type RegistrationUpdate = Partial<Record<RegistrationField | 'unitId', string>>;

export interface RequestStep {
  requestId: string;
  registration?: RegistrationUpdate;
  /** The step's number in its workflow, across continue-as-new: the projection is written only over an older one. */
  stepSeq: number;
  snapshot: RequestSnapshot;
  answer: AnswerDocumentRef | null;
  entries: RequestRecordEntry[];
  mails: StepMail[];
}

export interface RequestActivities {
  /** One transaction: the read model, the record entries and the queued mails of one step. */
  recordRequestStep(step: RequestStep): Promise<void>;
}
