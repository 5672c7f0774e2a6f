import { BUNDLED_CALENDAR_YEARS } from '../../libs/domain/src/calendar/data';
import { calendarBefore, fictionalYear, loadYear, nthWorkedDayAfter, workedOn, type YearRules } from '../support/calendar-fixtures';
import { decide, register, startSignOffWorld, type SignOffWorld } from '../support/signoff-fixtures';
import { waitFor } from '../support/wait-for';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/*
 * The deadline kinds beside a request's answer and a task's due, each previewed and published:
 * a document's level and publication deadlines, a supervision order's reply, a request's
 * correction notice. The made-up year's one holiday is the first working day after today, so
 * every deadline counted from today moves a working day later. The year is the one that day
 * falls in; the office's database holds the shipped notices before it only. Dates are counted
 * here, by the test's own loop.
 */
describe('a published year moves every kind of open deadline', () => {
  let w: SignOffWorld;
  const shipped = new Map<number, YearRules>(BUNDLED_CALENDAR_YEARS.map((y) => [y.year, y]));
  const on = today();
  const thisYear = Number(on.slice(0, 4));
  const year = [thisYear, thisYear + 1].find((y) => nthWorkedDayAfter(on, 1, workedOn(new Map([...shipped].filter(([k]) => k < y)))).startsWith(`${y}-`))!;
  const known = new Map([...shipped].filter(([k]) => k < year));
  const worked = workedOn(known);
  const holiday = nthWorkedDayAfter(on, 1, worked);
  const under = workedOn(new Map(known).set(year, { holidays: [{ from: holiday, to: holiday }], makeupWorkdays: [] }));
  /** The `n`th working day after today, before the year is published and under it. */
  const moved = (n: number) => ({ from: nthWorkedDayAfter(on, n, worked), to: nthWorkedDayAfter(on, n, under) });

  beforeAll(async () => {
    w = await startSignOffWorld({ SUPERVISION_REMIND_BEFORE: '1s', SUPERVISION_ORDER_AFTER: '1s' });
    await calendarBefore(w.api, year);
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  it('previews and publishes the level and publication deadlines, the order reply and the correction notice, at the dates counted by hand', async () => {
    const get = async (path: string) => (await w.api.http.get(path).set('authorization', w.coordinator.auth)).body;
    // In review: its first level is due 3 working days from today (the bureau's settings).
    const inReview = (await register(w, { title: '区教育局学区划分方案（草案）', attribute: 'proactive' })).body as { id: string };
    expect((await decide(w, inReview.id, 'submit', w.drafter.auth)).status).toBe(200);
    // Signed today: to be published within 20 working days.
    const signed = (await register(w, { title: '区教育局招生工作实施办法', attribute: 'proactive' })).body as { id: string };
    await decide(w, signed.id, 'submit', w.drafter.auth);
    for (const signer of [w.s1, w.s2, w.s3]) await decide(w, signed.id, 'approve', signer.auth, { comment: '同意' });
    expect((await get(`/documents/${signed.id}`)).status).toBe('awaiting_publication');
    // Received today: the correction notice may go out within 7 working days, the answer within 20.
    const received = await w.api.http.post('/requests').set('authorization', w.drafter.auth).send({
      unitId: w.bureau.id,
      requesterType: 'natural_person',
      requesterName: '张某',
      requesterContact: '13800000000',
      receiptChannel: 'in_person',
      content: '申请公开学区划分的依据',
      receivedOn: on,
    });
    expect(received.status).toBe(201);
    const request = received.body as { id: string };
    // A task out of time within seconds: its supervision order is issued today, the reply due in working days by its level.
    const created = await w.api.http.post('/tasks').set('authorization', w.coordinator.auth).send({ title: '公开学区划分结果', unitId: w.bureau.id, timeLimit: '2s' });
    expect(created.status).toBe(201);
    const task = created.body as { id: string };
    const order = await waitFor('the supervision order', async () => (await get('/supervision-orders')).items.find((o: { taskId: string }) => o.taskId === task.id), 30_000);
    const replyDays = { 1: 5, 2: 3, 3: 1 }[order.level as 1 | 2 | 3];
    expect(order.replyDueAt).toBe(`${moved(replyDays).from}T16:00:00.000Z`);

    const loaded = await loadYear(w.api, fictionalYear(year, `测试发明电〔${year - 1}〕1号`, { holidays: [{ from: holiday, to: holiday }], makeupWorkdays: [] }));
    expect(loaded.status).toBe(201);
    const v = loaded.body.version as number;
    const expected = [
      { caseType: 'document', caseId: inReview.id, kind: 'document_level', ...moved(3), held: false },
      { caseType: 'document', caseId: signed.id, kind: 'document_publication', ...moved(20), held: false },
      { caseType: 'task', caseId: task.id, kind: 'order_reply', ...moved(replyDays), held: false },
      { caseType: 'request', caseId: request.id, kind: 'request_answer', ...moved(20), held: false },
      { caseType: 'request', caseId: request.id, kind: 'request_correction_notice', ...moved(7), held: false },
    ];
    const sorted = <M extends { caseId: string; kind: string }>(moves: M[]) => [...moves].sort((x, y) => (x.caseId + x.kind < y.caseId + y.kind ? -1 : 1));
    const shown = (moves: Array<Record<string, unknown>>) => sorted(moves.map(({ caseType, caseId, kind, from, to, held }) => ({ caseType, caseId, kind, from, to, held }) as { caseId: string; kind: string }));
    const impact = await w.api.http.get(`/calendar/versions/${v}/impact`).set('authorization', w.coordinator.auth);
    expect(impact.status).toBe(200);
    expect(shown(impact.body.moves)).toEqual(sorted(expected));

    const published = await w.api.http.post(`/calendar/versions/${v}/publish`).set('authorization', w.api.adminAuth);
    expect(published.status).toBe(200);
    expect(shown(published.body.moves)).toEqual(sorted(expected));
    // The cases' own records follow: the reads show the new dates.
    await waitFor('the reads to follow the published year', async () => {
      const [doc, pub, req, ord] = [await get(`/documents/${inReview.id}`), await get(`/documents/${signed.id}`), await get(`/requests/${request.id}`), (await get('/supervision-orders')).items.find((o: { id: string }) => o.id === order.id)];
      return doc.levelDueAt?.startsWith(moved(3).to) && pub.publicationDueOn === moved(20).to && req.dueOn === moved(20).to && ord.replyDueAt === `${moved(replyDays).to}T16:00:00.000Z`;
    }, 30_000);
  }, 120_000);
});
