import {
  describeCell,
  proactiveCellRef,
  requestCellRef,
  requestGroupCellRef,
  reviewLitigationCellRef,
  type CellRef,
} from './cell-ref';
import { PreviousReportMismatchError } from './errors';
import { PROACTIVE_TABLES, proactiveCell } from './proactive-format';
import type { Cell } from './report-cell';
import type { AnnualReportFigures } from './report-figures';
import {
  APPLICANT_COLUMN_CODES,
  OUTCOME_CODES,
  OUTCOME_GROUPS,
  REQUEST_COLUMN_CODES,
  REQUEST_ROWS,
  printedLabel,
  requestRowTitle,
  type RequestColumnCode,
} from './request-format';
import { REVIEW_LITIGATION_COLUMNS, REVIEW_LITIGATION_ROWS } from './review-litigation-format';
import type { ReportRule, Violation } from './violation';
import { RULE_SEVERITY } from './violation';

interface Operand {
  ref: CellRef;
  value: Cell;
}

/**
 * Every reconciliation rule of the national format (see REPORT_RULES), plus the two across
 * years when last year's figures are given. A blank cell is reported as blank and the rules
 * that need it are not evaluated: treating it as 0 could hide a wrong total.
 */
export function checkReconciliation(figures: AnnualReportFigures, lastYear?: AnnualReportFigures): Violation[] {
  if (lastYear && lastYear.year !== figures.year - 1) {
    throw new PreviousReportMismatchError(figures.year, lastYear.year);
  }
  const violations: Violation[] = [];
  const usable = checkCells(figures, violations);
  const previousUsable = lastYear ? checkCells(lastYear, violations, lastYear.year) : null;

  const request = (row: (typeof REQUEST_ROWS)[number]['code'], column: RequestColumnCode): Operand => ({
    ref: requestCellRef(row, column),
    value: usable(figures.requests[row][column]),
  });
  const collapsed = figures.requestGroupTotals ?? {};
  const groupTotal = (group: (typeof OUTCOME_GROUPS)[number]['code'], column: RequestColumnCode): Operand => ({
    ref: requestGroupCellRef(group, column),
    value: usable(collapsed[group]![column]),
  });

  for (const column of REQUEST_COLUMN_CODES) {
    const label = requestCellRef('new', column).columnLabel;
    const [received, carriedIn, handled, carriedOut] = (
      ['new', 'carried_over_from_last_year', 'total_handled', 'carried_over_to_next_year'] as const
    ).map((row) => request(row, column));
    compare(violations, 'column_balance', [handled, carriedOut], [received, carriedIn], (expected, found) =>
      `“${label}”列：一、本年新收（${received.value}）加二、上年结转（${carriedIn.value}）为${expected}件，` +
      `（七）总计（${handled.value}）加四、结转下年度（${carriedOut.value}）却为${found}件`,
    );

    const outcomes: Operand[] = [];
    for (const code of OUTCOME_CODES) {
      const group = REQUEST_ROWS.find((r) => r.code === code)!.group;
      if (group && collapsed[group]) {
        if (!outcomes.some((o) => o.ref.row === group)) outcomes.push(groupTotal(group, column));
      } else {
        outcomes.push(request(code, column));
      }
    }
    compare(violations, 'results_total', [handled], outcomes, (expected, found) =>
      `“${label}”列：（七）总计为${found}件，（一）至（六）各项之和却为${expected}件`,
    );
  }

  const rows: Array<{ title: string; operand: (column: RequestColumnCode) => Operand }> = [];
  for (const spec of REQUEST_ROWS) {
    if (spec.group && collapsed[spec.group]) continue;
    rows.push({ title: requestRowTitle(spec.code), operand: (column) => request(spec.code, column) });
  }
  for (const group of OUTCOME_GROUPS) {
    if (!collapsed[group.code]) continue;
    rows.push({ title: printedLabel(group.marker, group.label), operand: (column) => groupTotal(group.code, column) });
  }
  for (const row of rows) {
    const applicants = APPLICANT_COLUMN_CODES.map(row.operand);
    compare(violations, 'applicant_total', [row.operand('total')], applicants, (expected, found) =>
      `“${row.title}”行：总计为${found}件，自然人及法人或其他组织各列之和却为${expected}件`,
    );
  }

  for (const row of REVIEW_LITIGATION_ROWS) {
    const operand = (column: (typeof REVIEW_LITIGATION_COLUMNS)[number]['code']): Operand => ({
      ref: reviewLitigationCellRef(row.code, column),
      value: usable(figures.reviewLitigation[row.code][column]),
    });
    const parts = REVIEW_LITIGATION_COLUMNS.filter((c) => c.code !== 'total').map((c) => operand(c.code));
    compare(violations, 'review_litigation_total', [operand('total')], parts, (expected, found) =>
      `“${row.title}”：总计为${found}件，结果维持、结果纠正、其他结果、尚未审结之和却为${expected}件`,
    );
  }

  if (lastYear && previousUsable) {
    for (const row of PROACTIVE_TABLES[0].rows) {
      const operand = (source: AnnualReportFigures, column: string, check: (c: Cell) => Cell, year?: number) => ({
        ref: { ...proactiveCellRef(row.code, column), ...(year ? { year } : {}) },
        value: check(proactiveCell(source.proactive, row.code, column)),
      });
      const inForce = operand(figures, 'in_force', usable);
      const before = operand(lastYear, 'in_force', previousUsable, lastYear.year);
      const issued = operand(figures, 'issued', usable);
      const repealed = operand(figures, 'repealed', usable);
      const removed = { ...repealed, value: negate(repealed.value) };
      compare(violations, 'in_force', [inForce], [before, issued, removed], (expected, found) =>
        `“${row.label}”：现行有效件数为${found}件，上年现行有效${before.value}件加本年制发${issued.value}件` +
        `减本年废止${repealed.value}件应为${expected}件`,
      );
    }
    for (const column of REQUEST_COLUMN_CODES) {
      const carriedIn = request('carried_over_from_last_year', column);
      const carriedOut = {
        ref: { ...requestCellRef('carried_over_to_next_year', column), year: lastYear.year },
        value: previousUsable(lastYear.requests.carried_over_to_next_year[column]),
      };
      compare(violations, 'carry_over', [carriedIn], [carriedOut], (expected, found) =>
        `“${carriedIn.ref.columnLabel}”列：上年结转为${found}件，${lastYear.year}年度报告结转下年度继续办理却为${expected}件`,
      );
    }
  }
  return violations;
}

