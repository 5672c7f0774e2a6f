import type { ReportBlock } from '../../libs/report-io/src';

/** The blocks with every table cell reading `from` printed as `to`, as a report typed by hand has it. */
export function relabel(blocks: readonly ReportBlock[], from: string, to: string): ReportBlock[] {
  return blocks.map((block) =>
    block.kind === 'table'
      ? { ...block, table: { ...block.table, rows: block.table.rows.map((row) => row.map((c) => (c.text === from ? { ...c, text: to } : c))) } }
      : block,
  );
}

/** The blocks with the value cell keyed `key` (section:row:column) printed as `text`. */
export function retype(blocks: readonly ReportBlock[], key: string, text: string): ReportBlock[] {
  return blocks.map((block) =>
    block.kind === 'table'
      ? { ...block, table: { ...block.table, rows: block.table.rows.map((row) => row.map((c) => (c.key === key ? { ...c, text } : c))) } }
      : block,
  );
}
