/**
 * Why a task workflow refuses an update; the API maps each to an HTTP status. The first two are
 * the lifecycle's own errors (task-lifecycle.ts).
 */
export const SUPERVISION_RULE_CODES = [
  'TASK_TRANSITION_NOT_ALLOWED',
  'TASK_TRANSITION_INCOMPLETE',
  'TASK_CLOSED',
  'ORDER_NOT_OPEN',
  'TASK_DUE_INVALID',
  'TASK_EXTENSION_PENDING',
  'TASK_EXTENSION_NOT_PENDING',
  'TASK_EXTENSION_NEEDS_OFFICE',
  'TASK_TRANSFER_INVALID',
] as const;
export type SupervisionRuleCode = (typeof SUPERVISION_RULE_CODES)[number];