/**
 * Reports blank and impossible cells once, and returns the filter the rules read cells
 * through: such a cell comes back null, so no rule is evaluated on it. Every cell a rule
 * reads is a count, so a count that is not a non-negative integer is unusable.
 */
function checkCells(figures: AnnualReportFigures, violations: Violation[], year?: number): (value: Cell) => Cell {
  const tag = (ref: CellRef): CellRef => (year ? { ...ref, year } : ref);
  const visit = (ref: CellRef, value: Cell, count: boolean) => {
    if (value === null) {
      violations.push({
        rule: 'blank_cell',
        cells: [tag(ref)],
        expected: null,
        found: null,
        message: `${describeCell(tag(ref))}为空白：空白不等于0，相关勾稽关系无法核对，无则应填0`,
        severity: RULE_SEVERITY.blank_cell,
      });
    } else if (!Number.isFinite(value) || value < 0 || (count && !Number.isInteger(value))) {
      violations.push({
        rule: 'invalid_value',
        cells: [tag(ref)],
        expected: null,
        found: Number.isFinite(value) ? value : null,
        message: `${describeCell(tag(ref))}为${String(value)}，${count ? '件数须为非负整数' : '金额须为非负数'}`,
        severity: RULE_SEVERITY.invalid_value,
      });
    }
  };
  for (const table of PROACTIVE_TABLES) {
    for (const row of table.rows) {
      for (const column of table.columns) {
        const value = proactiveCell(figures.proactive, row.code, column.code);
        visit(proactiveCellRef(row.code, column.code), value, column.code !== 'amount');
      }
    }
  }
  const collapsed = figures.requestGroupTotals ?? {};
  for (const spec of REQUEST_ROWS) {
    if (spec.group && collapsed[spec.group]) continue;
    for (const column of REQUEST_COLUMN_CODES) {
      visit(requestCellRef(spec.code, column), figures.requests[spec.code][column], true);
    }
  }
  for (const group of OUTCOME_GROUPS) {
    const row = collapsed[group.code];
    if (!row) continue;
    for (const column of REQUEST_COLUMN_CODES) visit(requestGroupCellRef(group.code, column), row[column], true);
  }
  for (const row of REVIEW_LITIGATION_ROWS) {
    for (const column of REVIEW_LITIGATION_COLUMNS) {
      visit(reviewLitigationCellRef(row.code, column.code), figures.reviewLitigation[row.code][column.code], true);
    }
  }
  return (value) => (value !== null && Number.isInteger(value) && value >= 0 ? value : null);
}

/** found (the sum of `checked`) must equal expected (the sum of `from`); skipped if any cell is unusable. */
function compare(
  violations: Violation[],
  rule: ReportRule,
  checked: readonly Operand[],
  from: readonly Operand[],
  message: (expected: number, found: number) => string,
): void {
  if ([...checked, ...from].some((o) => o.value === null)) return;
  const found = sum(checked);
  const expected = sum(from);
  if (found === expected) return;
  const cells = [...checked, ...from].map((o) => o.ref);
  violations.push({ rule, cells, expected, found, message: message(expected, found), severity: RULE_SEVERITY[rule] });
}

function sum(operands: readonly Operand[]): number {
  return operands.reduce((total, o) => total + (o.value as number), 0);
}

function negate(value: Cell): Cell {
  return value === null ? null : -value;
}
