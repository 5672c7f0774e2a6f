/** 公开属性: fixed when the document is drafted, before any signing (attribute-first rule). */
export const DISCLOSURE_ATTRIBUTES = ['proactive', 'on_request', 'withheld'] as const;
export type DisclosureAttribute = (typeof DISCLOSURE_ATTRIBUTES)[number];

export const DISCLOSURE_ATTRIBUTE_LABELS: Record<DisclosureAttribute, string> = {
  proactive: '主动公开',
  on_request: '依申请公开',
  withheld: '不予公开',
};

/**
 * The statutory bases for withholding, in the order and wording of the annual report's
 * row 三(三), so a withheld document and a withheld request answer count in the same row.
 */
export const WITHHOLDING_BASES = {
  state_secret: '属于国家秘密',
  prohibited_by_law: '其他法律行政法规禁止公开',
  three_securities_one_stability: '危及“三安全一稳定”',
  third_party_rights: '保护第三方合法权益',
  internal_affairs: '属于三类内部事务信息',
  process_information: '属于四类过程性信息',
  enforcement_file: '属于行政执法案卷',
  administrative_query: '属于行政查询事项',
} as const;
export type WithholdingBasis = keyof typeof WITHHOLDING_BASES;
export const WITHHOLDING_BASIS_CODES = Object.keys(WITHHOLDING_BASES) as WithholdingBasis[];

export function isDisclosureAttribute(value: unknown): value is DisclosureAttribute {
  return typeof value === 'string' && (DISCLOSURE_ATTRIBUTES as readonly string[]).includes(value);
}

export function isWithholdingBasis(value: unknown): value is WithholdingBasis {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(WITHHOLDING_BASES, value);
}

/** Document types; the annual report's section 2 counts 规章 and 行政规范性文件. */
export const DOCUMENT_TYPES = {
  regulation: '规章',
  normative_document: '行政规范性文件',
  policy_interpretation: '政策解读',
  work_document: '工作文件',
  other: '其他',
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_CODES = Object.keys(DOCUMENT_TYPES) as DocumentType[];

export function attributeLabel(attribute: DisclosureAttribute, basis: WithholdingBasis | null): string {
  const label = DISCLOSURE_ATTRIBUTE_LABELS[attribute];
  return attribute === 'withheld' && basis ? `${label}（${WITHHOLDING_BASES[basis]}）` : label;
}
