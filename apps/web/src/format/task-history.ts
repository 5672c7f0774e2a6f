import type { TaskHistoryEntry } from '../api/views';
import { beijingDateTime } from './beijing-time';

const TITLES: Record<string, string> = {
  assigned: '交办任务',
  started: '开始办理',
  submitted: '报送佐证材料',
  verified: '核验办结',
  returned: '退回重办',
  progress: '进展说明',
  reminder_sent: '发送提醒',
  overdue: '任务逾期',
  order_issued: '发出督办单',
  order_replied: '回复督办单',
  order_escalated: '督办单逾期未复，已告知单位领导',
  call: '电话调度',
  cancelled: '撤销任务',
  due_changed: '调整办理时限',
  extension_requested: '申请延期',
  extension_approved: '同意延期',
  extension_refused: '不同意延期',
  transferred: '转办',
  due_recounted: '按新工作日历重算时限',
  due_recount_held: '新工作日历改变已逾期的时限，待协调人决定',
  calendar_hold_decided: '协调人决定逾期事项的时限调整',
};

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** One line of a task's timeline in Chinese: what happened, who did it, and what it said. */
export function describeHistory(entry: TaskHistoryEntry): { title: string; detail: string; when: string; who: string } {
  const d = entry.data;
  let detail = '';
  switch (entry.event) {
    case 'started':
      detail = d.imported ? '迁入时已在办理中' : '';
      break;
    case 'submitted':
      detail = [d.imported ? `迁入：原已于 ${text(d.on) ?? ''} 报送` : null, text(d.note), d.late ? '（逾期报送）' : null].filter(Boolean).join(' ');
      break;
    case 'returned':
      detail = `${d.imported ? `迁入：原已于 ${text(d.on) ?? ''} 退回；` : ''}退回原因：${text(d.reason) ?? ''}`;
      break;
    case 'progress':
      detail = text(d.note) ?? '';
      break;
    case 'cancelled':
      detail = `撤销理由：${text(d.reason) ?? ''}`;
      break;
    case 'due_changed':
    case 'extension_approved':
      detail = `办理时限由 ${text(d.from) ?? ''} 调整为 ${text(d.dueOn) ?? ''}；${text(d.reason) ?? ''}`;
      break;
    case 'due_recounted':
      detail = `时限由 ${text(d.from) ?? ''} 调整为 ${text(d.dueOn) ?? ''}（日历版本 ${String(d.calendarVersion ?? '')}，${text(d.notice) ?? ''}）`;
      break;
    case 'due_recount_held':
      detail = `新日历将时限由 ${text(d.from) ?? ''} 改为 ${text(d.wouldBe) ?? ''}（日历版本 ${String(d.calendarVersion ?? '')}，${text(d.notice) ?? ''}），已逾期或已督办，原时限不变`;
      break;
    case 'calendar_hold_decided':
      detail = `${d.decision === 'apply' ? '按新工作日历调整时限' : '维持原时限'}；${text(d.reason) ?? ''}`;
      break;
    case 'extension_requested': {
      const evidence = (Array.isArray(d.links) ? d.links.length : 0) + (Array.isArray(d.fileIds) ? d.fileIds.length : 0);
      detail = `申请延期至 ${text(d.dueOn) ?? ''}；${text(d.reason) ?? ''}${evidence ? `（附佐证材料 ${evidence} 项）` : ''}`;
      break;
    }
    case 'extension_refused':
      detail = `申请延期至 ${text(d.askedFor) ?? ''}，未同意；${text(d.reason) ?? ''}`;
      break;
    case 'transferred':
      detail = `由${text(d.fromUnitName) ?? ''}转办至${text(d.unitName) ?? ''}；${text(d.reason) ?? ''}`;
      break;
    case 'reminder_sent':
      detail = d.kind === 'due' ? '今日到期提醒' : '到期前提醒';
      break;
    case 'order_issued':
      detail = `督办单${text(d.number) ?? ''}，回复期限 ${typeof d.replyDueAt === 'string' ? beijingDateTime(d.replyDueAt) : ''}`;
      break;
    case 'order_replied':
      detail = `${text(d.number) ?? ''}：${text(d.text) ?? ''}${d.late ? '（逾期回复）' : ''}`;
      break;
    case 'call':
      detail =
        d.outcome === 'answered'
          ? `已接通，接听人：${text(d.contactName) ?? ''}；${text(d.summary) ?? ''}${text(d.promisedOn) ? `；承诺${d.promisedOn}前完成` : ''}`
          : `未接通（第${String(d.attempt ?? '')}次）`;
      break;
    default:
      detail = '';
  }
  // A submission moved in from the old ledger came with no evidence here: the title must not promise any.
  const title = entry.event === 'submitted' && d.imported ? '报送办理结果' : (TITLES[entry.event] ?? entry.event);
  return { title, detail, when: beijingDateTime(entry.occurredAt), who: entry.actorRole === 'system' ? '系统' : entry.actorName };
}
