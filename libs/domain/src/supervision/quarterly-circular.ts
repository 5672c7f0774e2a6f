import { assertIsoDate, type IsoDate } from '../calendar';
import { QuarterMismatchError } from './errors';
import type { InterviewListing, LastPlaceSelection, LastPlaceUnit } from './last-place';
import { assertQuarterEnded, quarterFirstDay, quarterKey, quarterLabel, quarterLastDay, sameQuarter, type Quarter } from './quarter';
import type { QuarterlyRanking, QuarterlyScoringConfig } from './quarterly-scoring';
import { escapeHtml } from '../text/escape-html';
import { chineseDate, chineseOrdinal, percent, twoDecimals, type RenderedMail } from './text-format';

export interface QuarterlyCircularInput {
  ranking: QuarterlyRanking;
  lastPlace: LastPlaceSelection;
  issuedOn: IsoDate;
  /** Who issues the circular; signs the text. */
  issuer?: string;
  /** When the last-place units' rectification plans are due, if the reminder letters go out with the circular. */
  rectificationPlanDue?: IsoDate;
}

export interface CircularRow {
  rank: number;
  tied: boolean;
  unitId: string;
  unitName: string;
  score: number;
  tasksDue: number;
  onTimeCompletion: number | null;
  overdueTasks: number;
  overdueWorkingDays: number;
  signOffTimeliness: number | null;
  requestTimeliness: number | null;
}

export interface QuarterlyCircular {
  /** circular:<quarter>, e.g. circular:2026-Q3: one circular per quarter. */
  key: string;
  title: string;
  quarter: Quarter;
  quarterLabel: string;
  period: { from: IsoDate; to: IsoDate };
  issuedOn: IsoDate;
  issuer: string;
  rows: CircularRow[];
  /** The ranking as printed: header cells and one row of cells per ranked unit, for the .docx/.xlsx renderers. */
  table: { headers: string[]; rows: string[][] };
  unranked: Array<{ unitId: string; unitName: string; itemsDue: number; note: string }>;
  minItemsDue: number;
  lastPlace: LastPlaceUnit[];
  interviews: InterviewListing[];
  rectificationPlanDue: IsoDate | null;
  /** The scoring rule with the weights in force, in one Chinese sentence. */
  scoringNote: string;
}

export const CIRCULAR_TABLE_HEADERS = [
  '名次',
  '单位',
  '得分',
  '到期任务（件）',
  '按时办结率',
  '逾期任务（件）',
  '逾期工作日',
  '审签发布及时率',
  '依申请答复及时率',
] as const;

/**
 * The content of the quarterly circular (季度通报) as data, from a finished ranking and its
 * last-place selection.
 *
 * @throws QuarterNotEndedError when issued on or before the quarter's last day.
 * @throws QuarterMismatchError when the ranking and the selection are of different quarters.
 */
export function buildQuarterlyCircular(input: QuarterlyCircularInput): QuarterlyCircular {
  const { ranking, lastPlace } = input;
  assertIsoDate(input.issuedOn, 'issuedOn');
  assertQuarterEnded(ranking.quarter, input.issuedOn);
  if (!sameQuarter(ranking.quarter, lastPlace.quarter)) {
    throw new QuarterMismatchError(
      quarterKey(ranking.quarter),
      quarterKey(lastPlace.quarter),
      '末位单位应从所排名的季度中选出',
    );
  }
  if (input.rectificationPlanDue !== undefined) assertIsoDate(input.rectificationPlanDue, 'rectificationPlanDue');

  const rows: CircularRow[] = ranking.ranked.map((unit) => ({
    rank: unit.rank,
    tied: unit.tied,
    unitId: unit.facts.unitId,
    unitName: unit.facts.unitName,
    score: unit.score,
    tasksDue: unit.facts.tasksDue,
    onTimeCompletion: unit.rates.onTimeCompletion,
    overdueTasks: unit.facts.overdueTasks,
    overdueWorkingDays: unit.facts.overdueWorkingDays,
    signOffTimeliness: unit.rates.signOffTimeliness,
    requestTimeliness: unit.rates.requestTimeliness,
  }));
  const label = quarterLabel(ranking.quarter);
  return {
    key: `circular:${quarterKey(ranking.quarter)}`,
    title: `${label}政务公开工作通报`,
    quarter: ranking.quarter,
    quarterLabel: label,
    period: { from: quarterFirstDay(ranking.quarter), to: quarterLastDay(ranking.quarter) },
    issuedOn: input.issuedOn,
    issuer: input.issuer ?? '政务公开办公室',
    rows,
    table: {
      headers: [...CIRCULAR_TABLE_HEADERS],
      rows: rows.map((row) => [
        row.tied ? `${row.rank}（并列）` : String(row.rank),
        row.unitName,
        twoDecimals(row.score),
        String(row.tasksDue),
        percent(row.onTimeCompletion),
        String(row.overdueTasks),
        String(row.overdueWorkingDays),
        percent(row.signOffTimeliness),
        percent(row.requestTimeliness),
      ]),
    },
    unranked: ranking.unranked.map((unit) => ({
      unitId: unit.facts.unitId,
      unitName: unit.facts.unitName,
      itemsDue: unit.itemsDue,
      note: unit.note,
    })),
    minItemsDue: ranking.config.minItemsDue,
    lastPlace: lastPlace.lastPlace,
    interviews: lastPlace.interviews,
    rectificationPlanDue: input.rectificationPlanDue ?? null,
    scoringNote: scoringNote(ranking.config),
  };
}

