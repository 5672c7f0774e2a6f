import { checkFindings, REPORT_FILE_FORMAT_NAMES } from '../../../libs/report-io/src';
import type { ReportOutcome } from './report-outcome';

/** A file's result as a coordinator reads it in a terminal: the verdict, then each finding. */
export function outcomeSummary(outcome: ReportOutcome): string {
  if ('error' in outcome) return `${outcome.fileName}：无法检查 — ${outcome.error.message}（${outcome.error.code}）`;
  const format = REPORT_FILE_FORMAT_NAMES[outcome.format];
  const { violations, deviations, blankCells } = checkFindings(outcome);
  const report = `${outcome.figures.bodyName}${outcome.figures.year}年度报告`;
  const against = outcome.lastYear ? `，已与${outcome.lastYear.year}年度报告核对` : '';
  if (outcome.ok) return `${outcome.fileName}（${format}，${report}${against}）：通过`;
  const lines = [
    `${outcome.fileName}（${format}，${report}${against}）：未通过 — 违反规则 ${violations.length} 处，偏离格式 ${deviations.length} 处，空白单元格 ${blankCells.length} 个`,
  ];
  const list = (title: string, items: string[]) => {
    if (items.length > 0) lines.push(`  ${title}：`, ...items.map((item) => `    - ${item}`));
  };
  const at = (line: number | null) => (line === null ? '' : `第${line}行：`);
  list('违反规则', violations.map((v) => v.message));
  list('偏离格式', deviations.map((d) => `${at(d.line)}${d.message}`));
  list('空白单元格', blankCells.map((d) => `${at(d.line)}${d.message}`));
  return lines.join('\n');
}

/** The last line of a run over several files. */
export function runSummary(outcomes: readonly ReportOutcome[]): string {
  const passed = outcomes.filter((o) => 'ok' in o && o.ok).length;
  const unreadable = outcomes.filter((o) => 'error' in o).length;
  return `共 ${outcomes.length} 份：通过 ${passed} 份，未通过 ${outcomes.length - passed - unreadable} 份，无法检查 ${unreadable} 份`;
}
