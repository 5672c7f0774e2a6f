import { assertIsoDate, defaultCalendar, type IsoDate, type WorkingDayCalendar } from '../calendar';
import { ConfigChecks, overlay } from './config-checks';
import { isOpenTaskStatus, TASK_SOURCE_LABELS, type SupervisedTask, type TaskSource } from './supervision-task';
import { taskClock } from './task-clock';
import { escapeHtml } from '../text/escape-html';
import { chineseDate, chineseOrdinal, compareText, type RenderedMail } from './text-format';

export interface DailyUrgingConfig {
  /** An open task due within this many working days (0 = due today) is mentioned as due soon. */
  dueSoonWithinWorkingDays: number;
}

export const DEFAULT_DAILY_URGING_CONFIG: Readonly<DailyUrgingConfig> = Object.freeze({
  dueSoonWithinWorkingDays: 3,
});

export function resolveDailyUrgingConfig(partial: Partial<DailyUrgingConfig> = {}): DailyUrgingConfig {
  const config = overlay(DEFAULT_DAILY_URGING_CONFIG, partial);
  const checks = new ConfigChecks('dailyUrging');
  checks.integer('dueSoonWithinWorkingDays', config.dueSoonWithinWorkingDays, 0, 250);
  checks.done();
  return config;
}

export interface DigestItem {
  taskId: string;
  title: string;
  source: TaskSource;
  due: IsoDate;
  workingDaysLeft: number;
  overdueWorkingDays: number;
}

export interface DailyDigest {
  /** digest:<unitId>:<date>: the outbox sends one digest per unit and day, however often the job runs. */
  key: string;
  unitId: string;
  unitName: string;
  date: IsoDate;
  /** Most overdue first. */
  overdue: DigestItem[];
  /** Soonest due first. */
  dueSoon: DigestItem[];
}

export interface DailyDigestInput {
  unitId: string;
  unitName: string;
  date: IsoDate;
  /** The unit's tasks; other units' tasks are ignored, so the whole ledger may be passed. */
  tasks: readonly SupervisedTask[];
}

export function dailyDigestKey(unitId: string, date: IsoDate): string {
  assertIsoDate(date, 'date');
  return `digest:${unitId}:${date}`;
}

/**
 * The daily urging digest of one unit for one date, or null when there is nothing to send:
 * on a weekend or holiday (a make-up working day is a working day), or when the unit has no
 * open task that is overdue or due soon. Submitted and verified tasks are never urged.
 */
export function buildDailyDigest(
  input: DailyDigestInput,
  config: Partial<DailyUrgingConfig> = {},
  calendar: WorkingDayCalendar = defaultCalendar(),
): DailyDigest | null {
  const settings = resolveDailyUrgingConfig(config);
  assertIsoDate(input.date, 'date');
  if (typeof input.unitId !== 'string' || input.unitId === '') throw new RangeError('unitId must be a non-empty string');
  if (!calendar.isWorkingDay(input.date)) return null;

  const overdue: DigestItem[] = [];
  const dueSoon: DigestItem[] = [];
  for (const task of input.tasks) {
    if (task.unitId !== input.unitId || !isOpenTaskStatus(task.status)) continue;
    const clock = taskClock(task.due, input.date, calendar);
    const item: DigestItem = {
      taskId: task.taskId,
      title: task.title,
      source: task.source,
      due: clock.due,
      workingDaysLeft: clock.workingDaysLeft,
      overdueWorkingDays: clock.overdueWorkingDays,
    };
    if (clock.overdue) overdue.push(item);
    else if (clock.workingDaysLeft <= settings.dueSoonWithinWorkingDays) dueSoon.push(item);
  }
  if (overdue.length === 0 && dueSoon.length === 0) return null;
  const byDueThenId = (a: DigestItem, b: DigestItem) => compareText(a.due, b.due) || compareText(a.taskId, b.taskId);
  overdue.sort((a, b) => b.overdueWorkingDays - a.overdueWorkingDays || byDueThenId(a, b));
  dueSoon.sort((a, b) => a.workingDaysLeft - b.workingDaysLeft || byDueThenId(a, b));
  return {
    key: dailyDigestKey(input.unitId, input.date),
    unitId: input.unitId,
    unitName: input.unitName,
    date: input.date,
    overdue,
    dueSoon,
  };
}

