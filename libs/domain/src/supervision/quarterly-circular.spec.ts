import { QuarterMismatchError, QuarterNotEndedError } from './errors';
import { selectLastPlace } from './last-place';
import { buildQuarterlyCircular, renderQuarterlyCircular } from './quarterly-circular';
import { rankUnits, type UnitQuarterFacts } from './quarterly-scoring';

const Q3_2026 = { year: 2026, quarter: 3 } as const;

type Pair = [number, number];

function facts(unitId: string, unitName: string, t: Pair, o: Pair, s: Pair, r: Pair): UnitQuarterFacts {
  return {
    unitId,
    unitName,
    tasksDue: t[0],
    tasksCompletedOnTime: t[1],
    overdueTasks: o[0],
    overdueWorkingDays: o[1],
    signOffs: { total: s[0], onTime: s[1] },
    requests: { total: r[0], onTime: r[1] },
  };
}

// The units hand-scored in quarterly-scoring.spec.ts: 100; 75 and 75; 57.625 and 57.619; one apart.
const ranking = rankUnits(Q3_2026, [
  facts('a', '区教育局', [10, 10], [0, 0], [5, 5], [2, 2]),
  facts('b', '区卫健委', [8, 6], [2, 2], [4, 4], [4, 3]),
  facts('c', '区民政局', [4, 3], [0, 0], [0, 0], [0, 0]),
  facts('d', '区财政局', [8, 5], [3, 4], [4, 3], [0, 0]),
  facts('e', '区住建局', [7, 4], [3, 8], [2, 2], [3, 2]),
  facts('f', '区文旅局', [1, 0], [1, 20], [1, 0], [0, 0]),
]);
// 区住建局 was also last in 2026 Q2.
const lastPlace = selectLastPlace(ranking, { quarter: { year: 2026, quarter: 2 }, unitIds: ['e'] });
const circular = buildQuarterlyCircular({ ranking, lastPlace, issuedOn: '2026-10-09', rectificationPlanDue: '2026-10-22' });

describe('quarterly circular content', () => {
  it('is titled and keyed by its quarter', () => {
    expect(circular).toMatchObject({
      key: 'circular:2026-Q3',
      title: '2026年第3季度政务公开工作通报',
      quarterLabel: '2026年第3季度',
      period: { from: '2026-07-01', to: '2026-09-30' },
      issuedOn: '2026-10-09',
      issuer: '政务公开办公室',
      minItemsDue: 3,
      rectificationPlanDue: '2026-10-22',
    });
  });

  it('prints the ranking table with tied ranks marked, rates as percentages and — for nothing due', () => {
    expect(circular.table).toEqual({
      headers: ['名次', '单位', '得分', '到期任务（件）', '按时办结率', '逾期任务（件）', '逾期工作日', '审签发布及时率', '依申请答复及时率'],
      rows: [
        ['1', '区教育局', '100.00', '10', '100.0%', '0', '0', '100.0%', '100.0%'],
        ['2（并列）', '区卫健委', '75.00', '8', '75.0%', '2', '2', '100.0%', '75.0%'],
        ['2（并列）', '区民政局', '75.00', '4', '75.0%', '0', '0', '—', '—'],
        ['4（并列）', '区财政局', '57.63', '8', '62.5%', '3', '4', '75.0%', '—'],
        ['4（并列）', '区住建局', '57.62', '7', '57.1%', '3', '8', '100.0%', '66.7%'],
      ],
    });
    expect(circular.rows[4]).toEqual({
      rank: 4,
      tied: true,
      unitId: 'e',
      unitName: '区住建局',
      score: 57.62,
      tasksDue: 7,
      onTimeCompletion: 4 / 7,
      overdueTasks: 3,
      overdueWorkingDays: 8,
      signOffTimeliness: 1,
      requestTimeliness: 2 / 3,
    });
  });

  it('lists the unit with too few items apart, and the last-place and interview units', () => {
    expect(circular.unranked).toEqual([{ unitId: 'f', unitName: '区文旅局', itemsDue: 2, note: '样本不足，不参与排名' }]);
    expect(circular.lastPlace.map((u) => u.unitName)).toEqual(['区财政局', '区住建局']);
    expect(circular.interviews).toEqual([
      { unitId: 'e', unitName: '区住建局', quarters: [{ year: 2026, quarter: 2 }, Q3_2026] },
    ]);
  });

  it('is plain JSON for the .docx and .xlsx renderers', () => {
    expect(JSON.parse(JSON.stringify(circular))).toEqual(circular);
  });

  it('refuses to be issued before the quarter has ended', () => {
    expect(() => buildQuarterlyCircular({ ranking, lastPlace, issuedOn: '2026-09-30' })).toThrow(QuarterNotEndedError);
  });

  it('refuses a last-place selection of another quarter', () => {
    const other = { ...lastPlace, quarter: { year: 2026, quarter: 2 } as const };
    expect(() => buildQuarterlyCircular({ ranking, lastPlace: other, issuedOn: '2026-10-09' })).toThrow(QuarterMismatchError);
  });
});

