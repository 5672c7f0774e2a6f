import { requestCellRef, requestGroupCellRef, type CellRef } from './cell-ref';
import { readCount } from './chinese-number';
import type { Cell } from './report-cell';
import type { AnnualReportFigures } from './report-figures';
import { REQUEST_ROWS, requestRowTitle, type OutcomeGroupCode, type RequestRowCode } from './request-format';
import type { Violation } from './violation';
import { RULE_SEVERITY } from './violation';

/** The table figure a narrative count refers to: a row's 总计, or (for 不予公开) a group's. */
export type NarrativeTarget =
  | 'new'
  | 'carried_over_from_last_year'
  | 'total_handled'
  | 'carried_over_to_next_year'
  | 'granted'
  | 'partly_granted'
  | 'withheld';

export interface NarrativeCount {
  target: NarrativeTarget;
  value: number;
  /** The words matched, spaces removed, e.g. 共收到政府信息公开申请12件. */
  phrase: string;
}

const N = '(\\d+|[零〇一二两三四五六七八九十百]+)';
const REQUEST = '(?:各类)?(?:政府信息公开|依申请公开(?:政府信息)?)?申请';

/**
 * Only phrasings common in published reports, each anchored on 件 and on the words of a
 * table row, so that a sentence about something else is not read as a count.
 */
const PATTERNS: ReadonlyArray<{ target: NarrativeTarget; pattern: RegExp; zero?: true }> = [
  // “共收到申请12件（含上年结转2件）” mixes two rows: left alone.
  { target: 'new', pattern: new RegExp(`(?:收到|新收|受理|接收|接到)了?${REQUEST}(?:共|总计|合计)?${N}件(?![(（]?含上)`, 'gu') },
  // 未收到申请人补正 is about a correction, not about requests: 申请 must not run on into 申请人.
  { target: 'new', pattern: new RegExp(`(?:未|没有)(?:收到|受理|接到)(?:任何)?${REQUEST}(?![人书表])`, 'gu'), zero: true },
  { target: 'carried_over_from_last_year', pattern: new RegExp(`上一?年度?结转(?:的)?(?:${REQUEST})?${N}件`, 'gu') },
  { target: 'total_handled', pattern: new RegExp(`办结(?:${REQUEST})?${N}件`, 'gu') },
  {
    target: 'carried_over_to_next_year',
    pattern: new RegExp(`结转(?:至|到)?下一?年度?(?:继续办理)?${N}件`, 'gu'),
  },
  { target: 'carried_over_to_next_year', pattern: new RegExp(`(?<!上一?年度?)结转${N}件`, 'gu') },
  { target: 'granted', pattern: new RegExp(`(?<!不)予以公开${N}件`, 'gu') },
  { target: 'partly_granted', pattern: new RegExp(`部分公开${N}件`, 'gu') },
  { target: 'withheld', pattern: new RegExp(`不予公开${N}件`, 'gu') },
];

/** Counts the text states about section 三's table, in the order they appear. */
export function narrativeCounts(text: string): NarrativeCount[] {
  const flat = text.normalize('NFKC').replace(/\s+/gu, '');
  const found: Array<NarrativeCount & { at: number }> = [];
  for (const { target, pattern, zero } of PATTERNS) {
    for (const match of flat.matchAll(pattern)) {
      const value = zero ? 0 : readCount(match[1]);
      if (value !== null) found.push({ target, value, phrase: match[0], at: match.index ?? 0 });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ target, value, phrase }) => ({ target, value, phrase }));
}

/** Each count stated in the narrative against the 总计 column of the table. */
export function checkNarrative(figures: AnnualReportFigures, text: string = narrativeText(figures)): Violation[] {
  return narrativeCounts(text).flatMap(({ target, value, phrase }) => {
    const { cells, total, title } = tableFigure(figures, target);
    // A blank cell is reported by the reconciliation check; there is nothing to compare.
    if (total === null || total === value) return [];
    return [
      {
        rule: 'narrative' as const,
        cells,
        expected: total,
        found: value,
        message: `正文“${phrase}”所述${value}件与第三部分表格“${title}”总计${total}件不一致`,
        severity: RULE_SEVERITY.narrative,
      },
    ];
  });
}

/** All narrative sections together, where counts may be stated. */
export function narrativeText(figures: AnnualReportFigures): string {
  const { preamble, overview, problems, otherMatters } = figures.narrative ?? {};
  return [preamble, overview, problems, otherMatters].filter(Boolean).join('\n');
}

function tableFigure(
  figures: AnnualReportFigures,
  target: NarrativeTarget,
): { cells: CellRef[]; total: Cell; title: string } {
  if (target !== 'withheld') {
    const row = target as RequestRowCode;
    return { cells: [requestCellRef(row, 'total')], total: figures.requests[row].total, title: requestRowTitle(row) };
  }
  const group: OutcomeGroupCode = 'withheld';
  const collapsed = figures.requestGroupTotals?.[group];
  if (collapsed) return { cells: [requestGroupCellRef(group, 'total')], total: collapsed.total, title: '(三) 不予公开' };
  const leaves = REQUEST_ROWS.filter((r) => r.group === group);
  const values = leaves.map((r) => figures.requests[r.code].total);
  const total = values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v as number), 0);
  return { cells: leaves.map((r) => requestCellRef(r.code, 'total')), total, title: '(三) 不予公开（各项合计）' };
}
