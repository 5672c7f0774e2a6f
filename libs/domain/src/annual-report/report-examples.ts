import type { AnnualReportFigures } from './report-figures';
import { uniformFigures } from './report-figures';
import {
  APPLICANT_COLUMN_CODES,
  OUTCOME_CODES,
  REQUEST_COLUMN_CODES,
  type RequestRowCode,
  type RequestRowFigures,
} from './request-format';

/** A row of section 三 from the six applicant columns; 总计 is their sum. */
export function requestRow(...applicants: number[]): RequestRowFigures {
  const cells = Object.fromEntries(APPLICANT_COLUMN_CODES.map((c, i) => [c, applicants[i]])) as RequestRowFigures;
  cells.total = applicants.reduce((a, b) => a + b, 0);
  return cells;
}

export function blankRequestRow(): RequestRowFigures {
  return Object.fromEntries(REQUEST_COLUMN_CODES.map((c) => [c, null])) as RequestRowFigures;
}

/** The example as a report still on the 2019 layout prints it: （六） as one row. */
export function withOtherGroupCollapsed(figures: AnnualReportFigures): AnnualReportFigures {
  for (const code of OUTCOME_CODES.filter((c) => c.startsWith('other.'))) figures.requests[code] = blankRequestRow();
  figures.requestGroupTotals = { other: requestRow(0, 0, 1, 0, 0, 0) };
  return figures;
}

/**
 * Worked examples whose numbers satisfy every rule, used by the specs: a 2024 report of
 * 示例局 and the 2023 report before it. Change a cell and exactly the rules that read it break.
 */
export function exampleReport(): AnnualReportFigures {
  const figures = uniformFigures(2024, '示例局', 0);
  const row = requestRow;
  const set = (code: RequestRowCode, value: RequestRowFigures) => (figures.requests[code] = value);
  //                                     自然人 商业 科研 公益 法律 其他
  set('new', row(6, 1, 1, 0, 1, 1));
  set('carried_over_from_last_year', row(2, 1, 0, 0, 0, 0));
  set('granted', row(3, 1, 0, 0, 1, 0));
  set('partly_granted', row(1, 0, 0, 0, 0, 1));
  set('withheld.third_party_rights', row(0, 1, 0, 0, 0, 0));
  set('unavailable.not_held', row(2, 0, 0, 0, 0, 0));
  set('not_processed.repeated', row(1, 0, 0, 0, 0, 0));
  set('other.fee_not_paid', row(0, 0, 1, 0, 0, 0));
  set('total_handled', row(7, 2, 1, 0, 1, 1));
  set('carried_over_to_next_year', row(1, 0, 0, 0, 0, 0));

  figures.proactive = {
    regulations: { issued: 2, repealed: 1, in_force: 15 },
    normative_documents: { issued: 5, repealed: 2, in_force: 40 },
    licensing: { decisions: 120 },
    penalty: { decisions: 8 },
    enforcement: { decisions: 3 },
    administrative_fees: { amount: 1.25 },
  };
  figures.reviewLitigation = {
    review: { upheld: 1, corrected: 1, other: 0, pending: 1, total: 3 },
    direct_suit: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
    suit_after_review: { upheld: 0, corrected: 0, other: 1, pending: 1, total: 2 },
  };
  figures.narrative = {
    overview:
      '2024年，本局共收到政府信息公开申请10件，上年结转3件，办结12件，结转下年度继续办理1件。\n\n' +
      '其中予以公开5件，部分公开2件，不予公开1件。',
    problems: '1、主动公开的时效性有待提高。\n\n2、2025年将加强培训。',
    otherMatters: '本年度收取信息处理费1.25万元。',
  };
  return figures;
}

/** The year before: what it carried forward and what was in force at its end. */
export function examplePreviousReport(): AnnualReportFigures {
  const figures = uniformFigures(2023, '示例局', 0);
  const carried = figures.requests.carried_over_to_next_year;
  figures.requests.carried_over_to_next_year = { ...carried, natural_person: 2, commercial_enterprise: 1, total: 3 };
  figures.proactive.regulations.in_force = 14;
  figures.proactive.normative_documents.in_force = 37;
  return figures;
}
