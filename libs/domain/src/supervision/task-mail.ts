import { chineseDate } from './text-format';

/** A task mail as the workflow queues it: subject and plain text, in Chinese. */
export interface TaskMailText {
  subject: string;
  text: string;
}

const FOOTER = '（本邮件由政务公开督办系统自动发送，请勿直接回复。）';
const letter = (to: string, lines: string[]): string => [`${to}：`, '', ...lines, '', '政务公开办公室', FOOTER, ''].join('\n');

export interface TaskMailFacts {
  title: string;
  unitName: string;
  dueOn: string;
}

/** What the supervision cycle tells units and leaders about a task. */
export const taskMail = {
  assigned: (t: TaskMailFacts): TaskMailText => ({
    subject: `【任务交办】${t.title}`,
    text: letter(t.unitName, [`现交办政务公开任务“${t.title}”，办理时限为${chineseDate(t.dueOn)}。`, '请按时办理，并在系统中报送办理结果及佐证材料。']),
  }),
  reminder: (t: TaskMailFacts, dueToday: boolean): TaskMailText => ({
    subject: `【任务提醒】${t.title}${dueToday ? '（今日到期）' : ''}`,
    text: letter(t.unitName, [
      dueToday ? `任务“${t.title}”今日（${chineseDate(t.dueOn)}）到期。` : `任务“${t.title}”将于${chineseDate(t.dueOn)}到期。`,
      '请抓紧办理并按时报送；已报送的请忽略本提醒。',
    ]),
  }),
  overdue: (t: TaskMailFacts): TaskMailText => ({
    subject: `【任务逾期】${t.title}`,
    text: letter(t.unitName, [`任务“${t.title}”已超过办理时限（${chineseDate(t.dueOn)}），仍未报送。`, '请立即办理并报送；逾期将计入季度通报，并可能发出督办单。']),
  }),
  returned: (t: TaskMailFacts, reason: string): TaskMailText => ({
    subject: `【任务退回】${t.title}`,
    text: letter(t.unitName, [`贵单位报送的任务“${t.title}”未通过核验，已退回。`, `退回理由：${reason}`, `请整改后重新报送，办理时限${chineseDate(t.dueOn)}。`]),
  }),
  dueChanged: (t: TaskMailFacts, from: string, reason: string): TaskMailText => ({
    subject: `【时限调整】${t.title}`,
    text: letter(t.unitName, [`任务“${t.title}”的办理时限由${chineseDate(from)}调整为${chineseDate(t.dueOn)}。`, `调整理由：${reason}`, '请按新的时限办理并报送。']),
  }),
  extensionDecided: (t: TaskMailFacts, decision: { approved: boolean; askedFor: string; reason: string }): TaskMailText => ({
    subject: `【延期${decision.approved ? '同意' : '不同意'}】${t.title}`,
    text: letter(t.unitName, [
      decision.approved
        ? `贵单位关于任务“${t.title}”的延期申请已同意，办理时限调整为${chineseDate(t.dueOn)}。`
        : `贵单位关于任务“${t.title}”延期至${chineseDate(decision.askedFor)}的申请未获同意，办理时限仍为${chineseDate(t.dueOn)}。`,
      `审核意见：${decision.reason}`,
    ]),
  }),
  transferred: (t: TaskMailFacts, fromUnitName: string, reason: string): TaskMailText => ({
    subject: `【任务转办】${t.title}`,
    text: letter(t.unitName, [`任务“${t.title}”原由${fromUnitName}办理，现转由贵单位办理，办理时限为${chineseDate(t.dueOn)}。`, `转办理由：${reason}`, '请按时办理，并在系统中报送办理结果及佐证材料。']),
  }),
  orderIssued: (t: TaskMailFacts, order: { number: string; levelName: string; actionDemanded: string; replyBy: string }): TaskMailText => ({
    subject: `【督办单】${order.number} ${t.title}`,
    text: letter(t.unitName, [
      `督办单编号：${order.number}（${order.levelName}）`,
      `督办事项：任务“${t.title}”已逾期（办理时限${chineseDate(t.dueOn)}）。`,
      `督办要求：${order.actionDemanded}`,
      `请于${order.replyBy}前在系统中书面回复办理情况（POST /api/supervision-orders/:id/reply）。逾期未回复的，将报告贵单位主要负责人。`,
    ]),
  }),
  orderUnanswered: (t: TaskMailFacts, order: { number: string; replyBy: string }): TaskMailText => ({
    subject: `【督办未复】${order.number} ${t.title}`,
    text: letter(`${t.unitName}负责同志`, [
      `我办于督办单${order.number}中督办的任务“${t.title}”已逾期，贵单位未在${order.replyBy}前回复。`,
      '请督促相关人员立即办理并回复。',
    ]),
  }),
  callsUnanswered: (unitName: string, tries: number, titles: string[]): TaskMailText => ({
    subject: `【电话调度】${unitName}连续${tries}次未能联系`,
    text: letter(`${unitName}负责同志`, [
      `我办就以下政务公开任务电话调度贵单位，连续${tries}次未能联系到联络人：`,
      ...titles.map((title, i) => `${i + 1}. ${title}`),
      '请督促联络人尽快与我办联系并办理。',
    ]),
  }),
};
