import { batchTotalsLine, formatName, VERDICT_NAMES, type BatchSummary } from './batch-summary';
import type { CheckFinding } from './check-findings';
import { escapeHtml } from '../../domain/src/text/escape-html';
import { htmlPage } from './html-page';

/**
 * A batch as one page a coordinator circulates: a line per file (body and year as read,
 * verdict, errors and warnings counted), then each file's errors and warnings, and why a
 * file could not be checked.
 */
export function renderBatchHtml(summary: BatchSummary): string {
  const title = '年度报告批量检查结果';
  const cell = (text: string | number) => `<td>${escapeHtml(String(text))}</td>`;
  const rows = summary.files.map((f) =>
    [
      cell(f.fileName),
      cell(f.bodyName ?? '—'),
      cell(f.year ?? '—'),
      cell(formatName(f)),
      `<td class="${f.verdict === 'passed' ? 'ok' : 'failed'}">${VERDICT_NAMES[f.verdict]}</td>`,
      cell(f.refusal ? '—' : f.errors.length),
      cell(f.refusal ? '—' : f.warnings.length),
    ].join(''),
  );
  const list = (name: string, items: CheckFinding[]) =>
    items.length === 0
      ? ''
      : `<p>${name}：</p>\n<ul>\n${items.map((i) => `<li>${i.line === null ? '' : `第${i.line}行：`}${escapeHtml(i.message)}</li>`).join('\n')}\n</ul>`;
  const details = summary.files.map((f) => {
    const body = f.refusal
      ? `<p class="failed">无法检查：${escapeHtml(f.refusal.message)}（${escapeHtml(f.refusal.code)}）</p>`
      : [list('错误', f.errors), list('警告', f.warnings)].filter(Boolean).join('\n') || '<p>没有错误，也没有警告。</p>';
    return `<h2>${escapeHtml(f.fileName)}</h2>\n${body}`;
  });
  return htmlPage(
    title,
    [
      `<h1>${title}</h1>`,
      `<p class="summary">${escapeHtml(batchTotalsLine(summary))}。</p>`,
      '<table>',
      '<tr><th>文件</th><th>机关</th><th>年度</th><th>格式</th><th>结论</th><th>错误</th><th>警告</th></tr>',
      ...rows.map((r) => `<tr>${r}</tr>`),
      '</table>',
      ...details,
    ].join('\n'),
  );
}
