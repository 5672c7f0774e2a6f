import type { Cell } from './report-cell';

/**
 * Section 三 (收到和处理政府信息公开申请情况): one table, seven number columns, 25 rows.
 * Labels are those the national format prints (as in the sample report); markers such as
 * （三） or 1. are kept apart from the label text.
 */

export const APPLICANT_COLUMN_CODES = [
  'natural_person',
  'commercial_enterprise',
  'research_institution',
  'social_welfare_org',
  'legal_service_org',
  'other_org',
] as const;
export type ApplicantColumnCode = (typeof APPLICANT_COLUMN_CODES)[number];

export const REQUEST_COLUMN_CODES = [...APPLICANT_COLUMN_CODES, 'total'] as const;
export type RequestColumnCode = (typeof REQUEST_COLUMN_CODES)[number];

export const REQUEST_TABLE_NOTE = '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)';
export const APPLICANT_GROUP_LABEL = '申请人情况';
export const ORGANISATION_GROUP_LABEL = '法人或其他组织';

export const REQUEST_COLUMNS: readonly { code: RequestColumnCode; label: string; organisation: boolean }[] = [
  { code: 'natural_person', label: '自然人', organisation: false },
  { code: 'commercial_enterprise', label: '商业企业', organisation: true },
  { code: 'research_institution', label: '科研机构', organisation: true },
  { code: 'social_welfare_org', label: '社会公益组织', organisation: true },
  { code: 'legal_service_org', label: '法律服务机构', organisation: true },
  { code: 'other_org', label: '其他', organisation: true },
  { code: 'total', label: '总计', organisation: false },
];

