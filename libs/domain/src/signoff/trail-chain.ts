import { canonicalJson } from '../calendar/calendar-version';
import { hmacSha256Hex } from '../calendar/hmac-sha256';
import { sha256Hex } from '../calendar/sha256';
import { anchorDigest, checkAnchoredHead, type AnchorCheckResult, type AnchoredHead } from './trail-anchor';

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
  'withdrawn',
  'signoff_cancelled',
  'attribute_changed',
  'deadline_recounted',
  'deadline_recount_held',
  'calendar_hold_decided',
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
  withdrawn: '起草人撤回',
  signoff_cancelled: '撤销审签',
  attribute_changed: '签发后变更公开属性',
  deadline_recounted: '按新工作日历重算时限',
  deadline_recount_held: '新工作日历改变已逾期的时限，待协调人决定',
  calendar_hold_decided: '协调人决定逾期事项的时限调整',
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

/** Where a chain ends: its entry count and the last entry's hash. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * The entries a document's trail held when TRAIL_KEY was introduced: they keep their unkeyed
 * hash, and this seal (an HMAC of their head under the key) marks where keyed entries begin.
 */
export interface LegacySeal {
  entries: number;
  headHash: string;
  seal: string;
}

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

const hashedFields = (entry: TrailEntryContent, prevHash: string) => {
  const { documentId, seq, event, actorId, actorName, actorRole, level, occurredAt, documentSha256, comment, data } = entry;
  return canonicalJson({ documentId, seq, event, actorId, actorName, actorRole, level, occurredAt, documentSha256, comment, data, prevHash });
};

/** The unkeyed hash of entries written before TRAIL_KEY; anyone can recompute it, so it only proves order. */
export function trailEntryHash(entry: TrailEntryContent, prevHash: string): string {
  return sha256Hex(hashedFields(entry, prevHash));
}

/** HMAC-SHA256 under the server's trail key: without the key, no one can write a link that verifies. */
export function trailEntryMac(entry: TrailEntryContent, prevHash: string, key: string): string {
  return hmacSha256Hex(key, hashedFields(entry, prevHash));
}

export function chainEntry(entry: TrailEntryContent, prevHash: string, key: string): ChainedTrailEntry {
  return { ...entry, prevHash, hash: trailEntryMac(entry, prevHash, key) };
}

export function legacySealMac(documentId: string, head: ChainHead, key: string): string {
  return hmacSha256Hex(key, canonicalJson({ documentId, legacyEntries: head.seq, headHash: head.hash }));
}

/**
 * What the document's workflow saw written: the hash of every entry in order. `settled` is
 * false while a step is being written, when the rows may already hold entries it has not seen.
 */
export type TrailWitness =
  | { kind: 'workflow'; hashes: readonly string[]; settled: boolean }
  /** Documents registered before the workflow kept a witness. */
  | { kind: 'none' }
  | { kind: 'unavailable'; reason: string };

export type TrailCheckResult = 'passed' | 'failed';
export type WitnessCheckResult = TrailCheckResult | 'none' | 'unavailable';

export interface TrailVerification {
  valid: boolean;
  entries: number;
  /** The rows' chain head; null for an empty trail. */
  head: ChainHead | null;
  checks: {
    /** Numbering, links and each entry's HMAC (or, for sealed legacy entries, hash and seal). */
    chain: TrailCheckResult;
    /** The rows against the hashes the document's workflow witnessed. */
    witness: WitnessCheckResult;
    /** The rows against the head the latest daily anchor recorded for this trail; `none` before its first anchor. */
    anchor: AnchorCheckResult;
  };
  failedCheck: 'chain' | 'witness' | 'anchor' | null;
  /** The daily anchor the rows were checked against (its digest is in the auditors' mail). */
  anchor: { day: string; digest: string; seq: number; hash: string } | null;
  /** The first entry at fault, with why; null when valid or when nothing names an entry. */
  firstAltered: { seq: number; cause: TrailBreak; reason: string } | null;
  /** Why the witness could not be asked, when it could not. */
  witnessNote: string | null;
}

/** The latest daily anchor that recorded this trail's head, as stored, with the rest of that day's heads. */
export interface StoredAnchor {
  day: string;
  digest: string;
  prevDigest: string;
  heads: AnchoredHead[];
  head: AnchoredHead;
}

export interface TrailVerificationInput {
  key: string;
  seal: LegacySeal | null;
  witness: TrailWitness;
  anchor?: StoredAnchor | null;
}

/** What does not hold about an entry: its number, its link, its own content, the legacy seal, or the witness. */
export type TrailBreak = 'numbering' | 'link' | 'content' | 'seal' | 'witness' | 'anchor';

export const TRAIL_BREAK_LABELS: Record<TrailBreak, string> = {
  numbering: '记录编号不连续：有记录被删除或插入',
  link: '与上一条记录的哈希链接不符：此前有记录被删除、替换或移动',
  content: '记录内容与其校验值不符：写入后被改动，或由不掌握留痕密钥的人写入',
  seal: '启用留痕密钥前的记录与其封存值不符：被改写或删除',
  witness: '与审签流程见证的记录不符：留痕被整体改写、删除或在流程之外添加',
  anchor: '与每日锚定的链头不符：锚定之后留痕被改写或删除，或锚定记录本身被改动',
};

