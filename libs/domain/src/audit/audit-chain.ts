import { canonicalJson } from '../calendar/calendar-version';
import { sha256Hex } from '../calendar/sha256';
import { GENESIS_HASH } from '../signoff/trail-chain';

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

/** Whether the log, from its first entry in order, is unbroken; the first entry that is not, with why. */
export function verifyAuditChain(entries: ChainedAuditEntry[]): { valid: boolean; entries: number; firstBroken: { seq: number; reason: string } | null } {
  let prevHash = GENESIS_HASH;
  for (const [i, entry] of entries.entries()) {
    const broken = (reason: string) => ({ valid: false, entries: entries.length, firstBroken: { seq: entry.seq, reason } });
    if (entry.seq !== i + 1) return broken(`第 ${i + 1} 条缺失`);
    if (entry.prevHash !== prevHash) return broken('与上一条的链接不符');
    if (auditEntryHash(entry, prevHash) !== entry.hash) return broken('内容已被改动');
    prevHash = entry.hash;
  }
  return { valid: true, entries: entries.length, firstBroken: null };
}