describe('quarterly circular text', () => {
  const mail = renderQuarterlyCircular(circular);

  it('reads as a Chinese circular, section by section', () => {
    expect(mail.subject).toBe('2026年第3季度政务公开工作通报');
    expect(mail.text).toBe(
      [
        '2026年第3季度政务公开工作通报',
        '',
        '各单位：',
        '根据政务公开工作督办制度，现将2026年第3季度（2026年7月1日至2026年9月30日）各单位政务公开工作情况通报如下。',
        '',
        '一、排名情况',
        '名次\t单位\t得分\t到期任务（件）\t按时办结率\t逾期任务（件）\t逾期工作日\t审签发布及时率\t依申请答复及时率',
        '1\t区教育局\t100.00\t10\t100.0%\t0\t0\t100.0%\t100.0%',
        '2（并列）\t区卫健委\t75.00\t8\t75.0%\t2\t2\t100.0%\t75.0%',
        '2（并列）\t区民政局\t75.00\t4\t75.0%\t0\t0\t—\t—',
        '4（并列）\t区财政局\t57.63\t8\t62.5%\t3\t4\t75.0%\t—',
        '4（并列）\t区住建局\t57.62\t7\t57.1%\t3\t8\t100.0%\t66.7%',
        '',
        '二、不参与排名的单位',
        '以下单位本季度到期事项少于3件，样本不足，不参与排名：区文旅局（到期事项2件）。',
        '',
        '三、末位单位',
        '区财政局、区住建局本季度排名末位。请上述单位于2026年10月22日前报送整改方案。',
        '',
        '四、约谈',
        '区住建局连续两个季度（2026年第2季度、2026年第3季度）排名末位，将对其进行约谈。',
        '',
        '五、计分办法',
        '得分＝基础分－扣分（最低为0分）。基础分＝100×（按时办结率×60＋审签发布及时率×20＋依申请答复及时率×20）÷参与计算的权重之和，' +
          '本季度无相应事项的指标不参与计算；扣分＝逾期任务每件2分＋逾期每个工作日0.5分，最多扣40分。' +
          '得分相差不超过0.01分的并列，其后名次顺延；本季度到期事项少于3件的单位不参与排名。' +
          '任务按季度末有效的办理时限计算：本季度内批准延期或调整时限的，按调整后的时限计；季度结束后批准或调整的，本季度仍按原时限计。',
        '',
        '政务公开办公室',
        '2026年10月9日',
        '',
      ].join('\n'),
    );
  });

  it('leaves out empty sections and says so when no unit is last', () => {
    const lone = rankUnits(Q3_2026, [facts('a', '区教育局', [4, 4], [0, 0], [0, 0], [0, 0])]);
    const text = renderQuarterlyCircular(
      buildQuarterlyCircular({ ranking: lone, lastPlace: selectLastPlace(lone, null), issuedOn: '2026-10-09', issuer: '某区政务公开办' }),
    ).text;
    expect(text).toContain('二、末位单位\n本季度无末位单位。');
    expect(text).not.toContain('不参与排名的单位');
    expect(text).not.toContain('约谈');
    expect(text).toContain('\n某区政务公开办\n2026年10月9日\n');
  });

  it('asks for the rectification plan per the reminder letter when no date is given', () => {
    const text = renderQuarterlyCircular(buildQuarterlyCircular({ ranking, lastPlace, issuedOn: '2026-10-09' })).text;
    expect(text).toContain('区财政局、区住建局本季度排名末位。请上述单位认真分析原因，按末位提醒函要求报送整改方案。');
  });

  it('says the same in HTML with a real table, unit names escaped', () => {
    expect(mail.html).toContain('<h2>2026年第3季度政务公开工作通报</h2>');
    expect(mail.html).toContain('<th>名次</th><th>单位</th><th>得分</th>');
    expect(mail.html).toContain('<tr><td>2（并列）</td><td>区卫健委</td><td>75.00</td>');
    expect(mail.html).toContain('<h3>四、约谈</h3>');
    const odd = rankUnits(Q3_2026, [facts('x', '<i>甲</i>&乙', [4, 4], [0, 0], [0, 0], [0, 0])]);
    const oddCircular = buildQuarterlyCircular({ ranking: odd, lastPlace: selectLastPlace(odd, null), issuedOn: '2026-10-09' });
    const { html } = renderQuarterlyCircular(oddCircular);
    expect(html).toContain('<td>&lt;i&gt;甲&lt;/i&gt;&amp;乙</td>');
  });
});

describe('quarterly circular HTML with its chart', () => {
  it('shows the chart under the ranking table when given its Content-ID, and not otherwise', () => {
    const { html } = renderQuarterlyCircular(circular, { chartCid: 'ranking-chart' });
    const table = html.indexOf('</table>');
    const chart = html.indexOf('<img src="cid:ranking-chart" alt="2026年第3季度各单位得分柱状图"');
    expect(table).toBeGreaterThan(0);
    expect(chart).toBeGreaterThan(table);
    expect(chart).toBeLessThan(html.indexOf('不参与排名的单位'));
    expect(renderQuarterlyCircular(circular).html).not.toContain('<img');
  });
});
