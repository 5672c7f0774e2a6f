import type { Role } from '../../../../libs/domain/src/registry/roles';
import type { LastPlaceUnit, InterviewListing } from '../../../../libs/domain/src/supervision/last-place';
import type { CircularRow } from '../../../../libs/domain/src/supervision/quarterly-circular';

/** The shapes of the answers the console reads: the API's DTOs declare few response schemas, so these mirror what they return. */
export interface Actor {
  personId: string;
  name: string;
  roles: Role[];
  unitId: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface LoginResult {
  mustChangePassword: boolean;
}

export type TaskWarning = 'blue' | 'yellow' | 'red';

export interface TaskStanding {
  workingDaysLeft: number;
  overdueWorkingDays: number;
  warning: TaskWarning | null;
  openOrderId: string | null;
}

export interface EvidenceFile {
  id: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
}

export interface Task {
  id: string;
  planId: string | null;
  title: string;
  source: string;
  unitId: string;
  ownerId: string | null;
  dueOn: string;
  dueAt: string;
  status: string;
  overdue: boolean;
  submissions: number;
  submittedOn: string | null;
  verifiedOn: string | null;
  returnReason: string | null;
  evidence: { note: string | null; links: string[]; files: EvidenceFile[] };
  standing: TaskStanding | null;
}

export interface TaskHistoryEntry {
  key: string;
  event: string;
  actorName: string;
  actorRole: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

export interface Unit {
  id: string;
  name: string;
  active: boolean;
}

export interface Person {
  id: string;
  name: string;
  email: string;
  unitId: string | null;
  roles: string[];
}

export interface Plan {
  id: string;
  year: number;
  title: string;
}

export interface SupervisionOrder {
  id: string;
  number: string;
  level: number;
  levelName: string;
  unitId: string;
  taskId: string;
  actionDemanded: string;
  issuedOn: string;
  replyDueAt: string;
  /** Working days left to reply; null once answered or escalated. */
  replyClock: { workingDaysLeft: number; overdueWorkingDays: number; overdue: boolean } | null;
  status: string;
  replyText: string | null;
  repliedAt: string | null;
  escalatedAt: string | null;
}

export interface LedgerImportResult {
  rows: number;
  created: number;
  dryRun: boolean;
}

export interface CallAttempt {
  id: string;
  attempt: number;
  calledOn: string;
  outcome: 'answered' | 'unreachable';
  contactName: string | null;
  summary: string | null;
  promisedOn: string | null;
  createdAt: string;
}

export interface Call {
  id: string;
  unitId: string;
  unitName: string | null;
  phone: string | null;
  plannedOn: string;
  callOn: string;
  status: string;
  items: Array<{ taskId: string; title: string; due: string; reason: 'overdue' | 'at_risk'; workingDaysLeft: number; overdueWorkingDays: number }>;
  attempts: CallAttempt[];
}

export interface CallPage extends Page<Call> {
  unreachableTriesBeforeLeader: number;
}

export interface CallOutcomeResult {
  status: string;
  callOn: string;
  attempt: number;
  next: 'retry' | 'done' | 'escalate_to_leader';
}

export interface MailMessage {
  key: string;
  to: string[];
  cc: string[];
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface CircularSummary {
  quarterKey: string;
  year: number;
  quarter: number;
  title: string;
  issuedOn: string;
  sends: number;
  lastPlace: LastPlaceUnit[];
  interviews: InterviewListing[];
}


export type { CircularRow };

export interface Circular extends CircularSummary {
  circular: {
    quarterLabel: string;
    period: { from: string; to: string };
    rows: CircularRow[];
    /** The ranking as printed in the .docx and .xlsx: header cells and one row of cells per unit. */
    table: { headers: string[]; rows: string[][] };
    unranked: Array<{ unitId: string; unitName: string; itemsDue: number; note: string }>;
    minItemsDue: number;
    rectificationPlanDue: string | null;
    scoringNote: string;
  };
  subject: string;
}
