import { addDays, shanghaiInstant, type IsoDate } from '../calendar/iso-date';
import { canonicalJson } from '../calendar/calendar-version';
import { sha256Hex } from '../calendar/sha256';

/** The operation log's chain, anchored beside the documents' trails. */
export const AUDIT_LOG_CHAIN = 'audit-log';
export const documentChain = (documentId: string) => `document:${documentId}`;

/** Where one chain stood at the end of a day: its entry count and last hash. */
export interface AnchoredHead {
  chain: string;
  seq: number;
  hash: string;
}

/**
 * One day's anchor (日锚定): the heads of every chain that changed that Shanghai day, digested
 * together with the previous anchor's digest, so the anchor log is itself a chain. The digest is
 * mailed to the auditors: their inbox is a copy the database cannot rewrite.
 */
export interface TrailAnchor {
  day: IsoDate;
  heads: AnchoredHead[];
  prevDigest: string;
  digest: string;
}

/** The instants (ISO, UTC) a Shanghai day spans: from its start, to the next day's start. */
export function shanghaiDayRange(day: IsoDate): { from: string; to: string } {
  return { from: new Date(shanghaiInstant(day)).toISOString(), to: new Date(shanghaiInstant(addDays(day, 1))).toISOString() };
}

const byChain = (heads: readonly AnchoredHead[]) => [...heads].sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));

/** The digest of a day's heads, in chain order whatever order they come in, and the previous digest. */
export function anchorDigest(day: IsoDate, heads: readonly AnchoredHead[], prevDigest: string): string {
  return sha256Hex(canonicalJson({ day, heads: byChain(heads).map(({ chain, seq, hash }) => ({ chain, seq, hash })), prevDigest }));
}

export function buildAnchor(day: IsoDate, heads: readonly AnchoredHead[], prevDigest: string): TrailAnchor {
  return { day, heads: byChain(heads), prevDigest, digest: anchorDigest(day, heads, prevDigest) };
}

/** The mail key of a day's anchor: a rerun of the day queues nothing new. */
export const anchorMailKey = (day: IsoDate) => `trail-anchor:${day}`;

export function renderAnchorEmail(anchor: TrailAnchor): { subject: string; text: string } {
  const lines = anchor.heads.map((h) => `${h.chain}\t第 ${h.seq} 条\t${h.hash}`);
  return {
    subject: `【留痕日锚定】${anchor.day}：${anchor.heads.length} 条留痕链的链头，摘要 ${anchor.digest.slice(0, 16)}`,
    text: [
      `${anchor.day}（北京时间）当日有变动的每条留痕链，其当日结束时的链头如下。`,
      '请保存本邮件：它是数据库之外的副本。核验留痕时，系统把数据库中的记录与锚定的链头比对；若数据库中的锚定记录也被改写，以本邮件为准核对摘要。',
      '',
      `摘要（SHA-256）：${anchor.digest}`,
      `上一锚定摘要：${anchor.prevDigest}`,
      '',
      '链\t条数\t链头哈希',
      ...lines,
    ].join('\n'),
  };
}

/**
 * The one mail of an anchoring pass. A pass that catches up several days (the first run over an
 * existing trail, or a worker back after days away) mails once, for its last day: each day's
 * digest folds in the one before, so the last digest witnesses every day listed, and auditors
 * are not sent one mail per day missed.
 */
export function renderAnchorsEmail(anchors: readonly TrailAnchor[]): { subject: string; text: string } {
  const last = anchors.at(-1);
  if (!last) throw new Error('an anchoring pass mails only when it anchored a day');
  if (anchors.length === 1) return renderAnchorEmail(last);
  const single = renderAnchorEmail(last);
  return {
    subject: `【留痕日锚定】${anchors[0].day} 至 ${last.day}：${anchors.length} 天的留痕链头，摘要 ${last.digest.slice(0, 16)}`,
    text: [
      `本次补记锚定了 ${anchors.length} 个有变动的日子。每日摘要都包含前一日的摘要，因此最后一日的摘要可核对所列每一日的锚定记录。`,
      '',
      '日期\t留痕链数\t摘要（SHA-256）',
      ...anchors.map((a) => `${a.day}\t${a.heads.length}\t${a.digest}`),
      '',
      single.text,
    ].join('\n'),
  };
}

export type AnchorCheckResult = 'passed' | 'failed' | 'none';

/**
 * Why the rows do not hold a head the anchor recorded; null when they do. Only an entry's number
 * and hash are read, so this file needs nothing of the chain's (which calls it).
 */
/** `stored`: how many entries the record holds, when `entries` are not all of them. */
export function checkAnchoredHead(entries: readonly { seq: number; hash: string }[], head: AnchoredHead, stored = entries.length): { seq: number; reason: string } | null {
  const entry = entries.find((e) => e.seq === head.seq);
  if (!entry) return { seq: stored + 1, reason: `当日锚定记有 ${head.seq} 条记录，现存记录止于第 ${stored} 条：有记录被删除` };
  if (entry.hash !== head.hash) return { seq: head.seq, reason: '其哈希值不是每日锚定所记的值：留痕被改写' };
  return null;
}
