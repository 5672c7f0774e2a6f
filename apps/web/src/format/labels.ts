// The Chinese names the domain gives its states: one table each, shared with the API's mail and exports.
export { ROLE_LABELS } from '../../../../libs/domain/src/registry/roles';
export { isOpenTaskStatus, TASK_SOURCE_LABELS, TASK_STATUS_LABELS } from '../../../../libs/domain/src/supervision/supervision-task';
export { TASK_WARNING_LABELS } from '../../../../libs/domain/src/supervision/task-warning';
export { SUPERVISION_ORDER_LEVEL_NAMES } from '../../../../libs/domain/src/supervision/supervision-order';

export const ORDER_STATUS_LABELS: Record<string, string> = {
  awaiting_reply: '待回复',
  replied: '已回复',
  escalated: '已告知领导',
};

export const CALL_STATUS_LABELS: Record<string, string> = {
  open: '待拨打',
  done: '已接通',
  escalated: '已告知领导',
};

export const MAIL_STATUS_LABELS: Record<string, string> = {
  queued: '待发送',
  sending: '发送中',
  sent: '已发送',
  failed: '发送失败',
};

/** The operation log's kinds of record; any other admin write is logged under its path's first segment, shown as it is. */
export const AUDITED_KIND_LABELS: Record<string, string> = {
  unit: '单位',
  person: '人员',
  api_token: 'API 令牌',
  signoff_config: '审签设置',
  report_lock: '年报锁定',
  registry_import: '名录导入',
  calendar: '工作日历',
};
