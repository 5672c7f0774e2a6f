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

/**
 * The log's verification, fed its entries in order a batch at a time, so a long log is checked
 * without holding it all: the chain from its first entry, and the head its latest daily anchor
 * recorded (the chain alone passes when its last entries are deleted or the whole log is
 * rewritten; the anchor, mailed to the auditors, does not).
 */
export class AuditChainCheck {
  private prevHash = GENESIS_HASH;
  private count = 0;
  private chainFault: { seq: number; reason: string } | null = null;
  /** The stored hash of the entry the anchor names, once read. */
  private anchoredEntry: { seq: number; hash: string } | null = null;

  constructor(private readonly anchor: StoredAnchor | null = null) {}

  add(entries: readonly ChainedAuditEntry[]): void {
    for (const entry of entries) {
      this.count++;
      if (entry.seq === this.anchor?.head.seq) this.anchoredEntry = { seq: entry.seq, hash: entry.hash };
      if (this.chainFault) continue;
      if (entry.seq !== this.count) this.chainFault = { seq: entry.seq, reason: `第 ${this.count} 条缺失` };
      else if (entry.prevHash !== this.prevHash) this.chainFault = { seq: entry.seq, reason: '与上一条的链接不符' };
      else if (auditEntryHash(entry, this.prevHash) !== entry.hash) this.chainFault = { seq: entry.seq, reason: '内容已被改动' };
      this.prevHash = entry.hash;
    }
  }

  result(): AuditLogVerification {
    const anchor = this.anchor;
    const anchorFault = !anchor
      ? null
      : anchorDigest(anchor.day, anchor.heads, anchor.prevDigest) !== anchor.digest
        ? { seq: anchor.head.seq, reason: `${anchor.day} 的锚定与其摘要不符：锚定记录被篡改` }
        : checkAnchoredHead(this.anchoredEntry ? [this.anchoredEntry] : [], anchor.head, this.count);
    const firstBroken = this.chainFault ?? anchorFault;
    return {
      valid: firstBroken === null,
      entries: this.count,
      firstBroken,
      anchorCheck: anchor ? (anchorFault ? 'failed' : 'passed') : 'none',
      anchor: anchor ? { day: anchor.day, digest: anchor.digest, seq: anchor.head.seq, hash: anchor.head.hash } : null,
    };
  }
}

export function verifyAuditChain(entries: readonly ChainedAuditEntry[], anchor: StoredAnchor | null = null): AuditLogVerification {
  const check = new AuditChainCheck(anchor);
  check.add(entries);
  return check.result();
}
