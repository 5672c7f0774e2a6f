import { checkReport } from '../../libs/domain/src/annual-report/report-check';
import type { AnnualReportFigures } from '../../libs/domain/src/annual-report/report-figures';
import { readDocxText } from '../../libs/report-io/src';
import { act, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';

/*
 * The annual report generated from requests registered through the API with past receipt
 * dates and closed through their real workflows, then published, locked and amended.
 * Report year 2025; 2024 is last year's report, published first.
 */
const COLUMNS = ['natural_person', 'commercial_enterprise', 'research_institution', 'social_welfare_org', 'legal_service_org', 'other_org'] as const;

/** A row of section 三 written by hand: the six applicant columns, and their sum as 总计. */
function row(...cells: number[]): Record<string, number> {
  const result: Record<string, number> = Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i] ?? 0]));
  result.total = cells.reduce((a, b) => a + b, 0);
  return result;
}

const OUTCOMES = [
  'granted', 'partly_granted', 'withheld.state_secret', 'withheld.prohibited_by_law', 'withheld.security_and_stability',
  'withheld.third_party_rights', 'withheld.internal_affairs', 'withheld.process_information', 'withheld.enforcement_case_file',
  'withheld.administrative_query', 'unavailable.not_held', 'unavailable.needs_creation', 'unavailable.unclear_after_correction',
  'not_processed.petition_or_complaint', 'not_processed.repeated', 'not_processed.publication', 'not_processed.excessive',
  'not_processed.confirm_or_reissue', 'other.correction_not_made', 'other.fee_not_paid', 'other.other',
];

/** Section 三 with every row 0 except those given. */
function table(rows: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  const all = ['new', 'carried_over_from_last_year', ...OUTCOMES, 'total_handled', 'carried_over_to_next_year'];
  return Object.fromEntries(all.map((code) => [code, rows[code] ?? row()]));
}

