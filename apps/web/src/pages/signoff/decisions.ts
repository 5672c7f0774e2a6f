/** The steps a person may take on a document; each is one API call. */
export type DecisionKind = 'submit' | 'resubmit' | 'attribute' | 'approve' | 'return' | 'propose' | 'delegate' | 'reassign' | 'publication';

export const DECISION_TITLES: Record<DecisionKind, string> = {
  submit: '提交审签',
  resubmit: '提交修改稿',
  attribute: '重新认定公开属性',
  approve: '同意',
  return: '退回修改',
  propose: '建议变更公开属性',
  delegate: '委托他人审签',
  reassign: '改派审签人',
  publication: '登记公开',
};
