import { checkNarrative } from './narrative-counts';
import { checkReconciliation } from './reconciliation-check';
import { factSentences } from './fact-sentences';
import { figuresFromCounts, UncountableRecordError, type ReportCounts } from './figures-from-counts';
import { uniformFigures } from './report-figures';

const proactive = () => uniformFigures(2025, '', 0).proactive;

// 2025 by hand: 3 people and 1 law firm applied this year, 1 person's request came over
// from 2024; people got 2 grants and 1 refusal (third party), the firm 1 partial grant;
// 1 person's request is still open at the year end.
const counts: ReportCounts = {
  requesters: [
    { requesterType: 'natural_person', received: 3, carriedIn: 1, carriedOut: 1 },
    { requesterType: 'legal_service_org', received: 1, carriedIn: 0, carriedOut: 0 },
  ],
  outcomes: [
    { requesterType: 'natural_person', outcome: 'granted', count: 2 },
    { requesterType: 'natural_person', outcome: 'withheld.third_party_rights', count: 1 },
    { requesterType: 'legal_service_org', outcome: 'partly_granted', count: 1 },
  ],
  cases: [
    { kind: 'administrative_review', result: 'upheld', count: 1 },
    { kind: 'administrative_review', result: 'pending', count: 2 },
    { kind: 'litigation_after_review', result: 'corrected', count: 1 },
  ],
};

describe('figuresFromCounts', () => {
  it('places grouped counts in their cells and adds the totals, so the table reconciles', () => {
    const figures = figuresFromCounts(2025, '示例局', counts, proactive());
    expect(figures.requests.new).toMatchObject({ natural_person: 3, legal_service_org: 1, commercial_enterprise: 0, total: 4 });
    expect(figures.requests.carried_over_from_last_year.total).toBe(1);
    expect(figures.requests.granted).toMatchObject({ natural_person: 2, total: 2 });
    expect(figures.requests['withheld.third_party_rights'].natural_person).toBe(1);
    expect(figures.requests.partly_granted.legal_service_org).toBe(1);
    expect(figures.requests.total_handled).toMatchObject({ natural_person: 3, legal_service_org: 1, total: 4 });
    expect(figures.requests.carried_over_to_next_year).toMatchObject({ natural_person: 1, total: 1 });
    expect(figures.reviewLitigation.review).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 2, total: 3 });
    expect(figures.reviewLitigation.suit_after_review).toMatchObject({ corrected: 1, total: 1 });
    expect(figures.reviewLitigation.direct_suit.total).toBe(0);
    expect(checkReconciliation(figures)).toEqual([]);
  });

  it('refuses a record the report has no cell for, rather than leave it out of the totals', () => {
    const stray = { ...counts, outcomes: [{ requesterType: 'natural_person', outcome: 'withheld', count: 1 }] };
    expect(() => figuresFromCounts(2025, '', stray, proactive())).toThrow(UncountableRecordError);
    const stranger = { ...counts, requesters: [{ requesterType: 'government', received: 1, carriedIn: 0, carriedOut: 0 }] };
    expect(() => figuresFromCounts(2025, '', stranger, proactive())).toThrow('申请人类型“government”在年度报告中没有对应的栏目');
  });
});

describe('factSentences', () => {
  it('states the counts in words the narrative check reads, agreeing with the table', () => {
    const figures = figuresFromCounts(2025, '示例局', counts, proactive());
    figures.proactive.normative_documents = { issued: 2, repealed: 1, in_force: 5 };
    const sentences = factSentences(figures);
    expect(sentences[0]).toBe('本年共收到政府信息公开申请4件，上年结转政府信息公开申请1件。');
    expect(sentences[1]).toBe('本年办结4件，其中予以公开2件，部分公开1件，不予公开1件；结转下年度继续办理1件。');
    expect(sentences[2]).toContain('行政规范性文件2部');
    expect(checkNarrative(figures, sentences.join(''))).toEqual([]);
    figures.requests.new.total = 5;
    expect(checkNarrative(figures, sentences.join('')).map((v) => v.expected)).toEqual([5]);
  });
});