/** How an extended or re-dated task is counted, said in every circular. */
export const DUE_IN_FORCE_NOTE =
  '任务按季度末有效的办理时限计算：本季度内批准延期或调整时限的，按调整后的时限计；季度结束后批准或调整的，本季度仍按原时限计。';

function scoringNote(config: QuarterlyScoringConfig): string {
  const { weights } = config;
  return (
    `得分＝基础分－扣分（最低为0分）。基础分＝100×（按时办结率×${weights.onTimeCompletion}＋审签发布及时率×${weights.signOffTimeliness}` +
    `＋依申请答复及时率×${weights.requestTimeliness}）÷参与计算的权重之和，本季度无相应事项的指标不参与计算；` +
    `扣分＝逾期任务每件${config.penaltyPerOverdueTask}分＋逾期每个工作日${config.penaltyPerOverdueWorkingDay}分，最多扣${config.maxPenalty}分。` +
    `得分相差不超过${config.tieTolerance}分的并列，其后名次顺延；本季度到期事项少于${config.minItemsDue}件的单位不参与排名。` +
    DUE_IN_FORCE_NOTE
  );
}

interface Section {
  heading: string;
  paragraphs: string[];
  table?: QuarterlyCircular['table'];
}

function sections(circular: QuarterlyCircular): Section[] {
  const list: Section[] = [
    {
      heading: '排名情况',
      paragraphs: circular.rows.length === 0 ? ['本季度没有参与排名的单位。'] : [],
      table: circular.rows.length === 0 ? undefined : circular.table,
    },
  ];
  if (circular.unranked.length > 0) {
    const names = circular.unranked.map((unit) => `${unit.unitName}（到期事项${unit.itemsDue}件）`).join('、');
    list.push({
      heading: '不参与排名的单位',
      paragraphs: [`以下单位本季度到期事项少于${circular.minItemsDue}件，样本不足，不参与排名：${names}。`],
    });
  }
  if (circular.lastPlace.length === 0) {
    list.push({ heading: '末位单位', paragraphs: ['本季度无末位单位。'] });
  } else {
    const names = circular.lastPlace.map((unit) => unit.unitName).join('、');
    const due = circular.rectificationPlanDue;
    const demand = due === null ? '请上述单位认真分析原因，按末位提醒函要求报送整改方案。' : `请上述单位于${chineseDate(due)}前报送整改方案。`;
    list.push({ heading: '末位单位', paragraphs: [`${names}本季度排名末位。${demand}`] });
  }
  if (circular.interviews.length > 0) {
    list.push({
      heading: '约谈',
      paragraphs: circular.interviews.map(
        (unit) => `${unit.unitName}连续两个季度（${quarterLabel(unit.quarters[0])}、${quarterLabel(unit.quarters[1])}）排名末位，将对其进行约谈。`,
      ),
    });
  }
  list.push({ heading: '计分办法', paragraphs: [circular.scoringNote] });
  return list;
}

/**
 * The circular as an email to all units and leaders: subject, plain text and simple HTML; with
 * `chartCid`, the HTML shows the scores' chart (an inline picture of that Content-ID) under the ranking.
 */
export function renderQuarterlyCircular(circular: QuarterlyCircular, options: { chartCid?: string } = {}): RenderedMail {
  const opening =
    `根据政务公开工作督办制度，现将${circular.quarterLabel}（${chineseDate(circular.period.from)}至` +
    `${chineseDate(circular.period.to)}）各单位政务公开工作情况通报如下。`;
  const parts = sections(circular);

  const text = [
    circular.title,
    '',
    '各单位：',
    opening,
    '',
    ...parts.flatMap((section, i) => [
      `${chineseOrdinal(i + 1)}、${section.heading}`,
      ...(section.table ? [section.table.headers, ...section.table.rows].map((cells) => cells.join('\t')) : []),
      ...section.paragraphs,
      '',
    ]),
    circular.issuer,
    chineseDate(circular.issuedOn),
    '',
  ].join('\n');

  const htmlTable = (table: QuarterlyCircular['table']) =>
    '<table border="1" cellspacing="0" cellpadding="4">\n<thead><tr>' +
    table.headers.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('') +
    '</tr></thead>\n<tbody>\n' +
    table.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n') +
    '\n</tbody>\n</table>';
  const html = [
    `<h2>${escapeHtml(circular.title)}</h2>`,
    '<p>各单位：</p>',
    `<p>${escapeHtml(opening)}</p>`,
    ...parts.map((section, i) =>
      [
        `<h3>${chineseOrdinal(i + 1)}、${escapeHtml(section.heading)}</h3>`,
        ...(section.table ? [htmlTable(section.table)] : []),
        ...(section.table && options.chartCid ? [`<p><img src="cid:${options.chartCid}" alt="${escapeHtml(`${circular.quarterLabel}各单位得分柱状图`)}" width="720"></p>`] : []),
        ...section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      ].join('\n'),
    ),
    `<p>${escapeHtml(circular.issuer)}<br>${chineseDate(circular.issuedOn)}</p>`,
  ].join('\n');
  return { subject: circular.title, text, html };
}

/** 2024年第3季度政务公开工作通报.docx and …排名.xlsx: what the units file and what they sort, mailed or downloaded. */
export function circularFilenames(circular: QuarterlyCircular): { docx: string; xlsx: string } {
  return { docx: `${circular.title}.docx`, xlsx: `${circular.quarterLabel}政务公开工作排名.xlsx` };
}
