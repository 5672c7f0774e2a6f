import type { RequestEvent } from '../pages/requests/request-views';
import { RECEIPT_CHANNEL_RULES, REGISTRATION_FIELD_LABELS, REQUEST_COLUMNS } from './request-labels';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** A registration value as the clerk chose it: a channel or requester type by its Chinese name. */
function registrationValue(field: string, value: string): string {
  if (field === 'receiptChannel') return RECEIPT_CHANNEL_RULES[value as keyof typeof RECEIPT_CHANNEL_RULES]?.label ?? value;
  if (field === 'requesterType') return REQUEST_COLUMNS.find((c) => c.code === value)?.label ?? value;
  return value;
}

/** What a change of the case itself recorded, in Chinese: the units of a 转办, each corrected field's old and new value, a calendar's move and a coordinator's decision on it. */
export function requestEventDetail(event: Pick<RequestEvent, 'type' | 'data'>): string[] {
  const d = event.data;
  const reason = text(d.reason) ? [`理由：${text(d.reason)}`] : [];
  switch (event.type) {
    case 'transferred':
      return [`由${text((d.from as { name?: unknown } | undefined)?.name)}转办至${text((d.to as { name?: unknown } | undefined)?.name)}`, ...reason];
    case 'registration_corrected':
      return [
        ...(Array.isArray(d.changes) ? (d.changes as { field: string; from: string; to: string }[]) : []).map(
          (c) => `${REGISTRATION_FIELD_LABELS[c.field as keyof typeof REGISTRATION_FIELD_LABELS] ?? c.field}：${registrationValue(c.field, c.from)} → ${registrationValue(c.field, c.to)}`,
        ),
        ...reason,
      ];
    case 'due_recounted':
      return [`期限由 ${text(d.from)} 调整为 ${text(d.dueOn)}（${text(d.notice)}，日历版本 ${String(d.calendarVersion ?? '')}）`];
    case 'due_recount_held':
      return [`新日历将期限由 ${text(d.from)} 改为 ${text(d.wouldBe)}（${text(d.notice)}，日历版本 ${String(d.calendarVersion ?? '')}）；已记录超期，原期限暂不变，由协调人决定`];
    case 'calendar_hold_decided':
      return [d.decision === 'apply' ? '按新工作日历调整期限' : '维持原期限', ...reason];
    default:
      return [];
  }
}
