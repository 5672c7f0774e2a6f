import { canonicalJson } from '../calendar/calendar-version';
import { sha256Hex } from '../calendar/sha256';

export const TRAIL_EVENTS = [
  'registered',
  'attribute_set',
  'submitted',
  'approved',
  'returned',
  'attribute_proposed',
  'delegated',
  'reassigned',
  'reminder_sent',
  'escalated',
  'signed',
  'publication_reminder',
  'publication_overdue',
  'published',
  'publication_flagged',
  'closed',
] as const;
export type TrailEvent = (typeof TRAIL_EVENTS)[number];

export const TRAIL_EVENT_LABELS: Record<TrailEvent, string> = {
  registered: '登记',
  attribute_set: '认定公开属性',
  submitted: '提交审签',
  approved: '审签通过',
  returned: '退回修改',
  attribute_proposed: '建议变更公开属性',
  delegated: '委托审签',
  reassigned: '改派审签人',
  reminder_sent: '审签提醒',
  escalated: '逾期上报',
  signed: '审签完成',
  publication_reminder: '公开提醒',
  publication_overdue: '公开逾期',
  published: '已公开',
  publication_flagged: '公开文件与签发版本不一致',
  closed: '办结',
};

/** One entry of a document's trail, as written; `hash` covers every other field and the previous hash. */
export interface TrailEntryContent {
  documentId: string;
  seq: number;
  event: TrailEvent;
  actorId: string | null;
  actorName: string;
  actorRole: string;
  level: number | null;
  occurredAt: string;
  documentSha256: string;
  comment: string | null;
  data: Record<string, unknown>;
}

export interface ChainedTrailEntry extends TrailEntryContent {
  prevHash: string;
  hash: string;
}

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export function trailEntryHash(entry: TrailEntryContent, prevHash: string): string {
  const { documentId, seq, event, actorId, actorName, actorRole, level, occurredAt, documentSha256, comment, data } = entry;
  return sha256Hex(
    canonicalJson({ documentId, seq, event, actorId, actorName, actorRole, level, occurredAt, documentSha256, comment, data, prevHash }),
  );
}

export function chainEntry(entry: TrailEntryContent, prevHash: string): ChainedTrailEntry {
  return { ...entry, prevHash, hash: trailEntryHash(entry, prevHash) };
}

export interface TrailVerification {
  valid: boolean;
  entries: number;
  /** The first entry whose content, link or numbering does not hold, with why. */
  firstAltered: { seq: number; reason: string } | null;
}

/** Recomputes the chain from the first entry; names the first entry that does not hold. */
export function verifyTrail(entries: readonly ChainedTrailEntry[]): TrailVerification {
  let prev = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const fail = (reason: string): TrailVerification => ({ valid: false, entries: entries.length, firstAltered: { seq: entry.seq, reason } });
    if (entry.seq !== i + 1) return fail(`entry number ${entry.seq} where ${i + 1} was expected: an entry is missing or was inserted`);
    if (entry.prevHash !== prev) return fail('its link to the previous entry does not match: an entry before it was removed or replaced');
    if (trailEntryHash(entry, prev) !== entry.hash) return fail('its content does not match its hash: it was altered after it was written');
    prev = entry.hash;
  }
  return { valid: true, entries: entries.length, firstAltered: null };
}
