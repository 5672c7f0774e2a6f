import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requestRow } from './report-examples';
import { parseReportText } from './report-text-parser';
import { REQUEST_COLUMN_CODES, REQUEST_ROWS } from './request-format';

// A published report (姜营, 2023), kept byte for byte as the office downloaded it.
const sample = readFileSync(join(__dirname, 'testdata', 'annual-report-sample.txt'), 'utf8');

/** The sample with line `n` (1-based, as an editor shows it) replaced. */
function withLine(n: number, text: string, source = sample): string {
  const lines = source.split('\n');
  lines[n - 1] = text;
  return lines.join('\n');
}

/** Line `n` of the sample with its number cells replaced, in order, by `values`. */
function numbered(n: number, values: readonly (number | string)[]): string {
  let k = 0;
  return sample
    .split('\n')
    [n - 1].split('\t')
    .map((cell) => (cell === '0' && k < values.length ? String(values[k++]) : cell))
    .join('\t');
}

describe('parseReportText on the published sample', () => {
  const { figures, deviations } = parseReportText(sample);

  it('reads the title: 姜营, 2023', () => {
    expect(figures.year).toBe(2023);
    expect(figures.bodyName).toBe('姜营');
  });

  it('flags the non-standard header 本年度止件数, and nothing else', () => {
    expect(deviations).toEqual([
      {
        kind: 'label_typo',
        section: 2,
        line: 16,
        expected: '本年废止件数',
        found: '本年度止件数',
        message: '第二部分“第二十条第（一）项”表头“本年度止件数”与国家格式不符，应为“本年废止件数”',
        severity: 'warning',
      },
    ]);
  });

  it('reads every cell the sample prints as 0 as the number 0, none as blank', () => {
    // Lines 17-18, 21, 24-25 and 28 print 0 in each number column of section 二.
    expect(figures.proactive).toEqual({
      regulations: { issued: 0, repealed: 0, in_force: 0 },
      normative_documents: { issued: 0, repealed: 0, in_force: 0 },
      licensing: { decisions: 0 },
      penalty: { decisions: 0 },
      enforcement: { decisions: 0 },
      administrative_fees: { amount: 0 },
    });
    // Lines 35-59: 25 rows of seven 0s; line 66: fifteen 0s.
    for (const row of REQUEST_ROWS) {
      expect(REQUEST_COLUMN_CODES.map((c) => figures.requests[row.code][c])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    }
    expect(Object.values(figures.reviewLitigation).flatMap((r) => Object.values(r))).toEqual(Array(15).fill(0));
    expect(figures.requestGroupTotals).toBeUndefined();
  });

  it('keeps the narrative of sections 一, 五 and 六', () => {
    const { overview, problems, otherMatters, preamble } = figures.narrative!;
    expect(preamble).toBeUndefined();
    expect(overview!.startsWith('(一) 夯实基础，切实强化信息发布管理。')).toBe(true);
    expect(overview!.endsWith('切实全面提升我处政务公开工作水平。')).toBe(true);
    expect(overview!.split('\n\n')).toHaveLength(3);
    expect(problems!.startsWith('1、持续加大主动公开力度。')).toBe(true);
    expect(problems).toContain('存在主要问题:1、信息公开不够规范');
    expect(problems!.endsWith('努力推动政府信息公开工作提质增效。')).toBe(true);
    expect(otherMatters).toBe('无');
  });

  it('puts numbers typed into the sample’s cells into the columns they stand in', () => {
    let text = withLine(17, numbered(17, [3, 1, 12])); // 规章: 制发 废止 现行有效
    text = withLine(28, numbered(28, ['2.5']), text); // 行政事业性收费, 万元
    text = withLine(35, numbered(35, [1, 2, 3, 4, 5, 6, 7]), text); // label spans two cells
    text = withLine(39, numbered(39, [11, 12, 13, 14, 15, 16, 17]), text); // three label cells
    text = withLine(57, numbered(57, [21, 22, 23, 24, 25, 26, 27]), text); // “3. 其他” shifted to the left
    text = withLine(66, numbered(66, [...Array(15).keys()].map((i) => i + 101)), text);
    const read = parseReportText(text).figures;
    expect(read.proactive.regulations).toEqual({ issued: 3, repealed: 1, in_force: 12 });
    expect(read.proactive.administrative_fees.amount).toBe(2.5);
    expect(read.requests.new).toEqual({
      natural_person: 1,
      commercial_enterprise: 2,
      research_institution: 3,
      social_welfare_org: 4,
      legal_service_org: 5,
      other_org: 6,
      total: 7,
    });
    expect(read.requests['withheld.state_secret'].natural_person).toBe(11);
    expect(read.requests['withheld.state_secret'].total).toBe(17);
    expect(read.requests['other.other'].natural_person).toBe(21);
    expect(read.requests['other.other'].total).toBe(27);
    expect(read.requests['other.fee_not_paid'].natural_person).toBe(0);
    expect(read.reviewLitigation.review).toEqual({ upheld: 101, corrected: 102, other: 103, pending: 104, total: 105 });
    expect(read.reviewLitigation.direct_suit.upheld).toBe(106);
    const afterReview = read.reviewLitigation.suit_after_review;
    expect(afterReview).toEqual({ upheld: 111, corrected: 112, other: 113, pending: 114, total: 115 });
  });

  it('reads the same report saved on Windows (CRLF line ends, byte-order mark)', () => {
    const windows = `\uFEFF${sample.replace(/\n/g, '\r\n')}`;
    expect(parseReportText(windows)).toEqual({ figures, deviations });
  });

  it('reads blank cells at the edge of a row as blank, in the right column', () => {
    let text = withLine(35, '一、本年新收政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t');
    text = withLine(59, '四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t\t', text);
    const { figures: read, deviations: found } = parseReportText(text);
    expect(read.requests.new.natural_person).toBeNull();
    expect(read.requests.new.total).toBe(0);
    expect(read.requests.carried_over_to_next_year.natural_person).toBe(0);
    expect(read.requests.carried_over_to_next_year.total).toBeNull();
    const blanks = found.filter((d) => d.kind === 'blank_cell');
    expect(blanks.map((d) => [d.line, d.cell!.row, d.cell!.column])).toEqual([
      [35, 'new', 'natural_person'],
      [59, 'carried_over_to_next_year', 'total'],
    ]);
    expect(blanks[0].message).toBe('第三部分“一、本年新收政府信息公开申请数量”行“自然人”列为空白（空白不等于0，无则应填0）');
  });
});

describe('parseReportText reports deviations it can read past', () => {
  const kinds = (text: string) => parseReportText(text).deviations.map((d) => [d.kind, d.line, d.expected, d.found]);

  it('a renamed column header such as 现行有效件数（历史累计）', () => {
    const text = withLine(16, '信息内容\t本年制发件数\t本年废止件数\t现行有效件数（历史累计）');
    expect(kinds(text)).toEqual([['label_renamed', 16, '现行有效件数', '现行有效件数（历史累计）']]);
    expect(parseReportText(text).figures.proactive.regulations.in_force).toBe(0);
  });

  it('a typo in a row label, matched to the official label', () => {
    const text = withLine(39, '\t(三) 不予公开\t1. 属于国家秘蜜\t0\t0\t0\t0\t0\t0\t0');
    expect(kinds(text).slice(1)).toEqual([['label_typo', 39, '属于国家秘密', '1. 属于国家秘蜜']]);
  });

  it('其它 written for the column 其他', () => {
    const text = withLine(34, '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其它\t\t');
    expect(kinds(text).slice(1)).toEqual([['label_typo', 34, '其他', '其它']]);
  });

  it('（六） printed as one row with no sub-items', () => {
    const lines = sample.split('\n');
    lines.splice(54, 3, '\t(六) 其他处理\t0\t0\t1\t0\t0\t0\t1\t');
    const { figures, deviations } = parseReportText(lines.join('\n'));
    expect(deviations.slice(1)).toEqual([
      expect.objectContaining({ kind: 'collapsed_group', section: 3, line: 55, found: '其他处理' }),
    ]);
    expect(deviations[1].message).toBe('第三部分“其他处理”只印了一行，没有按国家格式分列3个子项');
    expect(figures.requestGroupTotals).toEqual({ other: requestRow(0, 0, 1, 0, 0, 0) });
    expect(figures.requests['other.fee_not_paid'].total).toBeNull();
    expect(figures.requests['total_handled'].total).toBe(0); // (七) still read after the collapsed group
  });

  it('a row left out', () => {
    const lines = sample.split('\n');
    lines.splice(45, 1); // 8. 属于行政查询事项
    const { figures, deviations } = parseReportText(lines.join('\n'));
    expect(deviations.slice(1).map((d) => [d.kind, d.expected])).toEqual([['missing_row', '(三) 不予公开·8. 属于行政查询事项']]);
    expect(figures.requests['withheld.administrative_query'].natural_person).toBeNull();
    expect(figures.requests['unavailable.not_held'].natural_person).toBe(0);
  });

  it('text around the tables and a heading with a slip of the pen', () => {
    let text = withLine(14, '本机关主动公开情况如下表所示。');
    text = withLine(68, '五、存在的主要问题和改进情况', text);
    expect(kinds(text)).toEqual([
      ['label_typo', 68, '五、存在的主要问题及改进情况', '五、存在的主要问题和改进情况'],
      ['unexpected_text', 14, null, '本机关主动公开情况如下表所示。'],
      ['label_typo', 16, '本年废止件数', '本年度止件数'],
    ]);
  });

  it('a title without the body’s name: the year is read from it, the name supplied by the caller', () => {
    const text = withLine(3, '2023年度政府信息公开工作年度报告');
    const { figures, deviations } = parseReportText(text, { bodyName: '姜营' });
    expect(figures).toMatchObject({ year: 2023, bodyName: '姜营' });
    expect(deviations[0]).toMatchObject({ kind: 'missing_title', line: 3, message: '标题没有写明报告机关的名称' });
    expect(parseReportText(text).figures.bodyName).toBe('');
  });
});
