import type { Deviation, DeviationKind, ReportCheck, Violation } from '../../domain/src/annual-report';

export interface CheckFindings {
  /** Rules broken, blank cells apart. */
  violations: Violation[];
  /** Departures from the format, blank cells apart. */
  deviations: Deviation[];
  /** Each blank cell once: the check reports it both as a deviation and as a broken rule. */
  blankCells: Deviation[];
}

/** A check's findings as a person reads them: what is wrong, what departs, what was left blank. */
export function checkFindings(check: ReportCheck): CheckFindings {
  return {
    violations: check.violations.filter((v) => v.rule !== 'blank_cell'),
    deviations: check.deviations.filter((d) => d.kind !== 'blank_cell'),
    blankCells: check.deviations.filter((d) => d.kind === 'blank_cell'),
  };
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