/**
 * The digests of many units for one date, in the order the units are given, leaving out those
 * with nothing to send. The ledger is split by unit once: handing every unit the whole ledger
 * would read it once per unit.
 */
export function buildDailyDigests(
  units: ReadonlyArray<{ unitId: string; unitName: string }>,
  date: IsoDate,
  tasks: readonly SupervisedTask[],
  config: Partial<DailyUrgingConfig> = {},
  calendar: WorkingDayCalendar = defaultCalendar(),
): DailyDigest[] {
  const byUnit = new Map<string, SupervisedTask[]>();
  for (const task of tasks) {
    const own = byUnit.get(task.unitId);
    if (own) own.push(task);
    else byUnit.set(task.unitId, [task]);
  }
  return units.flatMap(({ unitId, unitName }) => buildDailyDigest({ unitId, unitName, date, tasks: byUnit.get(unitId) ?? [] }, config, calendar) ?? []);
}

export interface DigestRenderOptions {
  /** Who signs the mail. */
  senderName?: string;
}

/** The digest as a Chinese email: subject, plain text and simple HTML saying the same. */
export function renderDailyDigestEmail(digest: DailyDigest, options: DigestRenderOptions = {}): RenderedMail {
  const sender = options.senderName ?? '政务公开办公室';
  const counts = [
    digest.overdue.length > 0 ? `${digest.overdue.length}项任务已逾期` : '',
    digest.dueSoon.length > 0 ? `${digest.dueSoon.length}项任务即将到期` : '',
  ].filter(Boolean);
  const subject = `【日常督促】${digest.unitName}：${counts.join('，')}（${chineseDate(digest.date)}）`;

  const sections: Array<{ heading: string; lines: string[] }> = [];
  if (digest.overdue.length > 0) {
    sections.push({
      heading: `已逾期任务（共${digest.overdue.length}项）`,
      lines: digest.overdue.map(
        (item) =>
          `${item.title}（${TASK_SOURCE_LABELS[item.source]}），办理时限${chineseDate(item.due)}，` +
          `已逾期${item.overdueWorkingDays}个工作日`,
      ),
    });
  }
  if (digest.dueSoon.length > 0) {
    sections.push({
      heading: `即将到期任务（共${digest.dueSoon.length}项）`,
      lines: digest.dueSoon.map(
        (item) =>
          `${item.title}（${TASK_SOURCE_LABELS[item.source]}），办理时限${chineseDate(item.due)}，` +
          (item.workingDaysLeft === 0 ? '今日到期' : `剩余${item.workingDaysLeft}个工作日`),
      ),
    });
  }
  const opening = `截至${chineseDate(digest.date)}，贵单位有以下政务公开任务需要抓紧办理：`;
  const closing = '请按时限办理，并在系统中报送办理结果及佐证材料。已报送的任务无需重复报送。';
  const footer = '（本邮件由系统在工作日自动发送，请勿直接回复。）';

  const text = [
    `${digest.unitName}：`,
    '',
    opening,
    '',
    ...sections.flatMap((section, i) => [
      `${chineseOrdinal(i + 1)}、${section.heading}`,
      ...section.lines.map((line, j) => `${j + 1}. ${line}`),
      '',
    ]),
    closing,
    '',
    sender,
    chineseDate(digest.date),
    footer,
    '',
  ].join('\n');

  const html = [
    `<p>${escapeHtml(digest.unitName)}：</p>`,
    `<p>${escapeHtml(opening)}</p>`,
    ...sections.map(
      (section, i) =>
        `<h3>${chineseOrdinal(i + 1)}、${escapeHtml(section.heading)}</h3>\n<ol>\n` +
        section.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n') +
        '\n</ol>',
    ),
    `<p>${escapeHtml(closing)}</p>`,
    `<p>${escapeHtml(sender)}<br>${chineseDate(digest.date)}</p>`,
    `<p><small>${escapeHtml(footer)}</small></p>`,
  ].join('\n');
  return { subject, text, html };
}
