import { shanghaiDateTime } from '../calendar/iso-date';
import type { MailText } from '../text/mail-text';
import { attributeLabel, type DisclosureAttribute, type WithholdingBasis } from './disclosure-attribute';

export interface DocumentMailContext {
  title: string;
  attribute: DisclosureAttribute | null;
  withholdingBasis: WithholdingBasis | null;
  version: number;
}

const head = (doc: DocumentMailContext) =>
  `文件：《${doc.title}》（第${doc.version}版${doc.attribute ? `，公开属性：${attributeLabel(doc.attribute, doc.withholdingBasis)}` : ''}）`;

/** Beijing time to the minute. */
const when = (ms: number) => shanghaiDateTime(ms).slice(0, 16);

/** What people read, in Chinese; composing is pure, sending is the outbox's job. */
export const signOffMail = {
  toSign(doc: DocumentMailContext, signerName: string, levelTitle: string, dueAt: number): MailText {
    return {
      subject: `【待审签】${doc.title}`,
      text: `${signerName}：\n\n请您作为${levelTitle}审签以下文件，办理时限为 ${when(dueAt)}（北京时间）前。\n${head(doc)}\n\n请登录政务公开督办系统办理。`,
    };
  },
  reminder(doc: DocumentMailContext, signerName: string, levelTitle: string, dueAt: number, onDueDay: boolean): MailText {
    return {
      subject: `【审签提醒】${doc.title}${onDueDay ? '（今日到期）' : ''}`,
      text: `${signerName}：\n\n您作为${levelTitle}尚未审签以下文件，时限为 ${when(dueAt)}（北京时间）。\n${head(doc)}`,
    };
  },
  escalation(doc: DocumentMailContext, superiorName: string, signerName: string, levelTitle: string, dueAt: number): MailText {
    return {
      subject: `【审签逾期】${doc.title}`,
      text: `${superiorName}：\n\n${signerName}（${levelTitle}）未在时限 ${when(dueAt)} 前审签以下文件，特此报告，请督促办理或改派审签人。\n${head(doc)}`,
    };
  },
  returned(doc: DocumentMailContext, drafterName: string, by: string, comment: string): MailText {
    return {
      subject: `【退回修改】${doc.title}`,
      text: `${drafterName}：\n\n${by}退回了以下文件，请修改后重新提交审签。\n${head(doc)}\n退回意见：${comment}`,
    };
  },
  attributeProposed(doc: DocumentMailContext, drafterName: string, by: string, proposed: string, reason: string): MailText {
    return {
      subject: `【公开属性建议】${doc.title}`,
      text: `${drafterName}：\n\n${by}建议将以下文件的公开属性改为“${proposed}”，文件已退回，请重新认定公开属性后再提交审签。\n${head(doc)}\n理由：${reason}`,
    };
  },
  signed(doc: DocumentMailContext, drafterName: string, publicationDue: string | null): MailText {
    return {
      subject: `【审签完成】${doc.title}`,
      text:
        `${drafterName}：\n\n以下文件已完成全部审签。\n${head(doc)}\n` +
        (publicationDue
          ? `依据《政府信息公开条例》第二十六条，请于 ${publicationDue} 前公开，并在系统中登记公开网址、日期和渠道。`
          : '该文件不主动公开，审签结果已记录，事项办结。'),
    };
  },
  publicationReminder(doc: DocumentMailContext, recipientName: string, dueDate: string, overdue: boolean): MailText {
    return {
      subject: `【${overdue ? '公开逾期' : '公开提醒'}】${doc.title}`,
      text: overdue
        ? `${recipientName}：\n\n以下文件应于 ${dueDate} 前公开，现已逾期，请立即公开并登记。逾期情况将计入季度通报。\n${head(doc)}`
        : `${recipientName}：\n\n以下文件应于 ${dueDate} 前公开，请按时公开并登记。\n${head(doc)}`,
    };
  },
  publicationFlagged(doc: DocumentMailContext, recipientName: string, url: string): MailText {
    return {
      subject: `【公开文件不一致】${doc.title}`,
      text: `${recipientName}：\n\n登记公开的文件（${url}）与签发版本的 SHA-256 不一致，请核实后公开签发版本并重新登记。\n${head(doc)}`,
    };
  },
  reassigned(doc: DocumentMailContext, signerName: string, levelTitle: string, reason: string, dueAt: number): MailText {
    return {
      subject: `【改派审签】${doc.title}`,
      text: `${signerName}：\n\n以下文件的${levelTitle}审签已改由您办理（${reason}），时限为 ${when(dueAt)}（北京时间）。\n${head(doc)}`,
    };
  },
  cancelled(doc: DocumentMailContext, by: string, reason: string): MailText {
    return {
      subject: `【撤销审签】${doc.title}`,
      text: `起草人、审签人：\n\n${by}撤销了以下文件的审签，无需再审签。\n${head(doc)}\n撤销理由：${reason}`,
    };
  },
  attributeChanged(doc: DocumentMailContext, drafterName: string, by: string, reason: string, publicationDue: string | null): MailText {
    return {
      subject: `【公开属性变更】${doc.title}`,
      text:
        `${drafterName}：\n\n${by}变更了以下已签发文件的公开属性（${reason}）。\n${head(doc)}\n` +
        (publicationDue ? `依据《政府信息公开条例》第二十六条，请于 ${publicationDue} 前公开，并在系统中登记公开网址、日期和渠道。` : ''),
    };
  },
};
