import { buildDailyDigest, buildDailyDigests, dailyDigestKey, renderDailyDigestEmail, resolveDailyUrgingConfig } from './daily-urging';
import { SupervisionConfigError } from './errors';
import type { SupervisedTask } from './supervision-task';

function task(taskId: string, due: string, status: SupervisedTask['status'] = 'assigned', unitId = 'u-edu'): SupervisedTask {
  return { taskId, unitId, title: `任务${taskId}`, source: 'plan', status, due, submittedOn: null };
}

/*
 * Saturday 2024-10-12 is a make-up working day for National Day; Sunday 13 Oct is off.
 * Working days from 12 Oct: 14 Oct is 1 left, 15 Oct 2, 16 Oct 3, 17 Oct 4.
 */
const tasks: SupervisedTask[] = [
  { ...task('a', '2024-10-08', 'in_progress'), title: '公开2024年部门预算', source: 'inspection' }, // 9, 10, 11, 12 Oct: 4 overdue
  task('b', '2024-10-14'), // 1 working day left
  task('c', '2024-10-12', 'returned'), // due today
  task('d', '2024-10-17'), // 4 left: beyond the default 3
  task('e', '2024-10-16'), // 3 left
  { ...task('f', '2024-10-10', 'submitted'), submittedOn: '2024-10-10' }, // with the office
  task('g', '2024-10-08', 'assigned', 'u-health'), // another unit's
];

const input = { unitId: 'u-edu', unitName: '区教育局', date: '2024-10-12', tasks };

describe('daily urging digest', () => {
  it('on the worked Saturday 2024-10-12 lists the overdue task and the three due within 3 working days', () => {
    expect(buildDailyDigest(input)).toEqual({
      key: 'digest:u-edu:2024-10-12',
      unitId: 'u-edu',
      unitName: '区教育局',
      date: '2024-10-12',
      overdue: [
        { taskId: 'a', title: '公开2024年部门预算', source: 'inspection', due: '2024-10-08', workingDaysLeft: 0, overdueWorkingDays: 4 },
      ],
      dueSoon: [
        { taskId: 'c', title: '任务c', source: 'plan', due: '2024-10-12', workingDaysLeft: 0, overdueWorkingDays: 0 },
        { taskId: 'b', title: '任务b', source: 'plan', due: '2024-10-14', workingDaysLeft: 1, overdueWorkingDays: 0 },
        { taskId: 'e', title: '任务e', source: 'plan', due: '2024-10-16', workingDaysLeft: 3, overdueWorkingDays: 0 },
      ],
    });
  });

  it('produces nothing during the National Day holiday or on an ordinary Sunday', () => {
    expect(buildDailyDigest({ ...input, date: '2024-10-03' })).toBeNull();
    expect(buildDailyDigest({ ...input, date: '2024-10-13' })).toBeNull();
  });

  it('runs on the worked Sunday 2024-09-29 before the holiday', () => {
    // Due 8 Oct: 30 Sep and 8 Oct left = 2 working days.
    const digest = buildDailyDigest({ ...input, date: '2024-09-29', tasks: [task('h', '2024-10-08')] });
    expect(digest?.dueSoon).toEqual([
      { taskId: 'h', title: '任务h', source: 'plan', due: '2024-10-08', workingDaysLeft: 2, overdueWorkingDays: 0 },
    ]);
  });

  it('produces nothing for a unit with nothing to say', () => {
    const quiet = [task('d', '2024-10-17'), { ...task('v', '2024-10-08', 'verified'), submittedOn: '2024-10-08' }];
    expect(buildDailyDigest({ ...input, tasks: quiet })).toBeNull();
    expect(buildDailyDigest({ ...input, unitId: 'u-civil', unitName: '区民政局' })).toBeNull();
  });

  it('follows the configured window: 0 means due today and overdue only', () => {
    const digest = buildDailyDigest(input, { dueSoonWithinWorkingDays: 0 });
    expect(digest?.dueSoon.map((item) => item.taskId)).toEqual(['c']);
    expect(buildDailyDigest(input, { dueSoonWithinWorkingDays: 4 })?.dueSoon.map((item) => item.taskId)).toEqual(['c', 'b', 'e', 'd']);
    expect(() => resolveDailyUrgingConfig({ dueSoonWithinWorkingDays: -1 })).toThrow(SupervisionConfigError);
  });

  it('treats a due date typed on a holiday as due on the next working day', () => {
    // Due 5 Oct (holiday) runs to Tuesday 8 Oct: due today on 8 Oct, not overdue.
    const digest = buildDailyDigest({ ...input, date: '2024-10-08', tasks: [task('i', '2024-10-05')] });
    expect(digest?.overdue).toEqual([]);
    expect(digest?.dueSoon[0]).toMatchObject({ due: '2024-10-08', workingDaysLeft: 0 });
  });

  it('keys the digest by unit and date, so a rerun of the day sends nothing twice', () => {
    expect(dailyDigestKey('u-edu', '2024-10-12')).toBe('digest:u-edu:2024-10-12');
    expect(buildDailyDigest(input)?.key).toBe(buildDailyDigest({ ...input, tasks: [...tasks].reverse() })?.key);
    expect(buildDailyDigest({ ...input, tasks: [...tasks].reverse() })).toEqual(buildDailyDigest(input));
  });
});

