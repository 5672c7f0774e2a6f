import { Worker } from '@temporalio/worker';
import { requestWorkflowId, taskWorkflowId } from '../../libs/contracts/src/workflow-ids';
import { fictional2027, fictional2027Corrected, loadYear, mailText } from '../support/calendar-fixtures';
import { act, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';
import { waitFor } from '../support/wait-for';

/*
 * The scenario on the real server. Receipt days are fixed so the dates can be counted by
 * hand; with the office's extensions both answers run into January 2027, where no notice is
 * shipped, so they are provisional until the test's made-up 2027 is published.
 *
 * Request A, received Friday 2026-11-20: 20 working days to 2026-12-18, extended 20 more. Monday
 * to Friday that is 2027-01-15; on the made-up year (1 to 8 January off, Sunday 10th worked)
 * 2027-01-22; on its correction (1 to 6 January off, no make-up day) 2027-01-21.
 * Request B, received Friday 2026-11-27: to 2026-12-25, extended 10: 2027-01-08, then 2027-01-15,
 * then 2027-01-14. The task due Friday 2027-01-08: a holiday on the made-up year, so Sunday
 * 2027-01-10 (worked); a working day again after the correction, so 2027-01-08.
 */
describe('publishing a calendar year moves every open deadline', () => {
  let w: RequestWorld;
  beforeAll(async () => {
    w = await startRequestWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const get = async (path: string) => (await w.api.http.get(path).set('authorization', w.coordinator.auth)).body;
  const history = async (workflowId: string) => w.worker.client.workflow.getHandle(workflowId).fetchHistory();
  const calendarMails = () => w.sink.received.filter((m) => m.subject.startsWith('【时限调整】'));

  it('previews, publishes and corrects the year; the cases record each move and the units hear once each', async () => {
    const registered = async (unitId: string, receivedOn: string, workingDays: number) => {
      const made = await registerRequest(w, { unitId, receivedOn }, w.coordinator.auth);
      expect(made.status).toBe(201);
      const extended = await act(w, made.body.id, 'extension', w.coordinator.auth, { approvedOn: today(), workingDays, reason: '需调取历史档案' });
      expect(extended.status).toBe(200);
      return extended.body as { id: string; number: string; dueOn: string; provisional: boolean };
    };
    const a = await registered(w.bureau.id, '2026-11-20', 20);
    const b = await registered(w.other.id, '2026-11-27', 10);
    expect([a.dueOn, a.provisional, b.dueOn, b.provisional]).toEqual(['2027-01-15', true, '2027-01-08', true]);
    const created = await w.api.http.post('/tasks').set('authorization', w.coordinator.auth).send({ title: '公开2027年部门预算', unitId: w.other.id, dueOn: '2027-01-08' });
    expect(created.status).toBe(201);
    const task = created.body as { id: string };
    expect(await get(`/tasks/${task.id}`)).toMatchObject({ dueOn: '2027-01-08', dueProvisional: true });
    await waitFor('the task workflow to record its assignment', async () => (await get(`/tasks/${task.id}/history`)).entries.length === 1);
    const before = await history(taskWorkflowId(task.id));
    // From 1 November the desk warns, counting what the missing year leaves provisional.
    expect(await get('/calendar/readiness')).toEqual({ nextYear: 2027, loaded: false, warnFrom: '2026-11-01', warning: true, provisionalDeadlines: 3 });

    // Loaded, then previewed: exactly these three deadlines move, to the dates counted by hand.
    const loaded = await loadYear(w.api, fictional2027());
    expect(loaded.status).toBe(201);
    const v = loaded.body.version as number;
    const impact = await w.api.http.get(`/calendar/versions/${v}/impact`).set('authorization', w.coordinator.auth);
    expect(impact.status).toBe(200);
    const expected = [
      { caseType: 'request', caseId: a.id, unitId: w.bureau.id, caseLabel: a.number, kind: 'request_answer', from: '2027-01-15', to: '2027-01-22', held: false },
      { caseType: 'request', caseId: b.id, unitId: w.other.id, caseLabel: b.number, kind: 'request_answer', from: '2027-01-08', to: '2027-01-15', held: false },
      { caseType: 'task', caseId: task.id, unitId: w.other.id, caseLabel: '公开2027年部门预算', kind: 'task_due', from: '2027-01-08', to: '2027-01-10', held: false },
    ];
    const sorted = <M extends { caseId: string; kind: string }>(moves: M[]) => [...moves].sort((x, y) => (x.caseId + x.kind < y.caseId + y.kind ? -1 : 1));
    expect(sorted(impact.body.moves)).toEqual(sorted(expected));
    // A preview changes nothing.
    expect((await get(`/requests/${a.id}`)).dueOn).toBe('2027-01-15');
    expect((await w.api.http.post(`/calendar/versions/${v}/publish`).set('authorization', w.coordinator.auth)).status).toBe(403);

    const published = await w.api.http.post(`/calendar/versions/${v}/publish`).set('authorization', w.api.adminAuth);
    expect(published.status).toBe(200);
    expect(sorted(published.body.moves)).toEqual(sorted(expected));
    expect(published.body.version).toMatchObject({ version: v, status: 'published', inForce: true });
    expect((await w.api.http.post(`/calendar/versions/${v}/publish`).set('authorization', w.api.adminAuth)).body.code).toBe('CALENDAR_VERSION_PUBLISHED');

    // Each case's own record has the move with the version and notice; the marks are gone.
    const recounted = async (path: string, dueOn: string) => {
      const record = await waitFor(`${path} to record the move to ${dueOn}`, async () => {
        const body = await get(path);
        const entries: Array<{ type?: string; event?: string; data: Record<string, unknown> }> = Array.isArray(body) ? body : body.entries;
        return entries.find((e) => (e.type ?? e.event) === 'due_recounted' && e.data.dueOn === dueOn);
      }, 30_000);
      return record.data;
    };
    expect(await recounted(`/requests/${a.id}/events`, '2027-01-22')).toMatchObject({ kind: 'request_answer', from: '2027-01-15', calendarVersion: v, notice: '测试发明电〔2026〕1号' });
    expect(await recounted(`/requests/${b.id}/events`, '2027-01-15')).toMatchObject({ from: '2027-01-08', calendarVersion: v });
    expect(await recounted(`/tasks/${task.id}/history`, '2027-01-10')).toMatchObject({ kind: 'task_due', from: '2027-01-08', calendarVersion: v, notice: '测试发明电〔2026〕1号' });
    await waitFor('the requests to show their firm dates', async () => (await get(`/requests/${b.id}`)).dueOn === '2027-01-15', 30_000);
    expect(await get(`/requests/${a.id}`)).toMatchObject({ dueOn: '2027-01-22', provisional: false });
    expect(await get(`/requests/${b.id}`)).toMatchObject({ dueOn: '2027-01-15', provisional: false });
    // The task's timers are re-armed: its due instant is the end of Sunday 10 January in Beijing.
    await waitFor('the task row to follow', async () => (await get(`/tasks/${task.id}`)).dueOn === '2027-01-10', 30_000);
    expect(await get(`/tasks/${task.id}`)).toMatchObject({ dueOn: '2027-01-10', dueAt: '2027-01-10T16:00:00.000Z', dueProvisional: false });

    expect(await get('/calendar/readiness')).toMatchObject({ nextYear: 2027, loaded: true, warning: false, provisionalDeadlines: 0 });

    // One email per unit, listing its moved deadlines.
    await waitFor('one email to each unit', () => calendarMails().length === 2, 30_000);
    const to = (address: string) => calendarMails().filter((m) => m.to.includes(address));
    expect(to('gkb@zrzy.test.cn')).toHaveLength(1);
    expect(mailText(to('gkb@zrzy.test.cn')[0].raw)).toContain(`${a.number}：依申请公开答复期限 2027-01-15 → 2027-01-22`);
    expect(to('gkb@scjg.test.cn')).toHaveLength(1);
    expect(mailText(to('gkb@scjg.test.cn')[0].raw)).toContain(`${b.number}：依申请公开答复期限 2027-01-08 → 2027-01-15`);
    expect(mailText(to('gkb@scjg.test.cn')[0].raw)).toContain('公开2027年部门预算：任务办理时限 2027-01-08 → 2027-01-10');

    // The correction moves them again, under its own version.
    const correction = await loadYear(w.api, fictional2027Corrected());
    expect(correction.status).toBe(201);
    const c = correction.body.version as number;
    const corrected = await w.api.http.post(`/calendar/versions/${c}/publish`).set('authorization', w.api.adminAuth);
    const dates = (moves: Array<{ caseId: string; kind: string; from: string; to: string }>) => sorted(moves).map((m) => [m.caseId, m.kind, m.from, m.to]);
    expect(dates(corrected.body.moves)).toEqual(
      dates([
        { caseId: a.id, kind: 'request_answer', from: '2027-01-22', to: '2027-01-21' },
        { caseId: b.id, kind: 'request_answer', from: '2027-01-15', to: '2027-01-14' },
        { caseId: task.id, kind: 'task_due', from: '2027-01-10', to: '2027-01-08' },
      ]),
    );
    expect(await recounted(`/tasks/${task.id}/history`, '2027-01-08')).toMatchObject({ from: '2027-01-10', calendarVersion: c, notice: '测试发明电〔2026〕1号' });
    expect(await recounted(`/requests/${a.id}/events`, '2027-01-21')).toMatchObject({ from: '2027-01-22', calendarVersion: c });
    await waitFor('a second email to each unit', () => calendarMails().length === 4, 30_000);
    // Nothing left to move: the version in force previews as no change.
    expect((await w.api.http.get(`/calendar/versions/${c}/impact`).set('authorization', w.auditor.auth)).body.moves).toEqual([]);

    // The history recorded before the load, and the ones written across both publications, replay.
    const after = [await history(taskWorkflowId(task.id)), await history(requestWorkflowId(a.id)), await history(requestWorkflowId(b.id))];
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories(
      { workflowBundle: { codePath: process.env.TEST_WORKFLOW_BUNDLE! } },
      [before, ...after].map((h, i) => ({ workflowId: `replay-${i}`, history: h })),
    )) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
