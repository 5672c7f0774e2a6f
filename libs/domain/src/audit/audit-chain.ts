import { canonicalJson } from '../calendar/calendar-version';
import { sha256Hex } from '../calendar/sha256';
import { anchorDigest, checkAnchoredHead, type AnchorCheckResult } from '../signoff/trail-anchor';
import { GENESIS_HASH, type StoredAnchor } from '../signoff/trail-chain';

/** One administrative change as recorded (操作日志); `hash` covers it and the previous entry's hash. */
export interface AuditEntryContent {
  seq: number;
  occurredAt: string;
  actorId: string;
  actorName: string;
  address: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface ChainedAuditEntry extends AuditEntryContent {
  prevHash: string;
  hash: string;
}

export function auditEntryHash(entry: AuditEntryContent, prevHash: string): string {
  const { seq, occurredAt, actorId, actorName, address, action, entityType, entityId, before, after } = entry;
  return sha256Hex(canonicalJson({ seq, occurredAt, actorId, actorName, address, action, entityType, entityId, before, after, prevHash }));
}

export function chainAuditEntry(entry: AuditEntryContent, prevHash: string): ChainedAuditEntry {
  return { ...entry, prevHash, hash: auditEntryHash(entry, prevHash) };
}

export interface AuditLogVerification {
  valid: boolean;
  entries: number;
  /** The first entry at fault, with why; null when valid. */
  firstBroken: { seq: number; reason: string } | null;
  /** The rows against the log's head as the latest daily anchor recorded it; `none` before its first anchor. */
  anchorCheck: AnchorCheckResult;
  /** The daily anchor checked against (its digest is in the auditors' mail). */
  anchor: { day: string; digest: string; seq: number; hash: string } | null;
}

function brokenLink(entries: readonly ChainedAuditEntry[]): { seq: number; reason: string } | null {
  let prevHash = GENESIS_HASH;
  for (const [i, entry] of entries.entries()) {
    if (entry.seq !== i + 1) return { seq: entry.seq, reason: `第 ${i + 1} 条缺失` };
    if (entry.prevHash !== prevHash) return { seq: entry.seq, reason: '与上一条的链接不符' };
    if (auditEntryHash(entry, prevHash) !== entry.hash) return { seq: entry.seq, reason: '内容已被改动' };
    prevHash = entry.hash;
  }
  return null;
}

/**
 * Whether the log, from its first entry in order, is unbroken, and still holds the head the
 * latest daily anchor recorded: the chain alone passes when its last entries are deleted or the
 * whole log is rewritten, the anchor (mailed to the auditors) does not.
 */
export function verifyAuditChain(entries: ChainedAuditEntry[], anchor: StoredAnchor | null = null): AuditLogVerification {
  const chainFault = brokenLink(entries);
  const anchorFault = !anchor
    ? null
    : anchorDigest(anchor.day, anchor.heads, anchor.prevDigest) !== anchor.digest
      ? { seq: anchor.head.seq, reason: `${anchor.day} 的锚定与其摘要不符：锚定记录被篡改` }
      : checkAnchoredHead(entries, anchor.head);
  const firstBroken = chainFault ?? anchorFault;
  return {
    valid: firstBroken === null,
    entries: entries.length,
    firstBroken,
    anchorCheck: anchor ? (anchorFault ? 'failed' : 'passed') : 'none',
    anchor: anchor ? { day: anchor.day, digest: anchor.digest, seq: anchor.head.seq, hash: anchor.head.hash } : null,
  };
}
