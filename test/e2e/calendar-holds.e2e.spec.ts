import { BUNDLED_CALENDAR_YEARS } from '../../libs/domain/src/calendar/data';
import { loadYear, nthWorkedDayAfter, plusDays, workedOn, workingDaysAgo, type YearRules } from '../support/calendar-fixtures';
import { recordTypes, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';
import { waitFor } from '../support/wait-for';

/*
 * A correcting notice makes a day of a breached request's answer period a holiday. The request
 * keeps its date (its breach stands) until a coordinator, through the API, moves it to the new
 * calendar; the decision is in the request's record, and the hold leaves the coordinator's list.
 */
describe('a published calendar held back from a case that acted on its deadline', () => {
  let w: RequestWorld;
  beforeAll(async () => {
    w = await startRequestWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const get = async (path: string) => (await w.api.http.get(path).set('authorization', w.coordinator.auth)).body;

  it('lists the held request, refuses a unit and a blank reason, and moves the date on the coordinator’s decision', async () => {
    const shipped = new Map<number, YearRules>(BUNDLED_CALENDAR_YEARS.map((y) => [y.year, y]));
    const receivedOn = workingDaysAgo(25);
    const oldDue = nthWorkedDayAfter(receivedOn, 20, workedOn(shipped));
    const made = await registerRequest(w, { unitId: w.bureau.id, receivedOn }, w.coordinator.auth);
    expect(made.status).toBe(201);
    const id = made.body.id as string;
    await waitFor('the breach to be recorded', async () => (await recordTypes(w, id)).includes('breach_recorded'));
    expect(await get(`/requests/${id}`)).toMatchObject({ dueOn: oldDue });

    // The year of the due day, corrected: that day becomes a holiday, so the answer is due a worked day later.
    const year = Number(oldDue.slice(0, 4));
    const amendment = { notice: `测试更正〔${year}〕1号`, title: `测试用：关于调整${year}年部分节假日安排的通知（虚构）`, published: plusDays(oldDue, -30) };
    const base = BUNDLED_CALENDAR_YEARS.find((y) => y.year === year);
    const holiday = { name: '测试补假', from: oldDue, to: oldDue, amendedBy: amendment.notice };
    const file = base
      ? { ...base, amendments: [...(base.amendments ?? []), amendment], holidays: [...base.holidays, holiday] }
      : { year, notice: amendment.notice, title: amendment.title, published: `${year - 1}-10-15`, holidays: [{ ...holiday, amendedBy: undefined }], makeupWorkdays: [] };
    const rules = new Map(shipped).set(year, { holidays: file.holidays, makeupWorkdays: file.makeupWorkdays });
    const newDue = nthWorkedDayAfter(receivedOn, 20, workedOn(rules));
    const loaded = await loadYear(w.api, JSON.parse(JSON.stringify(file)) as Record<string, unknown>);
    expect(loaded.status).toBe(201);
    const published = await w.api.http.post(`/calendar/versions/${loaded.body.version}/publish`).set('authorization', w.api.adminAuth);
    expect(published.status).toBe(200);
    expect(published.body.moves).toContainEqual(expect.objectContaining({ caseId: id, kind: 'request_answer', from: oldDue, to: newDue, held: true }));

    const holds = await waitFor('the request to hold its date', async () => {
      const body = await get('/calendar/holds');
      return body.holds.some((h: { caseId: string }) => h.caseId === id) ? body : undefined;
    });
    expect(holds.holds.find((h: { caseId: string }) => h.caseId === id)).toEqual({
      caseType: 'request',
      caseId: id,
      unitId: w.bureau.id,
      caseLabel: made.body.number,
      version: loaded.body.version,
      notice: file.notice,
      moves: [{ kind: 'request_answer', from: oldDue, wouldBe: newDue }],
      keptOn: null,
    });
    expect(await get(`/requests/${id}`)).toMatchObject({ dueOn: oldDue });

    const decide = (auth: string, body: Record<string, unknown>) => w.api.http.post(`/calendar/holds/request/${id}`).set('authorization', auth).send(body);
    expect((await decide(w.contact.auth, { decision: 'apply', reason: '按新通知' })).status).toBe(403);
    const blank = await decide(w.coordinator.auth, { decision: 'apply', reason: ' ' });
    expect([blank.status, blank.body.code, blank.body.details?.[0]?.field]).toEqual([422, 'CALENDAR_HOLD_REASON_REQUIRED', 'reason']);
    const wrong = await decide(w.coordinator.auth, { decision: 'later', reason: '再看' });
    expect([wrong.status, wrong.body.details?.[0]?.field]).toEqual([400, 'decision']);
    expect((await w.api.http.post(`/calendar/holds/task/${id}`).set('authorization', w.coordinator.auth).send({ decision: 'apply', reason: '适用' })).status).toBe(404);

    const applied = await decide(w.coordinator.auth, { decision: 'apply', reason: '更正通知对本件同样适用' });
    expect(applied.status).toBe(200);
    expect(applied.body).toEqual({ decision: 'apply', moves: [expect.objectContaining({ caseId: id, kind: 'request_answer', from: oldDue, to: newDue, held: false })] });
    await waitFor('the new due date', async () => (await get(`/requests/${id}`)).dueOn === newDue);
    const types = await recordTypes(w, id);
    expect(types.filter((t: string) => t === 'breach_recorded')).toHaveLength(1);
    expect(types.slice(-2)).toEqual(['calendar_hold_decided', 'due_recounted']);
    expect((await get('/calendar/holds')).holds.some((h: { caseId: string }) => h.caseId === id)).toBe(false);
    const again = await decide(w.coordinator.auth, { decision: 'keep', reason: '维持' });
    expect([again.status, again.body.code]).toEqual([409, 'CALENDAR_HOLD_NONE']);
  }, 120_000);
});
