import type { MailText } from '../text/mail-text';

export type MovedDeadlineKind = 'document_level' | 'document_publication' | 'task_due' | 'order_reply' | 'request_answer' | 'request_correction_notice';

/** One moved deadline of a unit's case, as its email lists it. */
export interface MovedDeadline {
  kind: MovedDeadlineKind;
  /** How people name the case: a document's or task's title, a request's number. */
  caseLabel: string;
  from: string | null;
  to: string | null;
  /** Already acted on: the old date stands until a coordinator decides. */
  held: boolean;
}

export const MOVED_DEADLINE_LABELS: Record<MovedDeadlineKind, string> = {
  document_level: '文件审签时限',
  document_publication: '文件公开时限',
  task_due: '任务办理时限',
  order_reply: '督办单回复时限',
  request_answer: '依申请公开答复期限',
  request_correction_notice: '补正告知期限',
};

const shown = (date: string | null) => date ?? '（无）';

/** The one email a unit gets when a published calendar moves its deadlines. */
export function calendarMovesMail(unitName: string, published: { year: number; notice: string; version: number }, moves: readonly MovedDeadline[]): MailText {
  const lines = moves.map(
    (m, i) =>
      `${i + 1}. ${m.caseLabel}：${MOVED_DEADLINE_LABELS[m.kind]} ${shown(m.from)} → ${shown(m.to)}` +
      (m.held ? '（该事项已记录逾期或已督办，原时限暂不变更，由公开办协调人决定）' : ''),
  );
  return {
    subject: `【时限调整】${published.year}年工作日历（${published.notice}）生效，${moves.length}项时限变化`,
    text:
      `${unitName}：\n\n${published.year}年节假日安排（${published.notice}，日历版本 ${published.version}）已发布，` +
      `按新的工作日历重新计算后，本单位以下时限有变化：\n\n${lines.join('\n')}\n\n请登录政务公开督办系统查看。`,
  };
}
