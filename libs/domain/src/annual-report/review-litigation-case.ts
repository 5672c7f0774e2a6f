import type { ReviewLitigationColumnCode, ReviewLitigationRowCode } from './review-litigation-format';

/**
 * An administrative review or lawsuit about disclosure, as section 四 of the annual report
 * counts it: by kind (its row) and by result (its column); 尚未审结 until decided.
 */
export const CASE_KINDS = {
  administrative_review: { label: '行政复议', row: 'review' },
  litigation_direct: { label: '行政诉讼·未经复议直接起诉', row: 'direct_suit' },
  litigation_after_review: { label: '行政诉讼·复议后起诉', row: 'suit_after_review' },
} as const satisfies Record<string, { label: string; row: ReviewLitigationRowCode }>;
export type CaseKind = keyof typeof CASE_KINDS;
export const CASE_KIND_CODES = Object.keys(CASE_KINDS) as CaseKind[];

export const CASE_RESULTS = {
  upheld: '维持',
  corrected: '纠正',
  other: '其他',
  pending: '尚未审结',
} as const satisfies Record<Exclude<ReviewLitigationColumnCode, 'total'>, string>;
export type CaseResult = keyof typeof CASE_RESULTS;
export const CASE_RESULT_CODES = Object.keys(CASE_RESULTS) as CaseResult[];
