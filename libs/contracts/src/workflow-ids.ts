/** Workflow ids come from the business key, so a second start of the same case is refused. */
export const probeWorkflowId = (probeId: string): string => `probe-${probeId}`;
export const signOffWorkflowId = (documentId: string): string => `signoff-${documentId}`;
export const requestWorkflowId = (requestId: string): string => `request-${requestId}`;
export const taskWorkflowId = (taskId: string): string => `task-${taskId}`;
/** One urging run per day: a manual rerun of a day reuses the id once the earlier run has ended. */
export const dailyUrgingWorkflowId = (date: string): string => `daily-urging-${date}`;
export const DAILY_URGING_SCHEDULE_ID = 'daily-urging';
/** One circular run per quarter at a time: a manual rerun or resend reuses the id once the earlier run has ended. */
export const quarterlyCircularWorkflowId = (quarterKey: string): string => `quarterly-circular-${quarterKey}`;
export const QUARTERLY_CIRCULAR_SCHEDULE_ID = 'quarterly-circular';
