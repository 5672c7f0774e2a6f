import { selectLastPlace } from '../../domain/src/supervision/last-place';
import { buildQuarterlyCircular } from '../../domain/src/supervision/quarterly-circular';
import { rankUnits, type UnitQuarterFacts } from '../../domain/src/supervision/quarterly-scoring';
import { rankingChartAttachment, rankingChartPng, rankingChartSvg, RANKING_CHART_CID } from './circular-chart';

const Q3 = { year: 2026, quarter: 3 } as const;
const unit = (unitId: string, unitName: string, due: number, onTime: number): UnitQuarterFacts => ({
  unitId,
  unitName,
  tasksDue: due,
  tasksCompletedOnTime: onTime,
  overdueTasks: due - onTime,
  overdueWorkingDays: (due - onTime) * 3,
  signOffs: { total: 0, onTime: 0 },
  requests: { total: 0, onTime: 0 },
});
const ranking = rankUnits(Q3, [unit('a', '区教育局', 6, 6), unit('b', '区卫健委', 6, 4), unit('c', '区民政局', 6, 1)]);
const circular = buildQuarterlyCircular({ ranking, lastPlace: selectLastPlace(ranking, null), issuedOn: '2026-10-09' });

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ signature: png.subarray(1, 4).toString('ascii'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the circular ranking chart', () => {
  it('draws every ranked unit in rank order with its score, the last place in red', () => {
    const svg = rankingChartSvg(circular);
    const names = ['1. 区教育局', '2. 区卫健委', '3. 区民政局（末位）'].map((n) => svg.indexOf(n));
    expect(names.every((at) => at > 0)).toBe(true);
    expect(names).toEqual([...names].sort((x, y) => x - y));
    for (const row of circular.rows) expect(svg).toContain(`${row.score}分`);
    expect(svg).toContain('2026年第3季度各单位得分');
    expect(svg).toContain('红色为末位单位');
    expect(svg.match(/fill="#f56c6c"/g)).toHaveLength(1);
  });

  it('is a PNG twice the drawn size, sharp on a phone', () => {
    expect(pngSize(rankingChartPng(circular))).toEqual({ signature: 'PNG', width: 1440, height: 2 * (90 + 28 * 3) });
  });

  it('goes with the email as an inline picture, and not at all when nobody was ranked', () => {
    expect(rankingChartAttachment(circular)).toEqual([expect.objectContaining({ contentType: 'image/png', cid: RANKING_CHART_CID })]);
    const empty = rankUnits(Q3, []);
    expect(rankingChartAttachment(buildQuarterlyCircular({ ranking: empty, lastPlace: selectLastPlace(empty, null), issuedOn: '2026-10-09' }))).toEqual([]);
  });
});
