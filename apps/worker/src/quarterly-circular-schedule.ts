import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import type { CircularSettings } from '../../../libs/contracts/src/circular-activities';
import { QUARTERLY_CIRCULAR_SCHEDULE_ID } from '../../../libs/contracts/src/workflow-ids';

/** 09:00 in Shanghai on the first day of each quarter: the day after the previous quarter ends. */
export const QUARTERLY_CIRCULAR_CRON = '0 9 1 1,4,7,10 *';
export const QUARTERLY_CIRCULAR_TIME_ZONE = 'Asia/Shanghai';

/**
 * Creates the quarter-end circular schedule unless it exists, as the daily urging schedule is
 * made: every worker calls this at start and the first one creates it. The settings are those
 * of the worker that created it.
 */
export async function ensureQuarterlyCircularSchedule(
  client: Client,
  taskQueue: string,
  settings: CircularSettings,
  scheduleId = QUARTERLY_CIRCULAR_SCHEDULE_ID,
): Promise<'created' | 'exists'> {
  try {
    await client.schedule.create({
      scheduleId,
      spec: { cronExpressions: [QUARTERLY_CIRCULAR_CRON], timezone: QUARTERLY_CIRCULAR_TIME_ZONE },
      action: { type: 'startWorkflow', workflowType: 'quarterlyCircularWorkflow', workflowId: scheduleId, taskQueue, args: [{ settings }] },
      // A run missed while the cluster was down is made up within a week; the circular is issued once anyway.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '7 days' },
    });
    return 'created';
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return 'exists';
    throw error;
  }
}
