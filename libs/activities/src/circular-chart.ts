import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { QuarterlyCircular } from '../../domain/src/supervision/quarterly-circular';
import type { MailAttachment } from '../../persistence/src/entities/mail-message.entity';

/** The Content-ID the circular's HTML names for its chart (see renderQuarterlyCircular). */
export const RANKING_CHART_CID = 'ranking-chart';

const FONT = 'Noto Sans CJK SC, Noto Sans SC, WenQuanYi Micro Hei, Microsoft YaHei, sans-serif';
const BAR = '#409eff';
const LAST_PLACE = '#f56c6c';

/**
 * The ranking as a bar chart, drawn by ECharts on the server (SVG) and turned into a PNG, because
 * mail clients show an inline picture but not SVG or scripts: a leader sees who is behind in the
 * message itself. The last-placed units' bars are red, and their names say so in words too.
 */
export function rankingChartSvg(circular: QuarterlyCircular): string {
  const rows = circular.rows;
  const last = new Set(circular.lastPlace.map((u) => u.unitId));
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 720, height: 90 + 28 * rows.length });
  chart.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT },
    title: { text: `${circular.quarterLabel}各单位得分`, subtext: last.size ? '红色为末位单位' : '', left: 'center', textStyle: { fontSize: 16 } },
    grid: { left: 16, right: 56, top: 64, bottom: 16, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, splitLine: { lineStyle: { color: '#ebeef5' } } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => `${r.rank}. ${r.unitName}${last.has(r.unitId) ? '（末位）' : ''}`), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: rows.map((r) => ({ value: r.score, itemStyle: { color: last.has(r.unitId) ? LAST_PLACE : BAR } })),
        label: { show: true, position: 'right', formatter: '{c}分' },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

export function rankingChartPng(circular: QuarterlyCircular): Buffer {
  const png = new Resvg(rankingChartSvg(circular), {
    // Twice the drawn size, so the picture stays sharp on a phone's screen.
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
  }).render();
  return png.asPng();
}

/** The chart as an inline attachment of the circular's email; none when no unit was ranked. */
export function rankingChartAttachment(circular: QuarterlyCircular): MailAttachment[] {
  if (circular.rows.length === 0) return [];
  return [{ filename: '各单位得分.png', contentType: 'image/png', contentBase64: rankingChartPng(circular).toString('base64'), cid: RANKING_CHART_CID }];
}
