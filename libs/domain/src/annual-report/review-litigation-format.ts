import type { Cell } from './report-cell';

/**
 * Section 四 (政府信息公开行政复议、行政诉讼情况): one line of fifteen numbers, five for
 * administrative review and five for each kind of lawsuit.
 */
export const REVIEW_LITIGATION_COLUMNS = [
  // The template's cells are narrow, so the sample prints these wrapped: 结果 维持.
  { code: 'upheld', label: '结果维持', printed: '结果 维持' },
  { code: 'corrected', label: '结果纠正', printed: '结果 纠正' },
  { code: 'other', label: '其他结果', printed: '其他 结果' },
  { code: 'pending', label: '尚未审结', printed: '尚未 审结' },
  { code: 'total', label: '总计', printed: '总计' },
] as const;
export type ReviewLitigationColumnCode = (typeof REVIEW_LITIGATION_COLUMNS)[number]['code'];

export const REVIEW_GROUP_LABEL = '行政复议';
export const LITIGATION_GROUP_LABEL = '行政诉讼';

export const REVIEW_LITIGATION_ROWS = [
  { code: 'review', label: '行政复议', title: '行政复议' },
  { code: 'direct_suit', label: '未经复议直接起诉', title: '行政诉讼·未经复议直接起诉' },
  { code: 'suit_after_review', label: '复议后起诉', title: '行政诉讼·复议后起诉' },
] as const;
export type ReviewLitigationRowCode = (typeof REVIEW_LITIGATION_ROWS)[number]['code'];

export type ReviewLitigationFigures = Record<ReviewLitigationRowCode, Record<ReviewLitigationColumnCode, Cell>>;
