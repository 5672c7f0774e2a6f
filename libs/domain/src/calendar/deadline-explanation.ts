import type { CountFrom, SkippedDay } from './deadline';
import { addDays, weekday, type IsoDate } from './iso-date';

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export interface ExplanationInput {
  start: IsoDate;
  workingDays: number;
  countFrom: CountFrom;
  due: IsoDate;
  /** Whether `start` itself was counted (only ever under same_day). */
  startCounted: boolean;
  skipped: readonly SkippedDay[];
  makeupWorkdaysCounted: readonly IsoDate[];
  /** Days examined outside the loaded notices and assumed to follow Monday to Friday. */
  assumedDays: readonly IsoDate[];
  firstYear: number;
  lastYear: number;
  calendarVersion: string;
}

/** The sentence a clerk or a requester reads to check a deadline by hand. */
export function explainDeadline(input: ExplanationInput): string {
  const clauses = [opening(input)];
  const skipped = describeSkipped(input.skipped);
  if (skipped) clauses.push(`跳过${skipped}`);
  if (input.makeupWorkdaysCounted.length > 0) {
    clauses.push(`调休上班日${input.makeupWorkdaysCounted.join('、')}计入`);
  }
  if (input.assumedDays.length > 0) {
    const first = input.assumedDays[0];
    const last = input.assumedDays[input.assumedDays.length - 1];
    const span = first === last ? first : `${first}至${last}`;
    clauses.push(
      `其中${span}超出日历覆盖范围（${input.firstYear}年至${input.lastYear}年），按周一至周五为工作日推定，` +
        `届满日为暂定结果，须待国务院公布相应年度放假安排后重新计算`,
    );
  }
  return `${clauses.join('；')}。依据日历版本 ${input.calendarVersion}。`;
}

function opening({ start, workingDays, countFrom, due, startCounted }: ExplanationInput): string {
  const dueText = `${due}（${WEEKDAY_NAMES[weekday(due)]}）`;
  if (workingDays === 0) return `期限为0个工作日，于${dueText}当日届满`;
  if (countFrom === 'next_day') return `自${start}次日起算${workingDays}个工作日，至${dueText}届满`;
  const startNote = startCounted ? '当日为工作日，计为第1个工作日' : '当日非工作日，不计入';
  return `自${start}当日起算${workingDays}个工作日（${startNote}），至${dueText}届满`;
}

interface Segment {
  label: string;
  from: IsoDate;
  to: IsoDate;
  days: number;
}

function describeSkipped(skipped: readonly SkippedDay[]): string {
  const holidays: Segment[] = [];
  const weekends: Segment[] = [];
  for (const day of skipped) {
    const segments = day.kind === 'holiday' ? holidays : weekends;
    const label = day.holiday ?? '周末';
    const last = segments[segments.length - 1];
    if (last && last.label === label && addDays(last.to, 1) === day.date) {
      last.to = day.date;
      last.days += 1;
    } else {
      segments.push({ label, from: day.date, to: day.date, days: 1 });
    }
  }
  const parts = holidays.map((s) => `${s.label}${s.days}天（${span(s)}）`);
  if (weekends.length > 0) {
    const total = weekends.reduce((sum, s) => sum + s.days, 0);
    parts.push(`周末${total}天（${weekends.map(span).join('、')}）`);
  }
  return parts.join('、');
}

function span(segment: Segment): string {
  return segment.from === segment.to ? segment.from : `${segment.from}至${segment.to}`;
}
