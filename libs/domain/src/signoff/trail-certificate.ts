import { attributeLabel, DOCUMENT_TYPES, type DisclosureAttribute, type DocumentType, type WithholdingBasis } from './disclosure-attribute';
import { SIGNOFF_STATUS_LABELS, type SignOffStatus } from './signoff-state';
import { TRAIL_EVENT_LABELS, type ChainedTrailEntry, type TrailVerification } from './trail-chain';

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

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Beijing time, as people read it on paper. */
const beijing = (iso: string) => {
  const d = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 19)}`;
};

const ROLE_LABELS: Record<string, string> = {
  drafter: '起草人',
  signer: '审签人',
  coordinator: '公开办协调员',
  publisher: '公开登记人',
  system: '系统',
};

/** A readable certificate of one document's sign-off trail (审签留痕证明), in Chinese, as HTML. */
export function renderTrailCertificate(doc: CertificateDocument, entries: readonly ChainedTrailEntry[], verification: TrailVerification, generatedAt: string): string {
  const rows = entries
    .map(
      (e) => `<tr><td>${e.seq}</td><td>${beijing(e.occurredAt)}</td><td>${escape(TRAIL_EVENT_LABELS[e.event] ?? e.event)}</td>` +
        `<td>${e.level ?? ''}</td><td>${escape(e.actorName)}（${escape(ROLE_LABELS[e.actorRole] ?? e.actorRole)}）</td>` +
        `<td>${escape(e.comment ?? '')}</td><td class="hash">${e.documentSha256.slice(0, 16)}…</td><td class="hash">${e.hash.slice(0, 16)}…</td></tr>`,
    )
    .join('\n');
  const verdict = verification.valid
    ? `链式校验通过：共 ${verification.entries} 条记录，均未被篡改。`
    : `链式校验未通过：第 ${verification.firstAltered!.seq} 条记录起不可信（${escape(verification.firstAltered!.reason)}）。`;
  const attribute = doc.attribute ? attributeLabel(doc.attribute, doc.withholdingBasis) : '未认定';
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>审签留痕证明：${escape(doc.title)}</title>
<style>body{font-family:"SimSun","Songti SC",serif;margin:2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #333;padding:4px 6px;font-size:13px}.hash{font-family:monospace}h1{text-align:center}</style>
</head><body>
<h1>审签留痕证明</h1>
<p>文件名称：《${escape(doc.title)}》</p>
<p>文件类型：${escape(DOCUMENT_TYPES[doc.documentType] ?? doc.documentType)}　起草单位：${escape(doc.unitName)}</p>
<p>公开属性：${escape(attribute)}　当前状态：${escape(SIGNOFF_STATUS_LABELS[doc.status] ?? doc.status)}</p>
<p>当前版本 SHA-256：<span class="hash">${doc.sha256}</span></p>
<table><thead><tr><th>序号</th><th>时间（北京时间）</th><th>事项</th><th>审签级别</th><th>办理人</th><th>意见</th><th>文件哈希</th><th>记录哈希</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p><strong>${verdict}</strong></p>
<p>每条记录包含前一条记录的哈希值，任何一条被修改、删除或插入都会使校验失败。文件编号：${doc.id}。生成时间：${beijing(generatedAt)}。</p>
</body></html>
`;
}
