import type { AnnualReportFigures } from '../../libs/domain/src/annual-report/report-figures';
import { renderReportText } from '../../libs/domain/src/annual-report';
import { exampleReport } from '../../libs/domain/src/annual-report/report-examples';
import { renderReportDocx } from '../../libs/report-io/src';
import { act, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';

/*
 * An office's first year in the system, 2025: its 2024 report was published before, as a
 * file. Imported as 2024's publication, it is what 2025's carry-over is checked against.
 */
describe('earlier years imported from their published report files', () => {
  let w: RequestWorld;

  /** The 2024 example carrying `carried` natural persons' requests into 2025, every rule kept. */
  const report2024 = (carried: number): AnnualReportFigures => {
    const figures = exampleReport();
    const extra = carried - figures.requests.carried_over_to_next_year.natural_person!;
    for (const row of [figures.requests.new, figures.requests.carried_over_to_next_year]) {
      row.natural_person! += extra;
      row.total! += extra;
    }
    return figures;
  };
  const upload = (path: string, content: Buffer, name: string, auth = w.coordinator.auth) =>
    w.api.http.post(`/annual-reports/2024/${path}`).set('authorization', auth).attach('file', content, name);
  const rules2025 = async () => {
    const response = await w.api.http.get('/annual-reports/2025/figures').set('authorization', w.coordinator.auth);
    expect(response.status).toBe(200);
    return { lastYearPublished: response.body.lastYearPublished, rules: (response.body.violations as { rule: string }[]).map((v) => v.rule) };
  };

  beforeAll(async () => {
    w = await startRequestWorld();
    // Received in 2024, answered in 2025: carried over into 2025 by one person.
    const registered = await registerRequest(w, { requesterType: 'natural_person', receivedOn: '2024-12-20', requesterName: '甲' }, w.contact.auth);
    expect(registered.status).toBe(201);
    const closed = await act(w, registered.body.id, 'close', w.contact.auth, { outcome: 'granted', answeredOn: '2025-01-10', answerText: '关于申请甲的答复' });
    expect(closed.status).toBe(200);
  }, 180_000);
  afterAll(async () => {
    await w?.stop();
  });

  it('checks nothing against 2024 before it is imported', async () => {
    expect(await rules2025()).toMatchObject({ lastYearPublished: false });
    expect((await rules2025()).rules).not.toContain('carry_over');
  });

  it('shows what a file would be imported as, and refuses another year’s file or one with an error', async () => {
    const preview = await upload('import/preview', await renderReportDocx(report2024(2)), '2024年报.docx');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ year: 2024, fileName: '2024年报.docx', format: 'docx', importable: true, blockers: [], errors: [] });
    expect(preview.body.figures.requests.carried_over_to_next_year.natural_person).toBe(2);
    expect((await rules2025()).lastYearPublished).toBe(false);

    const other = await upload('import', Buffer.from(renderReportText({ ...report2024(1), year: 2023 })), '2023年报.txt');
    expect([other.status, other.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(other.body.message).toContain('文件是2023年度的报告，不是2024年度的');
    const broken = report2024(1);
    broken.reviewLitigation.review.total = 4;
    const withError = await upload('import', Buffer.from(renderReportText(broken)), '2024年报.txt');
    expect([withError.status, withError.body.code]).toEqual([422, 'REPORT_NOT_RECONCILED']);
    const byContact = await upload('import', Buffer.from(renderReportText(report2024(1))), '2024年报.txt', w.contact.auth);
    expect(byContact.status).toBe(403);
  });

  it('checks 2025’s carry-over against an imported 2024 that disagrees, then one that agrees', async () => {
    const disagreeing = await upload('import', await renderReportDocx(report2024(2)), '2024年报.docx');
    expect(disagreeing.status).toBe(200);
    expect(disagreeing.body).toMatchObject({ locked: true, publication: { version: 1, importedFrom: '2024年报.docx' } });
    const against = await rules2025();
    expect(against.lastYearPublished).toBe(true);
    expect(against.rules.filter((r) => r === 'carry_over')).toEqual(['carry_over', 'carry_over']);
    // In force at the end of 2024 per the file (15 regulations, 40 documents); none are recorded for 2025.
    expect(against.rules.filter((r) => r === 'in_force')).toEqual(['in_force', 'in_force']);
    // The year is published: another import waits for an amendment, as a republication does.
    const again = await upload('import', Buffer.from(renderReportText(report2024(1))), '2024年报.txt');
    expect([again.status, again.body.code]).toEqual([409, 'YEAR_LOCKED']);
    const amendment = await w.api.http.post('/annual-reports/2024/amendments').set('authorization', w.coordinator.auth).send({ reason: '导入的报告结转数有误' });
    expect(amendment.status).toBe(201);

    const agreeing = await upload('import', Buffer.from(renderReportText(report2024(1))), '2024年报.txt');
    expect(agreeing.status).toBe(200);
    expect(agreeing.body.publication).toMatchObject({ version: 2, importedFrom: '2024年报.txt' });
    expect((await rules2025()).rules).not.toContain('carry_over');
  });

  it("imports a unit's own earlier report, against which that unit's next year is checked, and the body's is not", async () => {
    const forUnit = await upload(`import?unitId=${w.other.id}`, Buffer.from(renderReportText(report2024(1))), '市场监管局2024年报.txt');
    expect(forUnit.status).toBe(200);
    expect(forUnit.body).toMatchObject({ unitId: w.other.id, locked: true, publication: { version: 1, importedFrom: '市场监管局2024年报.txt' } });
    // The unit carried nothing into 2025; its imported 2024 says one person's request.
    const unit2025 = await w.api.http.get(`/annual-reports/2025/figures?unitId=${w.other.id}`).set('authorization', w.coordinator.auth);
    expect(unit2025.body.lastYearPublished).toBe(true);
    expect((unit2025.body.violations as { rule: string }[]).filter((v) => v.rule === 'carry_over')).toHaveLength(2);
    expect((await rules2025()).rules).not.toContain('carry_over');
    const states = await w.api.http.get('/annual-reports/2024/units').set('authorization', w.coordinator.auth);
    expect((states.body.units as { unitId: string; state: string }[]).find((u) => u.unitId === w.other.id)?.state).toBe('published');
  });
});
