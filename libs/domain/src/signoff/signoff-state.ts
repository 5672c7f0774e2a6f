import type { CalendarHold } from '../calendar/calendar-hold';
import type { DisclosureAttribute, WithholdingBasis } from './disclosure-attribute';

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

export interface LevelAssignment {
  level: number;
  title: string;
  signer: PersonRef;
  /** Set when the assigned signer handed the level to someone else. */
  delegatedFrom?: PersonRef;
  /** The signer's superior, who is told when the level is overdue. */
  superior: PersonRef | null;
  due: string;
}

export interface Signature {
  round: number;
  level: number;
  signerId: string;
  signerName: string;
  at: string;
  comment: string | null;
}

export type SignOffStatus =
  | 'draft'
  | 'in_review'
  | 'returned'
  | 'awaiting_publication'
  | 'publication_flagged'
  | 'published'
  | 'closed'
  | 'withdrawn'
  | 'cancelled';

export const SIGNOFF_STATUSES: SignOffStatus[] = [
  'draft',
  'in_review',
  'returned',
  'awaiting_publication',
  'publication_flagged',
  'published',
  'closed',
  'withdrawn',
  'cancelled',
];

export const SIGNOFF_STATUS_LABELS: Record<SignOffStatus, string> = {
  draft: '起草中',
  in_review: '审签中',
  returned: '退回修改',
  awaiting_publication: '待公开',
  publication_flagged: '公开文件与签发版本不一致',
  published: '已公开',
  closed: '已办结',
  withdrawn: '已撤回',
  cancelled: '已撤销审签',
};

export interface AttributeProposal {
  attribute: DisclosureAttribute;
  withholdingBasis: WithholdingBasis | null;
  reason: string;
  by: PersonRef;
  level: number;
}

export interface PublicationRecord {
  url: string;
  publishedOn: string;
  channel: string;
  publishedSha256: string;
  recordedBy: PersonRef;
  hashMatches: boolean;
}

/** Everything the sign-off workflow knows about one document; plain JSON. */
export interface SignOffState {
  /** Set while a published calendar is held back from an escalated level or an overdue publication (calendar-feed). */
  calendarHold?: CalendarHold | null;
  documentId: string;
  title: string;
  unitId: string;
  drafter: PersonRef;
  attribute: DisclosureAttribute | null;
  withholdingBasis: WithholdingBasis | null;
  version: number;
  documentSha256: string;
  status: SignOffStatus;
  round: number;
  /** The plan of the current round, set at each submission. */
  levels: LevelAssignment[];
  /** 0-based index into levels of the level now signing, or null outside review. */
  current: number | null;
  /** When the current level's time started (its signer was told). */
  levelStartedAt: string | null;
  /** Bumped when a coordinator reassigns the level: the new signer's reminders start afresh. */
  assignment: number;
  /** Keys of the timed reminders and escalations already sent, so none goes twice. */
  sentNotices: string[];
  signatures: Signature[];
  proposal: AttributeProposal | null;
  /** The hash of the version last returned, so a resubmission must change it. */
  returnedSha256: string | null;
  signedAt: string | null;
  signedSha256: string | null;
  publication: {
    /** When the time to publish started, if not at the signing: a document made public after review. */
    startedAt?: string;
    dueDate: string | null;
    dueAt: string | null;
    provisional: boolean;
    overdue: boolean;
    /** The last overdue reminder, from which the next one is counted. */
    lastOverdueReminderAt: string | null;
    records: PublicationRecord[];
  };
}

export interface RegisteredDocument {
  documentId: string;
  title: string;
  unitId: string;
  drafter: PersonRef;
  attribute: DisclosureAttribute | null;
  withholdingBasis: WithholdingBasis | null;
  version: number;
  documentSha256: string;
}

export function initialSignOffState(doc: RegisteredDocument): SignOffState {
  return {
    ...doc,
    status: 'draft',
    round: 0,
    levels: [],
    current: null,
    levelStartedAt: null,
    assignment: 0,
    sentNotices: [],
    signatures: [],
    proposal: null,
    returnedSha256: null,
    signedAt: null,
    signedSha256: null,
    publication: { dueDate: null, dueAt: null, provisional: false, overdue: false, lastOverdueReminderAt: null, records: [] },
  };
}

export function currentLevel(state: SignOffState): LevelAssignment | null {
  return state.current === null ? null : (state.levels[state.current] ?? null);
}

/** A sign-off that ended: signed and published or closed, withdrawn by its drafter, or cancelled by the office. */
export const FINISHED_SIGNOFF_STATUSES: readonly SignOffStatus[] = ['published', 'closed', 'withdrawn', 'cancelled'];
export const isFinished = (state: Pick<SignOffState, 'status'>) => FINISHED_SIGNOFF_STATUSES.includes(state.status);
