import type { Cell } from './report-cell';
import type { AnnualReportFigures } from './report-figures';
import { OUTCOME_CODES } from './request-format';

const n = (value: Cell) => value ?? 0;

/**
 * The year's facts as sentences a coordinator may paste into 一、总体情况. They use the
 * phrasings the narrative check reads (收到…申请N件, 办结N件, 结转下年度继续办理N件), so
 * pasted unchanged they agree with the tables by construction.
 */
export function factSentences(figures: AnnualReportFigures): string[] {
  const total = (row: keyof AnnualReportFigures['requests']) => n(figures.requests[row].total);
  const withheld = OUTCOME_CODES.filter((c) => c.startsWith('withheld.')).reduce((sum, c) => sum + total(c), 0);
  const { regulations: reg, normative_documents: norm } = figures.proactive;
  return [
    `本年共收到政府信息公开申请${total('new')}件，上年结转政府信息公开申请${total('carried_over_from_last_year')}件。`,
    `本年办结${total('total_handled')}件，其中予以公开${total('granted')}件，部分公开${total('partly_granted')}件，` +
      `不予公开${withheld}件；结转下年度继续办理${total('carried_over_to_next_year')}件。`,
    `本年制发并公开规章${n(reg.issued)}部、行政规范性文件${n(norm.issued)}部，废止规章${n(reg.repealed)}部、` +
      `行政规范性文件${n(norm.repealed)}部；年末现行有效规章${n(reg.in_force)}部、行政规范性文件${n(norm.in_force)}部。`,
  ];
}
