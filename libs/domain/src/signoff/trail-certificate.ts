import { shanghaiDateTime } from '../calendar/iso-date';
import { escapeHtml } from '../text/escape-html';
import { attributeLabel, DOCUMENT_TYPES, type DisclosureAttribute, type DocumentType, type WithholdingBasis } from './disclosure-attribute';
import { SIGNOFF_STATUS_LABELS, type SignOffStatus } from './signoff-state';
import { TRAIL_EVENT_LABELS, type ChainedTrailEntry, type TrailVerification, TRAIL_BREAK_LABELS } from './trail-chain';

export interface CertificateDocument {
  id: string;
  title: string;
  documentType: DocumentType;
  unitName: string;
  attribute: DisclosureAttribute | null;
  withholdingBasis: WithholdingBasis | null;
  status: SignOffStatus;
  sha256: string;
}

const beijing = (iso: string) => shanghaiDateTime(Date.parse(iso));

const ROLE_LABELS: Record<string, string> = {
  drafter: '起草人',
  signer: '审签人',
  coordinator: '公开办协调员',
  publisher: '公开登记人',
  system: '系统',
};

const CHECK_LABELS: Record<'chain' | 'witness' | 'anchor', string> = { chain: '链式校验', witness: '流程见证核对', anchor: '日锚定核对' };

const WITNESS_SENTENCES: Record<TrailVerification['checks']['witness'], string> = {
  passed: '流程见证核对通过：审签流程（Temporal）独立记录了每条记录写入时的哈希值，数据库中的记录与之逐条一致，末尾的记录也未被删除。',
  failed: '流程见证核对未通过：数据库中的记录与审签流程独立记录的哈希值不一致。',
  none: '未作流程见证核对：本文件的审签流程早于见证记录启用，只有链式校验可依。',
  unavailable: '流程见证核对未能进行：审签流程暂时无法查询，结论不完整。',
};

function anchorSentence(verification: TrailVerification): string {
  const a = verification.anchor;
  if (!a) return '未作日锚定核对：本文件的留痕尚无每日锚定（锚定在次日生成），只有以上核对可依。';
  const said = `日锚定核对${verification.checks.anchor === 'passed' ? '通过' : '未通过'}：${a.day} 的锚定记录本留痕链头为第 ${a.seq} 条、哈希 <span class="hash">${a.hash}</span>，`;
  return said + `该日锚定摘要 <span class="hash">${a.digest}</span> 已于次日邮寄审计人员；以邮件中的摘要核对此值，可发现连同锚定记录一并改写的情形。`;
}

/** A readable certificate of one document's sign-off trail (审签留痕证明), in Chinese, as HTML. */
export function renderTrailCertificate(doc: CertificateDocument, entries: readonly ChainedTrailEntry[], verification: TrailVerification, generatedAt: string): string {
  const rows = entries
    .map(
      (e) => `<tr><td>${e.seq}</td><td>${beijing(e.occurredAt)}</td><td>${escapeHtml(TRAIL_EVENT_LABELS[e.event] ?? e.event)}</td>` +
        `<td>${e.level ?? ''}</td><td>${escapeHtml(e.actorName)}（${escapeHtml(ROLE_LABELS[e.actorRole] ?? e.actorRole)}）</td>` +
        `<td>${escapeHtml(e.comment ?? '')}</td><td class="hash">${e.documentSha256.slice(0, 16)}…</td><td class="hash">${e.hash.slice(0, 16)}…</td></tr>`,
    )
    .join('\n');
  const verdict = verification.valid
    ? `校验通过：共 ${verification.entries} 条记录。`
    : verification.firstAltered
      ? `校验未通过（${CHECK_LABELS[verification.failedCheck!]}）：第 ${verification.firstAltered.seq} 条记录起不可信（${TRAIL_BREAK_LABELS[verification.firstAltered.cause]}）。`
      : `校验未完成（${CHECK_LABELS[verification.failedCheck!]}）：${escapeHtml(verification.witnessNote ?? '')}。`;
  const head = verification.head ? `第 ${verification.head.seq} 条，哈希 <span class="hash">${verification.head.hash}</span>` : '（无记录）';
  const proof = [
    `链式校验${verification.checks.chain === 'passed' ? '通过' : '未通过'}：每条记录的 HMAC-SHA256 以服务器保管的留痕密钥计算，并包含前一条记录的哈希值；不掌握该密钥的人修改、插入、删除或调换任何一条记录，或重算整条链，都会使此项校验失败。`,
    WITNESS_SENTENCES[verification.checks.witness],
    anchorSentence(verification),
    '本证明不能证明：掌握留痕密钥并能改写审签流程记录的人所作的改动；此类改动须以系统之外保存的副本核对。',
  ];
  const attribute = doc.attribute ? attributeLabel(doc.attribute, doc.withholdingBasis) : '未认定';
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>审签留痕证明：${escapeHtml(doc.title)}</title>
<style>body{font-family:"SimSun","Songti SC",serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #333;padding:4px 6px;font-size:13px}.hash{font-family:monospace}h1{text-align:center}</style>
</head><body>
<h1>审签留痕证明</h1>
<p>文件名称：《${escapeHtml(doc.title)}》</p>
<p>文件类型：${escapeHtml(DOCUMENT_TYPES[doc.documentType] ?? doc.documentType)}　起草单位：${escapeHtml(doc.unitName)}</p>
<p>公开属性：${escapeHtml(attribute)}　当前状态：${escapeHtml(SIGNOFF_STATUS_LABELS[doc.status] ?? doc.status)}</p>
<p>当前版本 SHA-256：<span class="hash">${doc.sha256}</span></p>
<table><thead><tr><th>序号</th><th>时间（北京时间）</th><th>事项</th><th>审签级别</th><th>办理人</th><th>意见</th><th>文件哈希</th><th>记录哈希</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p><strong>${verdict}</strong></p>
<p>链头：${head}</p>
${proof.map((line) => `<p>${line}</p>`).join('\n')}
<p>文件编号：${doc.id}。生成时间：${beijing(generatedAt)}。</p>
</body></html>
`;
}
