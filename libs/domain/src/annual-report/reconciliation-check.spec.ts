import { PreviousReportMismatchError } from './errors';
import { checkReconciliation } from './reconciliation-check';
import { examplePreviousReport, exampleReport, requestRow, withOtherGroupCollapsed } from './report-examples';
import { uniformFigures } from './report-figures';

describe('checkReconciliation', () => {
  it('finds nothing wrong in a report whose numbers add up, this year and across years', () => {
    expect(checkReconciliation(exampleReport())).toEqual([]);
    expect(checkReconciliation(exampleReport(), examplePreviousReport())).toEqual([]);
    expect(checkReconciliation(uniformFigures(2024, '无申请的单位', 0))).toEqual([]);
  });

  it('names the column, cells, expected and found values when 一+二 ≠ 三(七)+四', () => {
    const figures = exampleReport();
    figures.requests.carried_over_to_next_year.natural_person = 2;
    figures.requests.carried_over_to_next_year.total = 2;
    const violations = checkReconciliation(figures);
    expect(violations).toHaveLength(2); // the 自然人 column and the 总计 column
    const [natural] = violations;
    expect(natural).toMatchObject({ rule: 'column_balance', expected: 8, found: 9 });
    expect(natural.message).toBe(
      '“自然人”列：一、本年新收（6）加二、上年结转（2）为8件，（七）总计（7）加四、结转下年度（2）却为9件',
    );
    expect(natural.cells[0]).toEqual({
      section: 3,
      sectionLabel: '三、收到和处理政府信息公开申请情况',
      row: 'total_handled',
      rowLabel: '(七) 总计',
      column: 'natural_person',
      columnLabel: '自然人',
    });
    expect(natural.cells.map((c) => c.row)).toEqual([
      'total_handled',
      'carried_over_to_next_year',
      'new',
      'carried_over_from_last_year',
    ]);
    expect(violations[1]).toMatchObject({ rule: 'column_balance', expected: 13, found: 14 });
    expect(violations[1].cells[0].columnLabel).toBe('总计');
  });

  it('checks (七)总计 against the sum of every leaf of (一) to (六)', () => {
    const figures = exampleReport();
    figures.requests['withheld.state_secret'] = requestRow(0, 0, 0, 0, 1, 0);
    const rules = checkReconciliation(figures).map((v) => [v.rule, v.cells[0].column, v.expected, v.found]);
    expect(rules).toEqual([
      ['results_total', 'legal_service_org', 2, 1],
      ['results_total', 'total', 13, 12],
    ]);
  });

  it('checks the 总计 column against the six applicant columns on every row', () => {
    const figures = exampleReport();
    figures.requests.granted.total = 4;
    const violations = checkReconciliation(figures);
    const applicant = violations.filter((v) => v.rule === 'applicant_total');
    expect(applicant).toHaveLength(1);
    expect(applicant[0]).toMatchObject({ expected: 5, found: 4 });
    expect(applicant[0].message).toBe('“(一) 予以公开”行：总计为4件，自然人及法人或其他组织各列之和却为5件');
    expect(applicant[0].cells).toHaveLength(7);
    // The same cell also breaks the (七) total of the 总计 column.
    expect(violations.map((v) => v.rule)).toEqual(['results_total', 'applicant_total']);
  });

  it('checks each 总计 of section 四 against 维持+纠正+其他+尚未审结', () => {
    const figures = exampleReport();
    figures.reviewLitigation.suit_after_review.pending = 0;
    const [violation] = checkReconciliation(figures);
    expect(violation).toMatchObject({ rule: 'review_litigation_total', expected: 1, found: 2 });
    expect(violation.cells[0]).toMatchObject({
      section: 4,
      row: 'suit_after_review',
      rowLabel: '行政诉讼·复议后起诉',
      columnLabel: '总计',
    });
  });

  it('checks 现行有效件数 against last year plus 制发 minus 废止', () => {
    const lastYear = examplePreviousReport();
    lastYear.proactive.normative_documents.in_force = 36;
    const [violation] = checkReconciliation(exampleReport(), lastYear);
    expect(violation).toMatchObject({ rule: 'in_force', expected: 39, found: 40 });
    expect(violation.message).toBe('“行政规范性文件”：现行有效件数为40件，上年现行有效36件加本年制发5件减本年废止2件应为39件');
    expect(violation.cells[1]).toMatchObject({ year: 2023, row: 'normative_documents', column: 'in_force' });
  });

  it('checks this year’s 上年结转 against last year’s 结转下年度, column by column', () => {
    const lastYear = examplePreviousReport();
    lastYear.requests.carried_over_to_next_year.commercial_enterprise = 0;
    lastYear.requests.carried_over_to_next_year.total = 2;
    const violations = checkReconciliation(exampleReport(), lastYear);
    expect(violations.map((v) => [v.rule, v.cells[0].column, v.expected, v.found])).toEqual([
      ['carry_over', 'commercial_enterprise', 0, 1],
      ['carry_over', 'total', 2, 3],
    ]);
  });

  it('refuses last year’s report of the wrong year', () => {
    expect(() => checkReconciliation(exampleReport(), exampleReport())).toThrow(PreviousReportMismatchError);
    expect(() => checkReconciliation(exampleReport(), exampleReport())).toThrow('应为2023年度');
  });

  it('reports a blank cell as blank and never counts it as 0', () => {
    const figures = exampleReport();
    // With the blank read as 0 every rule would hold: the 其他 column has no 部分公开 otherwise.
    figures.requests.partly_granted.other_org = null;
    figures.requests.partly_granted.total = 1;
    figures.requests.new.other_org = 0;
    figures.requests.new.total = 9;
    figures.requests.total_handled.other_org = 0;
    figures.requests.total_handled.total = 11;
    const violations = checkReconciliation(figures);
    expect(violations[0]).toMatchObject({ rule: 'blank_cell', expected: null, found: null });
    expect(violations[0].message).toContain('第三部分“(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)”行“法人或其他组织·其他”列为空白');
    expect(violations[0].message).toContain('空白不等于0');
    // The rules that read the blank are not evaluated; the others still are.
    expect(violations.map((v) => v.rule)).toEqual(['blank_cell']);
  });

  it('reports blank cells of last year’s report as that year’s', () => {
    const lastYear = examplePreviousReport();
    lastYear.requests.carried_over_to_next_year.research_institution = null;
    const [violation] = checkReconciliation(exampleReport(), lastYear);
    expect(violation.rule).toBe('blank_cell');
    expect(violation.cells[0].year).toBe(2023);
    expect(violation.message).toMatch(/^2023年度报告第三部分/);
  });

  it('reports negative and fractional counts instead of adding them', () => {
    const figures = exampleReport();
    figures.requests.granted.natural_person = -3;
    figures.reviewLitigation.review.upheld = 0.5;
    const violations = checkReconciliation(figures);
    expect(violations.map((v) => [v.rule, v.found])).toEqual([
      ['invalid_value', -3],
      ['invalid_value', 0.5],
    ]);
  });

  it('uses a group printed as one row in place of its missing sub-items', () => {
    const figures = withOtherGroupCollapsed(exampleReport());
    expect(checkReconciliation(figures)).toEqual([]);
    figures.requestGroupTotals!.other!.total = 2;
    expect(checkReconciliation(figures).map((v) => [v.rule, v.cells[0].row])).toEqual([
      ['results_total', 'total_handled'],
      ['applicant_total', 'other'],
    ]);
  });

  it('returns plain JSON', () => {
    const figures = exampleReport();
    figures.requests.new.total = 99;
    const violations = checkReconciliation(figures);
    expect(violations.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(violations))).toEqual(violations);
  });
});
