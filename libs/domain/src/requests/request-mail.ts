import { REQUEST_COLUMNS, type ApplicantColumnCode } from '../annual-report/request-format';
import type { IsoDate } from '../calendar/iso-date';
import type { MailText } from '../text/mail-text';
import { RECEIPT_CHANNEL_RULES, type ReceiptChannel } from './receipt-channel';

export interface RequestMailContext {
  number: string;
  requesterName: string;
  requesterType: ApplicantColumnCode;
  channel: ReceiptChannel;
  receivedOn: IsoDate;
  /** The start of the request's content, enough to recognise it. */
  excerpt: string;
}

const head = (r: RequestMailContext) => {
  const type = REQUEST_COLUMNS.find((c) => c.code === r.requesterType)?.label ?? r.requesterType;
  return `申请编号：${r.number}\n申请人：${r.requesterName}（${type}）\n收到日期：${r.receivedOn}（${RECEIPT_CHANNEL_RULES[r.channel].label}）\n申请内容：${r.excerpt}`;
};

/** What the handling unit reads, in Chinese; composing is pure, sending is the outbox's job. */
export const requestMail = {
  registered(r: RequestMailContext, dueOn: IsoDate): MailText {
    return {
      subject: `【依申请公开】新申请 ${r.number}`,
      text: `贵单位联络员：\n\n以下政府信息公开申请已登记，由贵单位办理，答复期限为 ${dueOn}（《政府信息公开条例》第三十三条，20个工作日）。\n\n${head(r)}\n\n请登录政务公开督办系统办理。`,
    };
  },
  reminder(r: RequestMailContext, dueOn: IsoDate, workingDaysLeft: number): MailText {
    const left = workingDaysLeft === 0 ? '今日到期' : `还剩${workingDaysLeft}个工作日`;
    return {
      subject: `【依申请公开提醒】${r.number} ${left}`,
      text: `贵单位联络员：\n\n以下申请的答复期限为 ${dueOn}，${left}，请按时答复；确需延长的，请在期限届满前报公开办负责人批准。\n\n${head(r)}`,
    };
  },
  breach(r: RequestMailContext, dueOn: IsoDate, overdueWorkingDays: number): MailText {
    const late = overdueWorkingDays > 0 ? `，已超期${overdueWorkingDays}个工作日` : '';
    return {
      subject: `【依申请公开超期】${r.number}`,
      text: `贵单位联络员：\n\n以下申请的答复期限 ${dueOn} 已届满，尚未答复${late}。超期情况已记录，计入贵单位的季度通报。请立即答复。\n\n${head(r)}`,
    };
  },
  extended(r: RequestMailContext, dueOn: IsoDate, workingDays: number, approver: string, reason: string): MailText {
    return {
      subject: `【依申请公开延期】${r.number} 延至 ${dueOn}`,
      text: `贵单位联络员：\n\n经${approver}批准，以下申请的答复期限延长${workingDays}个工作日，至 ${dueOn}。延期理由：${reason}\n依据《条例》第三十三条，请将延期告知申请人。\n\n${head(r)}`,
    };
  },
  transferred(r: RequestMailContext, dueOn: IsoDate | null, fromUnit: string, reason: string): MailText {
    const due = dueOn ? `答复期限仍为 ${dueOn}（自本机关收到申请之日起计算，转办不重新计算）` : '答复期限自收到补正后的申请起计算';
    return {
      subject: `【依申请公开转办】${r.number} 转由贵单位办理`,
      text: `贵单位联络员：

以下政府信息公开申请由${fromUnit}转办贵单位办理，${due}。转办理由：${reason}

${head(r)}

请登录政务公开督办系统办理。`,
    };
  },
  abandoned(r: RequestMailContext, correctionDue: IsoDate): MailText {
    return {
      subject: `【依申请公开】${r.number} 逾期未补正，视为放弃`,
      text: `贵单位联络员：\n\n申请人未在补正期限 ${correctionDue} 前补正，依据《条例》第三十条视为放弃申请，本申请已办结，计入年度报告（六）其他处理第1项。\n\n${head(r)}`,
    };
  },
};
