import { proxyActivities } from '@temporalio/workflow';
import type { DailyUrgingActivities } from '../../libs/contracts/src/supervision-activities';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { fetchedCalendar } from '../shared/calendar-feed';
import { workflowNow } from '../shared/workflow-clock';

const { sendDailyDigests, planPhoneCalls } = proxyActivities<DailyUrgingActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

export interface DailyUrgingInput {
  /** The day to urge for; absent (the schedule), today in Shanghai. */
  date?: string;
}

export interface DailyUrgingResult {
  date: string;
  workingDay: boolean;
  /** Units sent a digest (counted again when a day is run twice; the mail itself goes once). */
  digests: number;
  calls: number;
}

/**
 * Daily urging (日常督促), started by the schedule every morning: on a working day, one digest per
 * unit with work overdue or due soon, and the day's phone-dispatch calls. A day the published
 * calendar (the database's, fetched as every case fetches it) does not cover is not guessed at:
 * nothing is sent until its notice is loaded.
 */
export async function dailyUrgingWorkflow(input: DailyUrgingInput = {}): Promise<DailyUrgingResult> {
  const calendar = await fetchedCalendar();
  const date = input.date ?? shanghaiDate(workflowNow());
  if (!calendar.covers(date) || !calendar.isWorkingDay(date)) return { date, workingDay: false, digests: 0, calls: 0 };
  const digests = await sendDailyDigests(date);
  const calls = await planPhoneCalls(date);
  return { date, workingDay: true, digests, calls };
}
