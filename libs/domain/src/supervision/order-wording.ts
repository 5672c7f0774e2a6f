import { shanghaiDate, shanghaiDateTime, type IsoDate } from '../calendar/iso-date';
import { chineseDate } from './text-format';

/** What a supervision order demands of the unit about an overdue task, as the office words it. */
export function orderActionDemanded(taskTitle: string): string {
  return `请立即办理并报送“${taskTitle}”的办理结果及佐证材料，书面说明逾期原因和整改措施。`;
}

/**
 * The reply time as the order states it: the day for a reply in working days, the day and the
 * Shanghai time for one within hours (it ends at no day's end).
 */
export function orderReplyBy(reply: { dueDate: IsoDate | null; dueAt: number }): string {
  if (reply.dueDate) return chineseDate(reply.dueDate);
  return `${chineseDate(shanghaiDate(reply.dueAt))}${shanghaiDateTime(reply.dueAt).slice(11)}`;
}
