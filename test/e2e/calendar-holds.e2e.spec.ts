import { heldRequest } from '../support/calendar-hold-fixtures';
import { recordTypes, startRequestWorld, type RequestWorld } from '../support/request-fixtures';
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
    const { request, oldDue, newDue, version, notice, published } = await heldRequest(w);
    const id = request.id;
    expect(published.moves).toContainEqual(expect.objectContaining({ caseId: id, kind: 'request_answer', from: oldDue, to: newDue, held: true }));

    const holds = await waitFor('the request to hold its date', async () => {
      const body = await get('/calendar/holds');
      return body.holds.some((h: { caseId: string }) => h.caseId === id) ? body : undefined;
    });
    expect(holds.holds.find((h: { caseId: string }) => h.caseId === id)).toEqual({
      caseType: 'request',
      caseId: id,
      unitId: w.bureau.id,
      caseLabel: request.number,
      version,
      notice,
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
