import { checkFindings, type CheckFinding } from './check-findings';
import { REPORT_FILE_FORMAT_NAMES, type ReportFileFormat } from './report-file-format';
import { passes, type OutcomeError, type ReportOutcome } from './report-outcome';

/** One file of a batch as a coordinator lists it. */
export interface BatchEntry {
  fileName: string;
  format: ReportFileFormat | null;
  /** The body and year as the report's title states them; null for a file not read. */
  bodyName: string | null;
  year: number | null;
  verdict: 'passed' | 'failed' | 'unreadable';
  errors: CheckFinding[];
  warnings: CheckFinding[];
  /** Why the file could not be checked. */
  refusal: OutcomeError | null;
}

export interface BatchSummary {
  files: BatchEntry[];
  totals: { files: number; passed: number; failed: number; unreadable: number };
}

export const VERDICT_NAMES: Record<BatchEntry['verdict'], string> = { passed: '通过', failed: '未通过', unreadable: '无法检查' };

/** The outcomes of a batch as one summary; `strict` fails a report on warnings too. */
export function batchSummary(outcomes: readonly ReportOutcome[], strict = false): BatchSummary {
  const files = outcomes.map((outcome): BatchEntry => {
    if ('error' in outcome) {
      return { fileName: outcome.fileName, format: null, bodyName: null, year: null, verdict: 'unreadable', errors: [], warnings: [], refusal: outcome.error };
    }
    return {
      fileName: outcome.fileName ?? '',
      format: outcome.format,
      bodyName: outcome.figures.bodyName,
      year: outcome.figures.year,
      verdict: passes(outcome, strict) ? 'passed' : 'failed',
      ...checkFindings(outcome),
      refusal: null,
    };
  });
  const count = (verdict: BatchEntry['verdict']) => files.filter((f) => f.verdict === verdict).length;
  return { files, totals: { files: files.length, passed: count('passed'), failed: count('failed'), unreadable: count('unreadable') } };
}

/** The totals line every rendering of a batch ends or starts with. */
export function batchTotalsLine(summary: BatchSummary): string {
  const { files, passed, failed, unreadable } = summary.totals;
  return `共 ${files} 份：通过 ${passed} 份，未通过 ${failed} 份，无法检查 ${unreadable} 份`;
}

/** The format's name, or a dash for a file not read. */
export function formatName(entry: BatchEntry): string {
  return entry.format ? REPORT_FILE_FORMAT_NAMES[entry.format] : '—';
}
