import { Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { DAILY_URGING_SCHEDULE_ID } from '../../../libs/contracts/src/workflow-ids';

/** 09:00 in Shanghai, every day: the workflow itself skips weekends and holidays by the calendar. */
export const DAILY_URGING_CRON = '0 9 * * *';
export const DAILY_URGING_TIME_ZONE = 'Asia/Shanghai';

/**
 * Creates the daily urging schedule unless it exists. Every worker calls this at start; the first
 * creates it, the others find it there, so any number of workers may start at once.
 */
export async function ensureDailyUrgingSchedule(client: Client, taskQueue: string, scheduleId = DAILY_URGING_SCHEDULE_ID): Promise<'created' | 'exists'> {
  try {
    await client.schedule.create({
      scheduleId,
      spec: { cronExpressions: [DAILY_URGING_CRON], timezone: DAILY_URGING_TIME_ZONE },
      action: { type: 'startWorkflow', workflowType: 'dailyUrgingWorkflow', workflowId: scheduleId, taskQueue, args: [{}] },
      // A run missed while the cluster was down is made up within the day; two runs never overlap.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '12 hours' },
    });
    return 'created';
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return 'exists';
    throw error;
  }
}
