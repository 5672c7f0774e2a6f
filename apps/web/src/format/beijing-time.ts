/** Every time the console shows is Beijing time, whatever the browser's own zone. */
const ZONE = 'Asia/Shanghai';

const parts = (instant: string | Date) => {
  const fields = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: string) => fields.find((f) => f.type === type)!.value;
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
};

/** 2026-12-01: the Beijing day of an instant. */
export const beijingDate = (instant: string | Date): string => parts(instant).date;

/** 2026-12-01 09:30 in Beijing. */
export const beijingDateTime = (instant: string | Date): string => {
  const p = parts(instant);
  return `${p.date} ${p.time}`;
};

/** Today in Beijing, YYYY-MM-DD. */
export const beijingToday = (now: Date = new Date()): string => beijingDate(now);

/** 2026年12月1日, from a calendar day YYYY-MM-DD. */
export function chineseDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}
