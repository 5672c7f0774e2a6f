import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import type { TestApi } from './test-api';

/**
 * A made-up 2027 for tests only: no real notice for 2027 is shipped or guessed. 元旦 runs eight days
 * (2027-01-01 Friday to 2027-01-08 Friday) and the Sunday after it, 2027-01-10, is worked.
 */
export function fictional2027(): Record<string, unknown> {
  return {
    year: 2027,
    notice: '测试发明电〔2026〕1号',
    title: '测试用：2027年部分节假日安排（虚构）',
    published: '2026-12-01',
    holidays: [
      { name: '元旦', from: '2027-01-01', to: '2027-01-08' },
      { name: '春节', from: '2027-02-06', to: '2027-02-12' },
    ],
    makeupWorkdays: [{ date: '2027-01-10', for: '元旦' }],
  };
}

/** The correction of the made-up year: 元旦 shortened to end on Wednesday 2027-01-06, no make-up day. */
export function fictional2027Corrected(): Record<string, unknown> {
  return {
    ...fictional2027(),
    amendments: [{ notice: '测试发明电〔2026〕2号', title: '测试用：关于调整2027年元旦安排的通知（虚构）', published: '2026-12-02' }],
    holidays: [
      { name: '元旦', from: '2027-01-01', to: '2027-01-06', amendedBy: '测试发明电〔2026〕2号' },
      { name: '春节', from: '2027-02-06', to: '2027-02-12' },
    ],
    makeupWorkdays: [],
  };
}

export async function loadYear(api: TestApi, year: Record<string, unknown>, auth = api.adminAuth) {
  return api.http.put(`/calendar/years/${String(year.year)}`).set('authorization', auth).send(year);
}

/** The plain-text body of a received message, decoded from base64 or quoted-printable as sent. */
export function mailText(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** The working day `n` working days before today (Beijing): the receipt of a case whose time ran out a while ago. */
export function workingDaysAgo(n: number): string {
  const calendar = defaultCalendar();
  const today = shanghaiDate(new Date());
  let day = today;
  while (calendar.workingDaysBetween(day, today) < n || !calendar.isWorkingDay(day)) day = addDays(day, -1);
  return day;
}
