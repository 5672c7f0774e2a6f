import type { AnnualReportFigures } from './report-figures';
import type { Violation } from './violation';
import { RULE_SEVERITY } from './violation';

const YEAR = /(\d{4})\s*年/gu;

/**
 * Section 一 reports the work of the report's year. A later year there is work planned but
 * written up as done: the sample's 2023 report says 做好 2024 年日常督查工作. Plans for
 * next year belong in section 五 and are not checked.
 */
export function checkNarrativeYears(figures: AnnualReportFigures): Violation[] {
  const text = figures.narrative?.overview ?? '';
  const violations: Violation[] = [];
  for (const match of text.matchAll(YEAR)) {
    const year = Number(match[1]);
    if (year <= figures.year || year > figures.year + 10) continue;
    const at = match.index ?? 0;
    const context = text.slice(Math.max(0, at - 12), at + match[0].length + 12).replace(/\s+/gu, ' ').trim();
    violations.push({
      rule: 'narrative_year',
      cells: [],
      expected: figures.year,
      found: year,
      message: `第一部分（总体情况）应写${figures.year}年的工作，却写到${year}年：“…${context}…”`,
      severity: RULE_SEVERITY.narrative_year,
    });
  }
  return violations;
}
