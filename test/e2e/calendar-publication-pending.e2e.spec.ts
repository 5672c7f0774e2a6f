import { CalendarService } from '../../apps/api/src/calendar/calendar.service';
import { CalendarPendingCaseEntity } from '../../libs/persistence/src/entities/calendar-pending-case.entity';
import { calendarBefore, loadYear, movingYear } from '../support/calendar-fixtures';
import { mailText } from '../support/mail-text';
import { act, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';
import { startTestApi, type TestApi } from '../support/test-api';
import { waitFor } from '../support/wait-for';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/*
 * A publication made while Temporal cannot be reached: a second API process on the same database
 * whose Temporal address nobody listens on publishes; the version is in force, the case is
 * recorded as still to be told, and the answer says so. The reachable API's pass (run on every
 * publication and every PENDING_START_INTERVAL; here once, by hand, the interval set out of reach)
 * then tells it: the request records its move and its unit gets the email it did not get.
 */
describe('a publication Temporal does not hear', () => {
  let w: RequestWorld;
  let cut: TestApi | undefined;
  const s = movingYear(today());
  beforeAll(async () => {
    w = await startRequestWorld({ PENDING_START_INTERVAL: '1h' });
    await calendarBefore(w.api, s.year);
  }, 60_000);
  afterAll(async () => {
    await cut?.close();
    await w?.stop();
  });

  it('is in force at once, tells the cases it could not reach on a later pass, and mails their units then', async () => {
    const made = await registerRequest(w, { unitId: w.bureau.id, receivedOn: today() }, w.coordinator.auth);
    expect(made.status).toBe(201);
    const extended = await act(w, made.body.id, 'extension', w.coordinator.auth, { approvedOn: today(), workingDays: s.extensions.a, reason: '需调取历史档案' });
    expect(extended.body).toMatchObject({ dueOn: s.provisional.a, provisional: true });
    const request = extended.body as { id: string; number: string };
    const v = (await loadYear(w.api, s.published.file)).body.version as number;

    cut = await startTestApi({ TEMPORAL_TASK_QUEUE: w.worker.taskQueue, PENDING_START_INTERVAL: '1h' }, { temporalAddress: '127.0.0.1:1', database: w.api.db });
    const published = await cut.http.post(`/calendar/versions/${v}/publish`).set('authorization', cut.adminAuth);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: { version: v, status: 'published', inForce: true }, moves: [], pending: 1 });
    const pending = w.api.db.dataSource.getRepository(CalendarPendingCaseEntity);
    expect(await pending.find()).toMatchObject([{ caseType: 'request', caseId: request.id, version: v, movesMailed: false, attempts: 1 }]);
    await cut.close();
    cut = undefined;
    expect((await w.api.http.get(`/requests/${request.id}`).set('authorization', w.coordinator.auth)).body).toMatchObject({ dueOn: s.provisional.a });

    expect(await w.api.app.get(CalendarService).tellPending()).toBe(0);
    expect(await pending.count()).toBe(0);
    const recount = await waitFor('the request to record its move', async () => {
      const events = (await w.api.http.get(`/requests/${request.id}/events`).set('authorization', w.coordinator.auth)).body as Array<{ type: string; data: Record<string, unknown> }>;
      return events.find((e) => e.type === 'due_recounted');
    }, 30_000);
    expect(recount.data).toMatchObject({ from: s.provisional.a, dueOn: s.published.dates.a, calendarVersion: v });
    const mails = await waitFor('the unit to hear of the move', () => {
      const found = w.sink.received.filter((m) => m.subject.startsWith('【时限调整】'));
      return found.length > 0 && found;
    }, 30_000);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toContain('gkb@zrzy.test.cn');
    expect(mailText(mails[0].raw)).toContain(`${request.number}：依申请公开答复期限 ${s.provisional.a} → ${s.published.dates.a}`);
    // A second pass has nobody left to tell and mails nobody again.
    expect(await w.api.app.get(CalendarService).tellPending()).toBe(0);
  }, 120_000);
});
