import { PROACTIVE_TABLES, type ProactiveRowCode } from './proactive-format';
import { sectionHeading } from './report-sections';
import {
  REQUEST_COLUMNS,
  outcomeGroup,
  printedLabel,
  requestRowTitle,
  type OutcomeGroupCode,
  type RequestColumnCode,
  type RequestRowCode,
} from './request-format';
import {
  REVIEW_LITIGATION_COLUMNS,
  REVIEW_LITIGATION_ROWS,
  type ReviewLitigationColumnCode,
  type ReviewLitigationRowCode,
} from './review-litigation-format';

/** One cell of a table, named both for code (codes) and for people (labels). */
export interface CellRef {
  section: 2 | 3 | 4;
  sectionLabel: string;
  row: string;
  rowLabel: string;
  column: string;
  columnLabel: string;
  /** Set on a cell of last year's report, when a rule compares two years. */
  year?: number;
}

export function proactiveCellRef(row: ProactiveRowCode, column: string): CellRef {
  const table = PROACTIVE_TABLES.find((t) => t.rows.some((r) => r.code === row))!;
  const rowSpec = table.rows.find((r) => r.code === row)!;
  const columnSpec = (table.columns as readonly { code: string; label: string }[]).find((c) => c.code === column);
  if (!columnSpec) throw new RangeError(`Row ${row} has no column ${column}`);
  return {
    section: 2,
    sectionLabel: sectionHeading(2),
    row,
    rowLabel: `${table.heading}·${rowSpec.label}`,
    column,
    columnLabel: columnSpec.label,
  };
}

export function requestCellRef(row: RequestRowCode, column: RequestColumnCode): CellRef {
  return {
    section: 3,
    sectionLabel: sectionHeading(3),
    row,
    rowLabel: requestRowTitle(row),
    column,
    columnLabel: requestColumnLabel(column),
  };
}

/** A group such as （六） printed as one row without its sub-items. */
export function requestGroupCellRef(group: OutcomeGroupCode, column: RequestColumnCode): CellRef {
  const spec = outcomeGroup(group);
  return {
    section: 3,
    sectionLabel: sectionHeading(3),
    row: group,
    rowLabel: printedLabel(spec.marker, spec.label),
    column,
    columnLabel: requestColumnLabel(column),
  };
}

export function reviewLitigationCellRef(row: ReviewLitigationRowCode, column: ReviewLitigationColumnCode): CellRef {
  return {
    section: 4,
    sectionLabel: sectionHeading(4),
    row,
    rowLabel: REVIEW_LITIGATION_ROWS.find((r) => r.code === row)!.title,
    column,
    columnLabel: REVIEW_LITIGATION_COLUMNS.find((c) => c.code === column)!.label,
  };
}

/** 第三部分“（七） 总计”行“自然人”列. */
export function describeCell(ref: CellRef): string {
  return `${ref.year ? `${ref.year}年度报告` : ''}${sectionName(ref.section)}“${ref.rowLabel}”行“${ref.columnLabel}”列`;
}

export function sectionName(section: number): string {
  return `第${'〇一二三四五六'[section]}部分`;
}

function requestColumnLabel(column: RequestColumnCode): string {
  const spec = REQUEST_COLUMNS.find((c) => c.code === column)!;
  // 其他 alone is ambiguous in a message: it is the last of the organisation columns.
  return spec.organisation ? `法人或其他组织·${spec.label}` : spec.label;
}
