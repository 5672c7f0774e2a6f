import type { IsoDate } from '../calendar/iso-date';
import type { RequestClock } from './request-clock';
import { ANSWER_WORKING_DAYS } from './request-events';

/** The account a clerk or the requester reads to check the clock by hand. */
export function explainClock(clock: Omit<RequestClock, 'explanation'>, abandonedLate: IsoDate | null): string {
  const facts = [`${clock.receivedOn}收到申请`];
  const { correction } = clock;
  if (correction) {
    facts.push(`${correction.requestedOn}一次性告知补正，补正期限至${correction.correctionDue}`);
    if (abandonedLate) facts.push(`申请人${abandonedLate}才补正，已逾期且无正当理由，视为放弃申请`);
    else if (correction.receivedOn) facts.push(`${correction.receivedOn}收到补正后的申请，答复期限自该日起重新计算`);
    else if (clock.status === 'abandoned') facts.push('申请人逾期未补正，视为放弃申请');
    else facts.push('等待申请人补正，答复期限尚未起算');
  }
  if (clock.due) {
    let period = `答复期限${ANSWER_WORKING_DAYS}个工作日`;
    if (clock.extension) {
      const { approvedOn, approver, workingDays } = clock.extension;
      period += `，经${approver}于${approvedOn}批准延长${workingDays}个工作日`;
    }
    for (const c of clock.consultations) {
      if (c.pausedWorkingDays === 0) continue;
      const until = c.ended ?? `${clock.today}（尚未结束）`;
      period += `，征求“${c.party}”意见${c.started}至${until}（意见期限至${c.opinionDue}）不计入${c.pausedWorkingDays}个工作日`;
    }
    if (clock.consultations.length > 1) period += `，重叠部分只计一次，合计不计入${clock.pausedWorkingDays}个工作日`;
    facts.push(period);
  }
  return `${facts.join('；')}。${statusSentence(clock)}${clock.due ? `期限计算：${clock.due.explanation}` : ''}`;
}

function statusSentence(clock: Omit<RequestClock, 'explanation'>): string {
  const due = clock.due?.due;
  switch (clock.status) {
    case 'answered':
      return due ? `${clock.answeredOn}答复，未超过${due}届满日。` : `${clock.answeredOn}办结。`;
    case 'answered_late':
      return `${clock.answeredOn}答复，超过${due}届满日${clock.overdueWorkingDays}个工作日。`;
    case 'abandoned':
      return '申请视为放弃，计入年度报告（六）其他处理第1项。';
    case 'awaiting_correction':
      return `截至${clock.today}尚未收到补正。`;
    case 'overdue':
      return `截至${clock.today}已超过${due}届满日${clock.overdueWorkingDays}个工作日，尚未答复。`;
    case 'consulting':
      return `截至${clock.today}征求意见尚未结束，届满日随之顺延，目前为${due}。`;
    case 'in_progress':
      return `截至${clock.today}距${due}届满尚有${clock.workingDaysLeft}个工作日。`;
  }
}