type Fault = { seq: number; cause: TrailBreak; reason: string };

function checkChain(entries: readonly ChainedTrailEntry[], documentId: string, { key, seal }: TrailVerificationInput): Fault | null {
  if (seal && seal.seal !== legacySealMac(documentId, { seq: seal.entries, hash: seal.headHash }, key)) {
    return { seq: 1, cause: 'seal', reason: '启用留痕密钥前记录的封存值在密钥下校验不通过：封存值系伪造' };
  }
  let prev = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.seq !== i + 1) return { seq: entry.seq, cause: 'numbering', reason: `此处应为第 ${i + 1} 条记录，却是第 ${entry.seq} 条：有记录缺失或被插入` };
    if (entry.prevHash !== prev) return { seq: entry.seq, cause: 'link', reason: '与上一条记录的链接不符：其前的记录被删除、替换或移动' };
    const legacy = seal !== null && entry.seq <= seal.entries;
    const expected = legacy ? trailEntryHash(entry, prev) : trailEntryMac(entry, prev, key);
    if (expected !== entry.hash) {
      return { seq: entry.seq, cause: 'content', reason: legacy ? '内容与其哈希值不符：写入后被修改' : '内容与其在留痕密钥下的 HMAC 不符：被修改，或由没有密钥的人写入' };
    }
    if (legacy && entry.seq === seal.entries && entry.hash !== seal.headHash) {
      return { seq: entry.seq, cause: 'seal', reason: '启用留痕密钥前的记录没有止于封存值所记之处：被改写' };
    }
    prev = entry.hash;
  }
  if (seal && entries.length < seal.entries) {
    return { seq: entries.length + 1, cause: 'seal', reason: `封存值记有启用留痕密钥前的 ${seal.entries} 条记录，现存记录止于第 ${entries.length} 条：有记录被删除` };
  }
  return null;
}

function checkWitness(entries: readonly ChainedTrailEntry[], hashes: readonly string[], settled: boolean): Fault | null {
  for (let i = 0; i < hashes.length; i++) {
    if (i >= entries.length) return { seq: i + 1, cause: 'witness', reason: `审签流程见证了 ${hashes.length} 条记录，现存记录止于第 ${entries.length} 条：有记录被删除` };
    if (entries[i].hash !== hashes[i]) return { seq: i + 1, cause: 'witness', reason: '其哈希值不是写入时审签流程见证的值：留痕从此处起被改写' };
  }
  if (settled && entries.length > hashes.length) {
    return { seq: hashes.length + 1, cause: 'witness', reason: `审签流程见证了 ${hashes.length} 条记录，现存 ${entries.length} 条：有记录在流程之外被添加` };
  }
  return null;
}

/** An anchor whose stored heads no longer give its digest was itself altered; otherwise the rows must hold its head. */
function checkAnchor(entries: readonly ChainedTrailEntry[], anchor: StoredAnchor): Fault | null {
  if (anchorDigest(anchor.day, anchor.heads, anchor.prevDigest) !== anchor.digest) {
    return { seq: anchor.head.seq, cause: 'anchor', reason: `${anchor.day} 的锚定与其摘要不符：锚定记录被篡改` };
  }
  const fault = checkAnchoredHead(entries, anchor.head);
  return fault && { ...fault, cause: 'anchor' };
}

/** Checks the rows' chain, then the rows against the workflow's witness and the daily anchor; names the first check and entry that fail. */
export function verifyTrail(entries: readonly ChainedTrailEntry[], input: TrailVerificationInput): TrailVerification {
  const last = entries.at(-1);
  const documentId = entries[0]?.documentId ?? '';
  const chainFault = checkChain(entries, documentId, input);
  const { witness } = input;
  const witnessFault = witness.kind === 'workflow' ? checkWitness(entries, witness.hashes, witness.settled) : null;
  const witnessResult: WitnessCheckResult = witness.kind === 'workflow' ? (witnessFault ? 'failed' : 'passed') : witness.kind;
  const anchorFault = input.anchor ? checkAnchor(entries, input.anchor) : null;
  const anchorResult: AnchorCheckResult = input.anchor ? (anchorFault ? 'failed' : 'passed') : 'none';
  const failedCheck = chainFault
    ? 'chain'
    : witnessResult === 'failed' || witnessResult === 'unavailable'
      ? 'witness'
      : anchorFault
        ? 'anchor'
        : null;
  const fault = chainFault ?? witnessFault ?? anchorFault;
  const anchor = input.anchor;
  return {
    valid: failedCheck === null,
    entries: entries.length,
    head: last ? { seq: last.seq, hash: last.hash } : null,
    checks: { chain: chainFault ? 'failed' : 'passed', witness: witnessResult, anchor: anchorResult },
    failedCheck,
    anchor: anchor ? { day: anchor.day, digest: anchor.digest, seq: anchor.head.seq, hash: anchor.head.hash } : null,
    firstAltered: fault,
    witnessNote: witness.kind === 'unavailable' ? witness.reason : null,
  };
}