/** The closing outcomes of a request: a request case closes with exactly one of them. */
export const OUTCOME_CODES = [
  'granted',
  'partly_granted',
  'withheld.state_secret',
  'withheld.prohibited_by_law',
  'withheld.security_and_stability',
  'withheld.third_party_rights',
  'withheld.internal_affairs',
  'withheld.process_information',
  'withheld.enforcement_case_file',
  'withheld.administrative_query',
  'unavailable.not_held',
  'unavailable.needs_creation',
  'unavailable.unclear_after_correction',
  'not_processed.petition_or_complaint',
  'not_processed.repeated',
  'not_processed.publication',
  'not_processed.excessive',
  'not_processed.confirm_or_reissue',
  'other.correction_not_made',
  'other.fee_not_paid',
  'other.other',
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

export function isOutcomeCode(value: unknown): value is OutcomeCode {
  return typeof value === 'string' && (OUTCOME_CODES as readonly string[]).includes(value);
}

export const OUTCOME_GROUPS = [
  { code: 'withheld', marker: '(三)', label: '不予公开' },
  { code: 'unavailable', marker: '(四)', label: '无法提供' },
  { code: 'not_processed', marker: '(五)', label: '不予处理' },
  { code: 'other', marker: '(六)', label: '其他处理' },
] as const;
export type OutcomeGroupCode = (typeof OUTCOME_GROUPS)[number]['code'];

/** The heading cell printed beside (一): 三、本年度办理结果. */
export const RESULTS_GROUP = { marker: '三、', label: '本年度办理结果' } as const;

export type RequestRowCode =
  | 'new'
  | 'carried_over_from_last_year'
  | OutcomeCode
  | 'total_handled'
  | 'carried_over_to_next_year';

export interface RequestRowSpec {
  code: RequestRowCode;
  marker: string;
  label: string;
  /** Set on the numbered sub-items of (三) to (六). */
  group?: OutcomeGroupCode;
}

export const REQUEST_ROWS: readonly RequestRowSpec[] = [
  { code: 'new', marker: '一、', label: '本年新收政府信息公开申请数量' },
  { code: 'carried_over_from_last_year', marker: '二、', label: '上年结转政府信息公开申请数量' },
  { code: 'granted', marker: '(一)', label: '予以公开' },
  { code: 'partly_granted', marker: '(二)', label: '部分公开 (区分处理的, 只计这一情形, 不计其他情形)' },
  { code: 'withheld.state_secret', group: 'withheld', marker: '1.', label: '属于国家秘密' },
  { code: 'withheld.prohibited_by_law', group: 'withheld', marker: '2.', label: '其他法律行政法规禁止公开' },
  { code: 'withheld.security_and_stability', group: 'withheld', marker: '3.', label: '危及“三安全一稳定”' },
  { code: 'withheld.third_party_rights', group: 'withheld', marker: '4.', label: '保护第三方合法权益' },
  { code: 'withheld.internal_affairs', group: 'withheld', marker: '5.', label: '属于三类内部事务信息' },
  { code: 'withheld.process_information', group: 'withheld', marker: '6.', label: '属于四类过程性信息' },
  { code: 'withheld.enforcement_case_file', group: 'withheld', marker: '7.', label: '属于行政执法案卷' },
  { code: 'withheld.administrative_query', group: 'withheld', marker: '8.', label: '属于行政查询事项' },
  { code: 'unavailable.not_held', group: 'unavailable', marker: '1.', label: '本机关不掌握相关政府信息' },
  { code: 'unavailable.needs_creation', group: 'unavailable', marker: '2.', label: '没有现成信息需要另行制作' },
  {
    code: 'unavailable.unclear_after_correction',
    group: 'unavailable',
    marker: '3.',
    label: '补正后申请内容仍不明确',
  },
  { code: 'not_processed.petition_or_complaint', group: 'not_processed', marker: '1.', label: '信访举报投诉类申请' },
  { code: 'not_processed.repeated', group: 'not_processed', marker: '2.', label: '重复申请' },
  { code: 'not_processed.publication', group: 'not_processed', marker: '3.', label: '要求提供公开出版物' },
  { code: 'not_processed.excessive', group: 'not_processed', marker: '4.', label: '无正当理由大量反复申请' },
  {
    code: 'not_processed.confirm_or_reissue',
    group: 'not_processed',
    marker: '5.',
    label: '要求行政机关确认或重新出具已获取信息',
  },
  {
    code: 'other.correction_not_made',
    group: 'other',
    marker: '1.',
    label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  },
  {
    code: 'other.fee_not_paid',
    group: 'other',
    marker: '2.',
    label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  },
  { code: 'other.other', group: 'other', marker: '3.', label: '其他' },
  { code: 'total_handled', marker: '(七)', label: '总计' },
  { code: 'carried_over_to_next_year', marker: '四、', label: '结转下年度继续办理' },
];

export type RequestRowFigures = Record<RequestColumnCode, Cell>;
export type RequestMatrix = Record<RequestRowCode, RequestRowFigures>;

export function requestRowSpec(code: RequestRowCode): RequestRowSpec {
  const spec = REQUEST_ROWS.find((row) => row.code === code);
  if (!spec) throw new RangeError(`Unknown request row code ${String(code)}`);
  return spec;
}

export function outcomeGroup(code: OutcomeGroupCode): (typeof OUTCOME_GROUPS)[number] {
  return OUTCOME_GROUPS.find((group) => group.code === code)!;
}

/** The row as a person reads it, e.g. （三）不予公开·1. 属于国家秘密. */
export function requestRowTitle(code: RequestRowCode): string {
  const spec = requestRowSpec(code);
  const own = printedLabel(spec.marker, spec.label);
  if (!spec.group) return own;
  const group = outcomeGroup(spec.group);
  return `${printedLabel(group.marker, group.label)}·${own}`;
}

/** Marker and label as the sample prints them: 一、本年新收…, (一) 予以公开, 1. 属于国家秘密. */
export function printedLabel(marker: string, label: string): string {
  return marker.endsWith('、') ? `${marker}${label}` : `${marker} ${label}`;
}