describe('daily urging digests of many units', () => {
  const units = [
    { unitId: 'u-health', unitName: '区卫健委' },
    { unitId: 'u-quiet', unitName: '区档案馆' },
    { unitId: 'u-edu', unitName: '区教育局' },
  ];

  it('gives each unit with something to say the digest it would get alone, in the order given', () => {
    const digests = buildDailyDigests(units, '2024-10-12', tasks);
    expect(digests.map((d) => d.unitName)).toEqual(['区卫健委', '区教育局']);
    expect(digests[1]).toEqual(buildDailyDigest(input));
    expect(digests[0]).toEqual(buildDailyDigest({ unitId: 'u-health', unitName: '区卫健委', date: '2024-10-12', tasks }));
    expect(digests[0].overdue.map((i) => i.taskId)).toEqual(['g']);
  });

  it('gives none on a day off', () => {
    expect(buildDailyDigests(units, '2024-10-13', tasks)).toEqual([]);
  });
});

describe('daily urging email', () => {
  const digest = buildDailyDigest(input)!;

  it('has a Chinese subject counting what needs attention', () => {
    expect(renderDailyDigestEmail(digest).subject).toBe('【日常督促】区教育局：1项任务已逾期，3项任务即将到期（2024年10月12日）');
  });

  it('lists overdue tasks first, then the ones due soon, in plain text', () => {
    expect(renderDailyDigestEmail(digest).text).toBe(
      [
        '区教育局：',
        '',
        '截至2024年10月12日，贵单位有以下政务公开任务需要抓紧办理：',
        '',
        '一、已逾期任务（共1项）',
        '1. 公开2024年部门预算（督查发现），办理时限2024年10月8日，已逾期4个工作日',
        '',
        '二、即将到期任务（共3项）',
        '1. 任务c（方案台账），办理时限2024年10月12日，今日到期',
        '2. 任务b（方案台账），办理时限2024年10月14日，剩余1个工作日',
        '3. 任务e（方案台账），办理时限2024年10月16日，剩余3个工作日',
        '',
        '请按时限办理，并在系统中报送办理结果及佐证材料。已报送的任务无需重复报送。',
        '',
        '政务公开办公室',
        '2024年10月12日',
        '（本邮件由系统在工作日自动发送，请勿直接回复。）',
        '',
      ].join('\n'),
    );
  });

  it('numbers a lone section 一 and names the configured sender', () => {
    const dueOnly = buildDailyDigest({ ...input, tasks: [task('b', '2024-10-14')] })!;
    const mail = renderDailyDigestEmail(dueOnly, { senderName: '区政务公开办' });
    expect(mail.subject).toBe('【日常督促】区教育局：1项任务即将到期（2024年10月12日）');
    expect(mail.text).toContain('一、即将到期任务（共1项）');
    expect(mail.text).not.toContain('已逾期');
    expect(mail.text).toContain('\n区政务公开办\n');
  });

  it('says the same in HTML, with task titles escaped', () => {
    const risky = buildDailyDigest({ ...input, tasks: [{ ...task('x', '2024-10-14'), title: '<b>预算</b> & 决算' }] })!;
    const { html } = renderDailyDigestEmail(risky);
    expect(html).toContain('<li>&lt;b&gt;预算&lt;/b&gt; &amp; 决算（方案台账），办理时限2024年10月14日，剩余1个工作日</li>');
    expect(html).toContain('<h3>一、即将到期任务（共1项）</h3>');
    expect(html).not.toContain('<b>预算');
  });
});
