import {
  batchSummary,
  batchTotalsLine,
  checkFindings,
  passes,
  REPORT_FILE_FORMAT_NAMES,
  type CheckFinding,
  type ReportOutcome,
} from '../../../libs/report-io/src';

/** A file's result as a coordinator reads it in a terminal: the verdict, then errors and warnings. */
export function outcomeSummary(outcome: ReportOutcome, strict = false): string {
  if ('error' in outcome) return `${outcome.fileName}：无法检查 — ${outcome.error.message}（${outcome.error.code}）`;
  const format = REPORT_FILE_FORMAT_NAMES[outcome.format];
  const { errors, warnings } = checkFindings(outcome);
  const report = `${outcome.figures.bodyName}${outcome.figures.year}年度报告`;
  const against = outcome.lastYear ? `，已与${outcome.lastYear.year}年度报告核对` : '';
  const head = `${outcome.fileName}（${format}，${report}${against}）`;
  if (errors.length === 0 && warnings.length === 0) return `${head}：通过`;
  const verdict = passes(outcome, strict) ? '通过' : '未通过';
  const lines = [`${head}：${verdict} — 错误 ${errors.length} 处，警告 ${warnings.length} 处`];
  const list = (title: string, items: CheckFinding[]) => {
    if (items.length > 0) lines.push(`  ${title}：`, ...items.map((f) => `    - ${f.line === null ? '' : `第${f.line}行：`}${f.message}`));
  };
  list('错误', errors);
  list('警告', warnings);
  return lines.join('\n');
}

/** The last line of a run over several files. */
export function runSummary(outcomes: readonly ReportOutcome[], strict = false): string {
  return batchTotalsLine(batchSummary(outcomes, strict));
}