describe('the annual report generated from the records, its reconciliation gate and its publication lock', () => {
  let w: RequestWorld;
  const ids: Record<string, string> = {};

  const get = (path: string, auth = w.coordinator.auth) => w.api.http.get(path).set('authorization', auth);
  const figures2025 = async (query = '', auth = w.coordinator.auth) => {
    const response = await get(`/annual-reports/2025/figures${query}`, auth);
    expect(response.status).toBe(200);
    return response.body as { figures: AnnualReportFigures; violations: Array<{ rule: string }>; locked: boolean };
  };

  /** Registered for the bureau (or the given unit) and, when an outcome is given, closed with it. */
  async function request(name: string, requesterType: string, receivedOn: string, close?: { outcome: string; answeredOn: string }, unitId?: string) {
    const auth = unitId ? w.coordinator.auth : w.contact.auth;
    const registered = await registerRequest(w, { requesterType, receivedOn, requesterName: name, ...(unitId ? { unitId } : {}) }, auth);
    expect(registered.status).toBe(201);
    ids[name] = registered.body.id;
    if (close) {
      const closed = await act(w, ids[name], 'close', auth, { ...close, answerText: `关于申请${name}的答复` });
      expect([closed.status, closed.body.outcome]).toEqual([200, close.outcome]);
    }
  }

  beforeAll(async () => {
    w = await startRequestWorld();
    // 2024: A from a person, open at the year end; B from a company, answered in 2024.
    await request('A', 'natural_person', '2024-12-20', { outcome: 'granted', answeredOn: '2025-01-10' });
    await request('B', 'commercial_enterprise', '2024-11-05', { outcome: 'partly_granted', answeredOn: '2024-11-20' });
    // 2025: answered in the year, by four kinds of requester and five outcomes.
    await request('C', 'natural_person', '2025-03-03', { outcome: 'granted', answeredOn: '2025-03-20' });
    await request('D', 'natural_person', '2025-04-01', { outcome: 'withheld.third_party_rights', answeredOn: '2025-04-15' });
    await request('E', 'legal_service_org', '2025-05-06', { outcome: 'unavailable.not_held', answeredOn: '2025-05-20' });
    await request('F', 'research_institution', '2025-06-02', { outcome: 'not_processed.repeated', answeredOn: '2025-06-10' });
    await request('I', 'natural_person', '2025-07-01', { outcome: 'other.other', answeredOn: '2025-07-10' }, w.other.id);
    // 2025, open at the year end: G answered in 2026, H still open.
    await request('G', 'natural_person', '2025-12-15', { outcome: 'granted', answeredOn: '2026-01-08' });
    await request('H', 'other_org', '2025-12-22');

    const cases = [
      { kind: 'administrative_review', result: 'upheld', decidedOn: '2025-06-01' },
      { kind: 'administrative_review' },
      { kind: 'litigation_direct', result: 'corrected', decidedOn: '2025-09-01' },
    ];
    for (const [i, c] of cases.entries()) {
      const made = await w.api.http.post('/review-litigation-cases').set('authorization', w.coordinator.auth).send({ year: 2025, relatedRequestId: ids.D, filedOn: '2025-05-01', ...c });
      expect(made.status).toBe(201);
      ids[`case${i}`] = made.body.id;
    }
    const proactive = await w.api.http
      .put('/proactive-figures/2025')
      .set('authorization', w.contact.auth)
      .send({ unitId: w.bureau.id, licensingDecisions: 12, penaltyDecisions: 3, enforcementDecisions: 1, administrativeFeesWan: 1.5 });
    expect(proactive.status).toBe(200);
  }, 180_000);
  afterAll(async () => {
    await w?.stop();
  });

  it('computes sections 二, 三 and 四 of 2025 cell by cell, the carry-over from the dates', async () => {
    const { figures, violations } = await figures2025();
    // By hand, columns 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他:
    // received in 2025 C D G I (people), F, E, H; carried in A (open on 1 January);
    // answered in 2025 A C (granted), D, E, F, I; open on 31 December G and H.
    expect(figures.requests).toEqual(
      table({
        new: row(4, 0, 1, 0, 1, 1),
        carried_over_from_last_year: row(1),
        granted: row(2),
        'withheld.third_party_rights': row(1),
        'unavailable.not_held': row(0, 0, 0, 0, 1),
        'not_processed.repeated': row(0, 0, 1),
        'other.other': row(1),
        total_handled: row(4, 0, 1, 0, 1),
        carried_over_to_next_year: row(1, 0, 0, 0, 0, 1),
      }),
    );
    expect(figures.reviewLitigation).toEqual({
      review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      direct_suit: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      suit_after_review: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    });
    expect(figures.proactive).toEqual({
      regulations: { issued: 0, repealed: 0, in_force: 0 },
      normative_documents: { issued: 0, repealed: 0, in_force: 0 },
      licensing: { decisions: 12 },
      penalty: { decisions: 3 },
      enforcement: { decisions: 1 },
      administrative_fees: { amount: 1.5 },
    });
    expect(violations).toEqual([]);

    // 2024: A and B received, B answered (部分公开), A carried into 2025.
    const last = (await get('/annual-reports/2024/figures')).body.figures as AnnualReportFigures;
    expect(last.requests).toEqual(
      table({ new: row(1, 1), partly_granted: row(0, 1), total_handled: row(0, 1), carried_over_to_next_year: row(1) }),
    );
  });

  it("gives a unit's people their unit's table, without the other unit's request", async () => {
    const bureau = await figures2025('', w.contact.auth);
    expect(bureau.figures.requests.new).toEqual(row(3, 0, 1, 0, 1, 1));
    expect(bureau.figures.requests['other.other']).toEqual(row());
    expect(bureau.figures.requests.total_handled).toEqual(row(3, 0, 1, 0, 1));
    const other = await figures2025(`?unitId=${w.other.id}`);
    expect(other.figures.requests.new).toEqual(row(1));
    const outside = await get(`/annual-reports/2025/figures?unitId=${w.other.id}`, w.contact.auth);
    expect([outside.status, outside.body.code]).toEqual([403, 'UNIT_SCOPE']);
  });

  it('lists the requests and cases behind one cell', async () => {
    const carried = await get('/annual-reports/2025/cells/carried_over_to_next_year/total');
    expect(carried.status).toBe(200);
    expect(carried.body).toMatchObject({ records: 'information_requests', count: 2, cellLabel: '第三部分“四、结转下年度继续办理”行“总计”列' });
    expect(carried.body.ids).toEqual([ids.G, ids.H]);
    const granted = await get('/annual-reports/2025/cells/granted/natural_person');
    expect(granted.body.ids.sort()).toEqual([ids.A, ids.C].sort());
    const carriedIn = await get('/annual-reports/2025/cells/carried_over_from_last_year/natural_person');
    expect(carriedIn.body.ids).toEqual([ids.A]);
    const pending = await get('/annual-reports/2025/cells/review/pending');
    expect(pending.body).toMatchObject({ records: 'review_litigation_cases', ids: [ids.case1] });
    const unknown = await get('/annual-reports/2025/cells/withheld/total');
    expect([unknown.status, unknown.body.details[0].field]).toEqual([400, 'row']);
  });

  it('locks a published year, refuses the export while last year disagrees, and takes an amendment', async () => {
    const byContact = await w.api.http.post('/annual-reports/2024/publish').set('authorization', w.contact.auth);
    expect(byContact.status).toBe(403);
    const published = await w.api.http.post('/annual-reports/2024/publish').set('authorization', w.coordinator.auth);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ locked: true, publication: { version: 1 } });
    expect(published.body.figures.requests.carried_over_to_next_year.total).toBe(1);

    // Each change that would alter the published 2024 figures is refused.
    const late = await registerRequest(w, { receivedOn: '2024-12-28', requesterName: 'J' });
    expect([late.status, late.body.code]).toEqual([409, 'YEAR_LOCKED']);
    const review = await w.api.http.post('/review-litigation-cases').set('authorization', w.coordinator.auth).send({ kind: 'administrative_review', year: 2024 });
    expect([review.status, review.body.code]).toEqual([409, 'YEAR_LOCKED']);
    const proactive = await w.api.http
      .put('/proactive-figures/2024')
      .set('authorization', w.contact.auth)
      .send({ unitId: w.bureau.id, licensingDecisions: 1, penaltyDecisions: 0, enforcementDecisions: 0, administrativeFeesWan: 0 });
    expect([proactive.status, proactive.body.code]).toEqual([409, 'YEAR_LOCKED']);
    const texts = await w.api.http.put('/annual-reports/2024/texts').set('authorization', w.coordinator.auth).send({ overview: '改', problems: '', otherMatters: '无' });
    expect([texts.status, texts.body.code]).toEqual([409, 'YEAR_LOCKED']);
    const again = await w.api.http.post('/annual-reports/2024/publish').set('authorization', w.coordinator.auth);
    expect([again.status, again.body.code]).toEqual([409, 'YEAR_LOCKED']);
    // 2025 is not published: its records still change, and closing G in 2026 never touched 2024.
    expect((await figures2025()).locked).toBe(false);

    const unpublished = await w.api.http.post('/annual-reports/2023/amendments').set('authorization', w.coordinator.auth).send({ reason: '补录遗漏的申请' });
    expect([unpublished.status, unpublished.body.code]).toEqual([409, 'REPORT_NOT_PUBLISHED']);
    const amendment = await w.api.http.post('/annual-reports/2024/amendments').set('authorization', w.coordinator.auth).send({ reason: '补录一件2024年12月28日当面提交、漏登的申请' });
    expect(amendment.status).toBe(201);
    expect(amendment.body).toMatchObject({ year: 2024, fromVersion: 1, toVersion: null, open: true });
    const second = await w.api.http.post('/annual-reports/2024/amendments').set('authorization', w.coordinator.auth).send({ reason: '另一项更正' });
    expect([second.status, second.body.code]).toEqual([409, 'CONFLICT']);

    // Under the amendment the request is registered: 2025's carry-over now differs from the published 2024 report.
    await request('J', 'natural_person', '2024-12-28');
    const { violations } = await figures2025();
    expect(violations.map((v) => v.rule)).toEqual(['carry_over', 'carry_over']);
    const refused = await get('/annual-reports/2025/export?format=txt');
    expect([refused.status, refused.body.code]).toEqual([422, 'REPORT_NOT_RECONCILED']);
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual([
      '2025.section3.carried_over_from_last_year.natural_person',
      '2025.section3.carried_over_from_last_year.total',
    ]);
    expect(refused.body.details[0].reason).toBe(
      '“自然人”列：上年结转为2件，2024年度报告结转下年度继续办理却为1件' +
        '（涉及第三部分“二、上年结转政府信息公开申请数量”行“自然人”列、2024年度报告第三部分“四、结转下年度继续办理”行“自然人”列）',
    );
    const docxRefused = await get('/annual-reports/2025/export?format=docx');
    expect(docxRefused.status).toBe(422);

    // Republished, 2024 states the request; the amendment is closed and the year locked again.
    const republished = await w.api.http.post('/annual-reports/2024/publish').set('authorization', w.coordinator.auth);
    expect(republished.body).toMatchObject({ publication: { version: 2 } });
    expect(republished.body.figures.requests.carried_over_to_next_year).toEqual(row(2));
    const listed = await get('/annual-reports/2024/amendments');
    expect(listed.body).toEqual([expect.objectContaining({ reason: '补录一件2024年12月28日当面提交、漏登的申请', fromVersion: 1, toVersion: 2, open: false })]);
    const locked = await registerRequest(w, { receivedOn: '2024-12-29', requesterName: 'K' });
    expect([locked.status, locked.body.code]).toEqual([409, 'YEAR_LOCKED']);
    expect((await figures2025()).violations).toEqual([]);
  });

  it('suggests the facts as sentences, takes the texts, and exports .docx, HTML and text that pass the checker', async () => {
    const suggestions = await get('/annual-reports/2025/texts/suggestions');
    expect(suggestions.status).toBe(200);
    // With J: 7 received, 2 carried in, 6 answered, 3 open at the year end.
    expect(suggestions.body.sentences).toEqual([
      '本年共收到政府信息公开申请7件，上年结转政府信息公开申请2件。',
      '本年办结6件，其中予以公开2件，部分公开0件，不予公开1件；结转下年度继续办理3件。',
      '本年制发并公开规章0部、行政规范性文件0部，废止规章0部、行政规范性文件0部；年末现行有效规章0部、行政规范性文件0部。',
    ]);
    const body = {
      bodyName: '某某区人民政府办公室',
      // A plan for next year is a warning of the checker, not a reason to hold the report back.
      overview: `坚持先审后发，落实三级审签。${suggestions.body.sentences.join('')}2026年将继续加强培训。`,
      problems: '申请答复的时效仍需提高。下一步将加强培训。',
      otherMatters: '无',
    };
    // A unit's contact writes their own unit's draft, never the body's.
    const byContact = await w.api.http.put('/annual-reports/2025/texts').set('authorization', w.contact.auth).send({ ...body, bodyName: '区自然资源局' });
    expect([byContact.status, byContact.body.unitId]).toEqual([200, w.bureau.id]);
    const saved = await w.api.http.put('/annual-reports/2025/texts').set('authorization', w.coordinator.auth).send(body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ bodyName: '某某区人民政府办公室', otherMatters: '无' });

    const lastYear = (await get('/annual-reports/2024/figures')).body.figures as AnnualReportFigures;
    const txt = await get('/annual-reports/2025/export?format=txt');
    expect(txt.status).toBe(200);
    expect(txt.headers['content-type']).toContain('text/plain');
    expect(txt.text).toContain('某某区人民政府办公室 2025 年政府信息公开工作年度报告');
    const checked = checkReport(txt.text, lastYear);
    expect([checked.deviations, checked.errors, checked.ok]).toEqual([[], 0, true]);
    expect(checked.violations.map((v) => [v.rule, v.found, v.severity])).toEqual([['narrative_year', 2026, 'warning']]);
    expect(checked.figures.requests.carried_over_to_next_year).toEqual(row(2, 0, 0, 0, 0, 1));

    const docx = await get('/annual-reports/2025/export?format=docx').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(docx.status).toBe(200);
    expect(docx.headers['content-disposition']).toContain('report-2025.docx');
    expect(checkReport(await readDocxText(docx.body as Buffer, 'report-2025.docx'), lastYear).ok).toBe(true);
    const html = await get('/annual-reports/2025/export?format=html');
    expect([html.status, html.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    expect(html.text).toContain('三、收到和处理政府信息公开申请情况');
  });

  it('once 2025 is published, refuses an answer dated in 2025 but takes one dated in 2026', async () => {
    const published = await w.api.http.post('/annual-reports/2025/publish').set('authorization', w.coordinator.auth);
    expect(published.status).toBe(200);
    expect((await figures2025()).locked).toBe(true);
    const inYear = await act(w, ids.H, 'close', w.contact.auth, { outcome: 'granted', answeredOn: '2025-12-30', answerText: '予以公开' });
    expect([inYear.status, inYear.body.code]).toEqual([409, 'YEAR_LOCKED']);
    const caseResult = await w.api.http.patch(`/review-litigation-cases/${ids.case1}`).set('authorization', w.coordinator.auth).send({ result: 'upheld', decidedOn: '2026-02-01' });
    expect([caseResult.status, caseResult.body.code]).toEqual([409, 'YEAR_LOCKED']);
    const nextYear = await act(w, ids.H, 'close', w.contact.auth, { outcome: 'granted', answeredOn: '2026-01-05', answerText: '予以公开' });
    expect(nextYear.status).toBe(200);
    expect((await figures2025()).figures.requests.carried_over_to_next_year.total).toBe(3);
  });
});
