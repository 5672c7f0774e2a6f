import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';
import { cellText, spannedTableLines, type SpanCell } from './table-lines';

/** Elements that start a line of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'ul',
]);
/** Elements whose text is never shown as part of the page. */
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'title', 'iframe', 'object', 'svg']);

/**
 * The text of a report published as a web page (or saved from Word as one), laid out as
 * parseReportText reads it: blocks and <br> as lines, each table row a line of cells
 * separated by tabs, colspan and rowspan padded with empty cells.
 */
export function readHtmlText(html: string): string {
  // The parser keeps declarations as text.
  const markup = html.replace(/<!doctype[^>]*>|<\?xml[^>]*\?>/giu, '');
  const root = parse(markup, { comment: false, blockTextElements: { script: false, style: false, noscript: false } });
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const text = cellText(line);
    if (text) lines.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      line += node.text;
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.rawTagName?.toLowerCase() ?? '';
    if (HIDDEN.has(tag)) return;
    if (tag === 'br') return flush();
    if (tag === 'table') {
      flush();
      lines.push(...spannedTableLines(tableRows(node)));
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}

/** The rows of this table only: rows of a table nested in a cell belong to that cell's text. */
function tableRows(table: HTMLElement): SpanCell[][] {
  const rows: HTMLElement[] = [];
  const collect = (node: HTMLElement) => {
    for (const child of node.childNodes) {
      if (!(child instanceof HTMLElement)) continue;
      const tag = child.rawTagName.toLowerCase();
      if (tag === 'tr') rows.push(child);
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') collect(child);
    }
  };
  collect(table);
  return rows.map((row) =>
    row.childNodes
      .filter((c): c is HTMLElement => c instanceof HTMLElement && ['td', 'th'].includes(c.rawTagName.toLowerCase()))
      .map((cell) => ({
        text: visibleText(cell),
        colSpan: span(cell.getAttribute('colspan')),
        rowSpan: span(cell.getAttribute('rowspan')),
      })),
  );
}

/** A cell's text with its paragraphs and line breaks as spaces. */
function visibleText(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text;
  if (!(node instanceof HTMLElement)) return '';
  const tag = node.rawTagName?.toLowerCase() ?? '';
  if (HIDDEN.has(tag)) return '';
  if (tag === 'br') return ' ';
  const inner = node.childNodes.map(visibleText).join('');
  return BLOCKS.has(tag) || tag === 'table' || tag === 'tr' || tag === 'td' || tag === 'th' ? ` ${inner} ` : inner;
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : 1;
}
