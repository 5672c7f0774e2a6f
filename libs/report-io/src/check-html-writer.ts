import { describeCell, type CellRef, type ReportCheck } from '../../domain/src/annual-report';
import { checkFindings, type CheckFinding } from './check-findings';
import { escapeHtml } from '../../domain/src/text/escape-html';
import { htmlPage, layoutTableHtml, type CellMark } from './html-page';
import { cellKey, reportBlocks } from './report-layout';

export interface CheckPageOptions {
  /** The uploaded file's name, shown in the heading. */
  fileName?: string;
}

/**
 * A check result as a page a coordinator reads: the verdict, the errors, the warnings (each
 * with the cells it read), and the tables as read with the cells at fault marked.
 */
export function renderCheckHtml(result: ReportCheck, options: CheckPageOptions = {}): string {
  const { figures } = result;
  const findings = checkFindings(result);
  const report = `${figures.bodyName}${figures.year}年度政府信息公开工作年度报告`;
  const title = `年度报告检查结果：${options.fileName ?? report}`;
  const verdict = verdictOf(result);
  const list = (items: CheckFinding[]) =>
    items.length === 0
      ? '<p>无。</p>'
      : table(
          ['类别', '行', '单元格', '应为', '实为', '说明'],
          items.map((f) => [f.kind, line(f.line), f.cells.map(describeCell).join('；') || '—', shown(f.expected), shown(f.found), f.message]),
        );
  const sections = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="summary">${escapeHtml(report)}。检查结论：${verdict}。</p>`,
    '<h2>错误</h2>',
    '<p class="note">法定表格不能成立：勾稽关系不符、缺行、空白单元格（空白不等于0，无则应填0）、无法读作数字。</p>',
    list(findings.errors),
    '<h2>警告</h2>',
    '<p class="note">值得复核，表格本身成立：正文与表格不一致、正文写到其他年度、标签与国家格式不符、子项未分列、表外内容。</p>',
    list(findings.warnings),
    '<h2>读取到的数字</h2>',
    '<p class="note">红色为违反规则的单元格，黄色为空白单元格；鼠标停留可见说明。</p>',
    ...figureTables(result),
  ];
  return htmlPage(title, sections.join('\n'));
}

function figureTables(result: ReportCheck): string[] {
  const marks = new Map<string, CellMark>();
  const keyOf = (ref: CellRef) => cellKey(ref.section, ref.row, ref.column);
  for (const d of result.deviations) {
    if (d.kind === 'blank_cell' && d.cell) marks.set(keyOf(d.cell), { className: 'blank', note: d.message });
  }
  for (const v of result.violations) {
    // The first cell is the one the rule checks; a cell of last year's report is not in these tables.
    const checked = v.cells[0];
    if (v.rule !== 'blank_cell' && checked && checked.year === undefined) {
      const earlier = marks.get(keyOf(checked));
      const note = earlier?.className === 'violation' ? `${earlier.note}\n${v.message}` : v.message;
      marks.set(keyOf(checked), { className: 'violation', note });
    }
  }
  return reportBlocks(result.figures, {}).flatMap((block) => {
    if (block.kind === 'heading' && /^[二三四]、/u.test(block.text)) return [`<h2>${escapeHtml(block.text)}</h2>`];
    if (block.kind === 'table') return [layoutTableHtml(block.table, (key) => marks.get(key))];
    return [];
  });
}

function table(headers: string[], rows: string[][]): string {
  const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
  return `<table>\n${[head, ...body].join('\n')}\n</table>`;
}

const shown = (value: string | number | null) => (value === null ? '—' : String(value));

/** 通过, 通过 with its warnings counted, or 未通过 with both. */
function verdictOf(result: ReportCheck): string {
  if (!result.ok) return `<span class="failed">未通过</span>：错误 ${result.errors} 处，警告 ${result.warnings} 处`;
  if (result.warnings > 0) return `<span class="ok">通过</span>：没有错误，警告 ${result.warnings} 处`;
  return '<span class="ok">通过</span>：符合国家格式，各项勾稽关系成立';
}
const line = (value: number | null) => (value === null ? '—' : `第${value}行`);
