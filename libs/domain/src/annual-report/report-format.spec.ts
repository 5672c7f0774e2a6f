import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROACTIVE_TABLES } from './proactive-format';
import { REPORT_SECTIONS, sectionHeading } from './report-sections';
import {
  APPLICANT_COLUMN_CODES,
  OUTCOME_CODES,
  OUTCOME_GROUPS,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  isOutcomeCode,
  printedLabel,
} from './request-format';
import { REVIEW_LITIGATION_COLUMNS } from './review-litigation-format';

const sample = readFileSync(join(__dirname, 'testdata', 'annual-report-sample.txt'), 'utf8');
const sampleCells = new Set(sample.split('\n').flatMap((line) => line.split('\t')));

describe('the national format as data', () => {
  it('has the six section headings the sample prints', () => {
    expect(REPORT_SECTIONS.map((s) => sectionHeading(s.number))).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    for (const s of REPORT_SECTIONS) expect(sample).toContain(`\n${sectionHeading(s.number)}\n`);
  });

  it('labels section 三’s rows exactly as the sample prints them', () => {
    const missing = REQUEST_ROWS.map((r) => printedLabel(r.marker, r.label)).filter((label) => !sampleCells.has(label));
    expect(missing).toEqual([]);
    expect(OUTCOME_GROUPS.map((g) => printedLabel(g.marker, g.label)).filter((l) => !sampleCells.has(l))).toEqual([]);
  });

  it('labels section 二’s tables and section 四’s columns as the sample prints them (bar its typo)', () => {
    const labels = PROACTIVE_TABLES.flatMap((t) => [
      t.heading,
      ...t.rows.map((r) => r.label),
      ...t.columns.map((c) => c.label),
    ]);
    expect(labels.filter((l) => !sampleCells.has(l))).toEqual(['本年废止件数']);
    expect(REVIEW_LITIGATION_COLUMNS.map((c) => c.printed).filter((l) => !sampleCells.has(l))).toEqual([]);
  });

  it('has the seven number columns, the six applicant codes first', () => {
    expect(APPLICANT_COLUMN_CODES).toEqual([
      'natural_person',
      'commercial_enterprise',
      'research_institution',
      'social_welfare_org',
      'legal_service_org',
      'other_org',
    ]);
    expect(REQUEST_COLUMNS.map((c) => c.label)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
  });

  it('has 21 closing outcomes: (一), (二), 8 reasons withheld, 3 unavailable, 5 not processed, 3 other', () => {
    expect(OUTCOME_CODES).toHaveLength(21);
    const byGroup = OUTCOME_GROUPS.map((g) => REQUEST_ROWS.filter((r) => r.group === g.code).length);
    expect(byGroup).toEqual([8, 3, 5, 3]);
    expect(REQUEST_ROWS.filter((r) => isOutcomeCode(r.code)).map((r) => r.code)).toEqual([...OUTCOME_CODES]);
    expect(REQUEST_ROWS.map((r) => r.code).filter((c) => !isOutcomeCode(c))).toEqual([
      'new',
      'carried_over_from_last_year',
      'total_handled',
      'carried_over_to_next_year',
    ]);
  });

  it('accepts only a leaf outcome as the outcome of a request', () => {
    expect(isOutcomeCode('withheld.state_secret')).toBe(true);
    expect(isOutcomeCode('other.fee_not_paid')).toBe(true);
    expect(['withheld', 'total_handled', 'new', '', undefined, 3].some(isOutcomeCode)).toBe(false);
  });
});
