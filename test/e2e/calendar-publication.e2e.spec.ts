import { Worker } from '@temporalio/worker';
import { requestWorkflowId, taskWorkflowId } from '../../libs/contracts/src/workflow-ids';
import { calendarBefore, loadYear, movingYear } from '../support/calendar-fixtures';
import { mailText } from '../support/mail-text';
import { act, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';
import { waitFor } from '../support/wait-for';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

// The scenario on the real server, on whatever day it runs (movingYear says how the dates are chosen).
describe('publishing a calendar year moves every open deadline', () => {
  let w: RequestWorld;
  const s = movingYear(today());
  beforeAll(async () => {
    w = await startRequestWorld();
    await calendarBefore(w.api, s.year);
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const get = async (path: string) => (await w.api.http.get(path).set('authorization', w.coordinator.auth)).body;
  /**
   * A case's history once its workflow task is done: the API shows a step as soon as the task's
   * local activity wrote it, before the task completes with its markers, and a history cut there
   * would replay the activity (a replayer runs none).
   */
  const history = (workflowId: string) =>
    waitFor(`${workflowId} to finish its workflow task`, async () => {
      const fetched = await w.worker.client.workflow.getHandle(workflowId).fetchHistory();
      const events = fetched.events ?? [];
      const last = (has: (e: (typeof events)[number]) => unknown) => events.findLastIndex((e) => has(e));
      return last((e) => e.workflowTaskCompletedEventAttributes) > last((e) => e.workflowTaskScheduledEventAttributes) ? fetched : undefined;
    });
  const calendarMails = () => w.sink.received.filter((m) => m.subject.startsWith('【时限调整】'));

  it('previews, publishes and corrects the year; the cases record each move and the units hear once each', async () => {
    const registered = async (unitId: string, receivedOn: string, workingDays: number) => {
      const made = await registerRequest(w, { unitId, receivedOn }, w.coordinator.auth);
      expect(made.status).toBe(201);
      const extended = await act(w, made.body.id, 'extension', w.coordinator.auth, { approvedOn: today(), workingDays, reason: '需调取历史档案' });
      expect(extended.status).toBe(200);
      return extended.body as { id: string; number: string; dueOn: string; provisional: boolean };
    };
    const [was, now, then] = [s.provisional, s.published.dates, s.corrected.dates];
    const a = await registered(w.bureau.id, today(), s.extensions.a);
    const b = await registered(w.other.id, today(), s.extensions.b);
    expect([a.dueOn, a.provisional, b.dueOn, b.provisional]).toEqual([was.a, true, was.b, true]);
    const title = `公开${s.year}年部门预算`;
    const created = await w.api.http.post('/tasks').set('authorization', w.coordinator.auth).send({ title, unitId: w.other.id, dueOn: was.task });
    expect(created.status).toBe(201);
    const task = created.body as { id: string };
    expect(await get(`/tasks/${task.id}`)).toMatchObject({ dueOn: was.task, dueProvisional: true });
    await waitFor('the task workflow to record its assignment', async () => (await get(`/tasks/${task.id}/history`)).entries.length === 1);
    const before = await history(taskWorkflowId(task.id));
    // From 1 November the desk warns that next year is missing, counting what the missing year leaves provisional.
    const thisYear = Number(today().slice(0, 4));
    const warnFrom = `${thisYear}-11-01`;
    expect(await get('/calendar/readiness')).toEqual({ nextYear: thisYear + 1, loaded: false, warnFrom, warning: today() >= warnFrom, provisionalDeadlines: 3 });

    // Loaded, then previewed: exactly these three deadlines move, to the dates counted by hand.
    const loaded = await loadYear(w.api, s.published.file);
    expect(loaded.status).toBe(201);
    const v = loaded.body.version as number;
    const impact = await w.api.http.get(`/calendar/versions/${v}/impact`).set('authorization', w.coordinator.auth);
    expect(impact.status).toBe(200);
    const expected = [
      { caseType: 'request', caseId: a.id, unitId: w.bureau.id, caseLabel: a.number, kind: 'request_answer', from: was.a, to: now.a, held: false },
      { caseType: 'request', caseId: b.id, unitId: w.other.id, caseLabel: b.number, kind: 'request_answer', from: was.b, to: now.b, held: false },
      { caseType: 'task', caseId: task.id, unitId: w.other.id, caseLabel: title, kind: 'task_due', from: was.task, to: now.task, held: false },
    ];
    const sorted = <M extends { caseId: string; kind: string }>(moves: M[]) => [...moves].sort((x, y) => (x.caseId + x.kind < y.caseId + y.kind ? -1 : 1));
    expect(sorted(impact.body.moves)).toEqual(sorted(expected));
    // A preview changes nothing.
    expect((await get(`/requests/${a.id}`)).dueOn).toBe(was.a);
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
    const notice = s.published.file.notice;
    expect(await recounted(`/requests/${a.id}/events`, now.a)).toMatchObject({ kind: 'request_answer', from: was.a, calendarVersion: v, notice });
    expect(await recounted(`/requests/${b.id}/events`, now.b)).toMatchObject({ from: was.b, calendarVersion: v });
    expect(await recounted(`/tasks/${task.id}/history`, now.task)).toMatchObject({ kind: 'task_due', from: was.task, calendarVersion: v, notice });
    await waitFor('the requests to show their firm dates', async () => (await get(`/requests/${b.id}`)).dueOn === now.b, 30_000);
    expect(await get(`/requests/${a.id}`)).toMatchObject({ dueOn: now.a, provisional: false });
    expect(await get(`/requests/${b.id}`)).toMatchObject({ dueOn: now.b, provisional: false });
    // The task's timers are re-armed: its due instant is the end of its new day in Beijing.
    await waitFor('the task row to follow', async () => (await get(`/tasks/${task.id}`)).dueOn === now.task, 30_000);
    expect(await get(`/tasks/${task.id}`)).toMatchObject({ dueOn: now.task, dueAt: `${now.task}T16:00:00.000Z`, dueProvisional: false });

    const nextLoaded = s.year > thisYear;
    expect(await get('/calendar/readiness')).toMatchObject({ nextYear: thisYear + 1, loaded: nextLoaded, warning: !nextLoaded && today() >= warnFrom, provisionalDeadlines: 0 });

    // One email per unit, listing its moved deadlines.
    await waitFor('one email to each unit', () => calendarMails().length === 2, 30_000);
    const to = (address: string) => calendarMails().filter((m) => m.to.includes(address));
    expect(to('gkb@zrzy.test.cn')).toHaveLength(1);
    expect(mailText(to('gkb@zrzy.test.cn')[0].raw)).toContain(`${a.number}：依申请公开答复期限 ${was.a} → ${now.a}`);
    expect(to('gkb@scjg.test.cn')).toHaveLength(1);
    expect(mailText(to('gkb@scjg.test.cn')[0].raw)).toContain(`${b.number}：依申请公开答复期限 ${was.b} → ${now.b}`);
    expect(mailText(to('gkb@scjg.test.cn')[0].raw)).toContain(`${title}：任务办理时限 ${was.task} → ${now.task}`);

    // The correction moves them again, under its own version.
    const correction = await loadYear(w.api, s.corrected.file);
    expect(correction.status).toBe(201);
    const c = correction.body.version as number;
    const corrected = await w.api.http.post(`/calendar/versions/${c}/publish`).set('authorization', w.api.adminAuth);
    const dates = (moves: Array<{ caseId: string; kind: string; from: string; to: string }>) => sorted(moves).map((m) => [m.caseId, m.kind, m.from, m.to]);
    expect(dates(corrected.body.moves)).toEqual(
      dates([
        { caseId: a.id, kind: 'request_answer', from: now.a, to: then.a },
        { caseId: b.id, kind: 'request_answer', from: now.b, to: then.b },
        { caseId: task.id, kind: 'task_due', from: now.task, to: then.task },
      ]),
    );
    expect(await recounted(`/tasks/${task.id}/history`, then.task)).toMatchObject({ from: now.task, calendarVersion: c, notice });
    expect(await recounted(`/requests/${a.id}/events`, then.a)).toMatchObject({ from: now.a, calendarVersion: c });
    expect(await recounted(`/requests/${b.id}/events`, then.b)).toMatchObject({ from: now.b, calendarVersion: c });
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
