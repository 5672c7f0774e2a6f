import {
  distinctFindings,
  REPORT_RULES,
  type CellRef,
  type DeviationKind,
  type ReportCheck,
  type Severity,
} from '../../domain/src/annual-report';

/** A broken rule or a departure from the format, as a person reads it. */
export interface CheckFinding {
  severity: Severity;
  /** What kind of finding: the rule's sentence, or the kind of departure. */
  kind: string;
  line: number | null;
  cells: CellRef[];
  expected: string | number | null;
  found: string | number | null;
  message: string;
}

export interface CheckFindings {
  errors: CheckFinding[];
  warnings: CheckFinding[];
}

/** A check's findings, each once, errors apart from warnings. */
export function checkFindings(check: ReportCheck): CheckFindings {
  const findings: CheckFinding[] = distinctFindings(check.violations, check.deviations).map((f) =>
    'rule' in f
      ? { severity: f.severity, kind: REPORT_RULES[f.rule], line: null, cells: f.cells, expected: f.expected, found: f.found, message: f.message }
      : {
          severity: f.severity,
          kind: DEVIATION_KIND_NAMES[f.kind],
          line: f.line,
          cells: f.cell ? [f.cell] : [],
          expected: f.expected,
          found: f.found,
          message: f.message,
        },
  );
  return { errors: findings.filter((f) => f.severity === 'error'), warnings: findings.filter((f) => f.severity === 'warning') };
}

export const DEVIATION_KIND_NAMES: Record<DeviationKind, string> = {
  label_typo: '标签有误',
  label_renamed: '标签改动',
  missing_label: '缺少表头',
  unexpected_label: '多出标签',
  missing_row: '缺少一行',
  collapsed_group: '子项未分列',
  blank_cell: '空白单元格',
  unexpected_text: '表外内容',
  missing_section: '缺少部分',
  missing_title: '标题不全',
};
