import { readCount } from './chinese-number';
import { checkNarrative, narrativeCounts } from './narrative-counts';
import { checkNarrativeYears } from './narrative-year-check';
import { exampleReport } from './report-examples';

describe('narrativeCounts', () => {
  it('reads the usual summary sentence, in order', () => {
    const text = '2024年，本局共收到政府信息公开申请10件，上年结转3件，办结12件，结转下年度继续办理1件。其中予以公开5件，部分公开2件，不予公开1件。';
    expect(narrativeCounts(text).map((c) => [c.target, c.value])).toEqual([
      ['new', 10],
      ['carried_over_from_last_year', 3],
      ['total_handled', 12],
      ['carried_over_to_next_year', 1],
      ['granted', 5],
      ['partly_granted', 2],
      ['withheld', 1],
    ]);
  });

  it('reads other common wordings, spaces and Chinese numerals', () => {
    expect(narrativeCounts('本年度新收依申请公开申请 4 件').map((c) => [c.target, c.value])).toEqual([['new', 4]]);
    expect(narrativeCounts('全年受理政府信息公开申请十二件，已办结十二件，结转0件。').map((c) => [c.target, c.value])).toEqual([
      ['new', 12],
      ['total_handled', 12],
      ['carried_over_to_next_year', 0],
    ]);
    expect(narrativeCounts('本年度未收到政府信息公开申请。')).toEqual([
      { target: 'new', value: 0, phrase: '未收到政府信息公开申请' },
    ]);
  });

  it('leaves alone sentences that do not state one row', () => {
    expect(narrativeCounts('共收到申请12件（含上年结转2件）')).toEqual([
      { target: 'carried_over_from_last_year', value: 2, phrase: '上年结转2件' },
    ]);
    expect(narrativeCounts('截至年底未收到申请人补正材料。')).toEqual([]);
    expect(narrativeCounts('按时办结率100%，办结质量良好。')).toEqual([]);
    expect(narrativeCounts('公开政府信息1200条，发布政策解读15篇。')).toEqual([]);
  });
});

describe('readCount', () => {
  it('reads Arabic digits and Chinese numerals below 1000', () => {
    const written = ['7', '零', '两', '十', '十二', '二十', '二十三', '一百零五', '三百'];
    expect(written.map(readCount)).toEqual([7, 0, 2, 10, 12, 20, 23, 105, 300]);
    expect(['二三', '百', 'x'].map(readCount)).toEqual([null, null, null]);
  });
});

describe('checkNarrative', () => {
  it('agrees with a table that says the same', () => {
    expect(checkNarrative(exampleReport())).toEqual([]);
  });

  it('names the sentence, the table row and both numbers when they differ', () => {
    const figures = exampleReport();
    const violations = checkNarrative(figures, '本年度办结政府信息公开申请13件，不予公开2件。');
    expect(violations.map((v) => [v.rule, v.expected, v.found, v.cells.map((c) => c.row)])).toEqual([
      ['narrative', 12, 13, ['total_handled']],
      ['narrative', 1, 2, OUTCOME_WITHHELD],
    ]);
    expect(violations[0].message).toBe('正文“办结政府信息公开申请13件”所述13件与第三部分表格“(七) 总计”总计12件不一致');
  });
});

const OUTCOME_WITHHELD = [
  'withheld.state_secret',
  'withheld.prohibited_by_law',
  'withheld.security_and_stability',
  'withheld.third_party_rights',
  'withheld.internal_affairs',
  'withheld.process_information',
  'withheld.enforcement_case_file',
  'withheld.administrative_query',
];

describe('checkNarrativeYears', () => {
  it('flags a later year in the account of the report’s year, not plans in section 五', () => {
    const figures = exampleReport();
    expect(checkNarrativeYears(figures)).toEqual([]); // 五 says 2025年将加强培训
    figures.narrative!.overview = '2024年，完成了2025年度的全部督查工作。';
    const found = checkNarrativeYears(figures).map((v) => [v.rule, v.expected, v.found]);
    expect(found).toEqual([['narrative_year', 2024, 2025]]);
  });
});
