import { escapeHtml } from '../../domain/src/text/escape-html';
import type { LayoutTable } from './report-layout';


const STYLE = `
body { font-family: "仿宋", "FangSong", "SimSun", serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.7; color: #222; }
h1 { font-family: "黑体", "SimHei", sans-serif; text-align: center; font-size: 1.6rem; }
h2 { font-family: "黑体", "SimHei", sans-serif; font-size: 1.2rem; margin-top: 1.6rem; }
p { text-indent: 2em; margin: 0.4rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-family: "宋体", "SimSun", serif; font-size: 0.9rem; }
th, td { border: 1px solid #555; padding: 0.2rem 0.35rem; vertical-align: middle; }
th, td.value { text-align: center; }
td.violation { background: #fbd5d5; font-weight: bold; }
td.blank { background: #fff3bf; }
.summary { font-size: 1.1rem; }
.ok { color: #1b7a35; font-weight: bold; }
.failed { color: #b3261e; font-weight: bold; }
.note { color: #555; font-size: 0.9rem; }
`;

/** A complete page: the readers who open it use browsers that need the charset declared. */
export function htmlPage(title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>`,
    `<body>\n${body}\n</body>`,
    '</html>',
    '',
  ].join('\n');
}

export interface CellMark {
  className: 'violation' | 'blank';
  note: string;
}

/** A layout table as HTML; `mark` may flag a value cell (by its key) with a class and a tooltip. */
export function layoutTableHtml(table: LayoutTable, mark: (key: string) => CellMark | undefined = () => undefined): string {
  const rows = table.rows.map((row) => {
    const cells = row.map((cell) => {
      const spans = `${(cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : ''}${(cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
      if (cell.role === 'header') return `<th${spans}>${escapeHtml(cell.text)}</th>`;
      const marked = cell.key ? mark(cell.key) : undefined;
      const classes = [cell.role === 'value' ? 'value' : '', marked?.className ?? ''].filter(Boolean).join(' ');
      const attributes = `${classes ? ` class="${classes}"` : ''}${marked ? ` title="${escapeHtml(marked.note)}"` : ''}`;
      return `<td${spans}${attributes}>${escapeHtml(cell.text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>\n${rows.join('\n')}\n</table>`;
}
