import { REPORT_RULES, describeCell, type CellRef, type ReportCheck } from '../../domain/src/annual-report';
import { DEVIATION_KIND_NAMES, checkFindings } from './check-findings';
import { escapeHtml, htmlPage, layoutTableHtml, type CellMark } from './html-page';
import { cellKey, reportBlocks } from './report-layout';

export interface CheckPageOptions {
  /** The uploaded file's name, shown in the heading. */
  fileName?: string;
}

/**
 * A check result as a page a coordinator reads: the verdict, each broken rule with the cells
 * it read, each departure from the format, the blank cells, and the tables as read with the
 * cells at fault marked.
 */
export function renderCheckHtml(result: ReportCheck, options: CheckPageOptions = {}): string {
  const { figures } = result;
  const findings = checkFindings(result);
  const report = `${figures.bodyName}${figures.year}年度政府信息公开工作年度报告`;
  const title = `年度报告检查结果：${options.fileName ?? report}`;
  const verdict = result.ok
    ? '<span class="ok">通过</span>：符合国家格式，各项勾稽关系成立'
    : `<span class="failed">未通过</span>：违反规则 ${findings.violations.length} 处，偏离格式 ${findings.deviations.length} 处，空白单元格 ${findings.blankCells.length} 个`;

  const sections = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="summary">${escapeHtml(report)}。检查结论：${verdict}。</p>`,
    '<h2>违反的规则</h2>',
    findings.violations.length === 0
      ? '<p>无。</p>'
      : table(
          ['规则', '单元格', '应为', '实为', '说明'],
          findings.violations.map((v) => [
            REPORT_RULES[v.rule],
            v.cells.map(describeCell).join('；') || '—',
            number(v.expected),
            number(v.found),
            v.message,
          ]),
        ),
    '<h2>偏离国家格式之处</h2>',
    findings.deviations.length === 0
      ? '<p>无。</p>'
      : table(
          ['行', '类别', '国家格式', '报告所印', '说明'],
          findings.deviations.map((d) => [line(d.line), DEVIATION_KIND_NAMES[d.kind], d.expected ?? '—', d.found ?? '—', d.message]),
        ),
    '<h2>空白单元格</h2>',
    findings.blankCells.length === 0
      ? '<p>无。</p>'
      : `<p class="note">空白不等于0：无数据的单元格应填0。用到空白单元格的勾稽关系未核对。</p>\n${table(
          ['行', '单元格'],
          findings.blankCells.map((d) => [line(d.line), d.cell ? describeCell(d.cell) : (d.expected ?? '')]),
        )}`,
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

const number = (value: number | null) => (value === null ? '—' : String(value));
const line = (value: number | null) => (value === null ? '—' : `第${value}行`);
