import { TaskEvidenceFileEntity } from '../../libs/persistence/src/entities/task-evidence-file.entity';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { act, createTask, historyEvents, startSupervisionWorld, subjectsTo, type SupervisionWorld } from '../support/supervision-fixtures';
import { waitFor } from '../support/wait-for';

/*
 * Day-two changes on the real server, with time limits in seconds as in the deadlines test: a
 * reminder 2s before the limit, an order 2s after it. A new due is given as a limit from now too.
 */
describe('a task changed after it was assigned: cancellation, a new due date, an extension, a transfer', () => {
  let w: SupervisionWorld;
  beforeAll(async () => {
    w = await startSupervisionWorld({ SUPERVISION_REMIND_BEFORE: '2s', SUPERVISION_ORDER_AFTER: '2s', SUPERVISION_ORDER_REPLY: '30s', SUPERVISION_ORDER_LEVEL: '1' });
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const received = (subject: string) => () => w.sink.received.find((m) => m.subject === subject);
  const ordersOf = async (taskId: string) => {
    const orders = await w.api.http.get('/supervision-orders').set('authorization', w.coordinator.auth);
    return orders.body.items.filter((o: { taskId: string }) => o.taskId === taskId);
  };
  /** Yesterday in Shanghai: a due date already past. */
  const yesterday = () => new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
  const entries = async (taskId: string) => {
    const response = await w.api.http.get(`/tasks/${taskId}/history`).set('authorization', w.coordinator.auth);
    return response.body.entries as Array<{ event: string; occurredAt: string; actorName: string; data: Record<string, unknown> }>;
  };

  it('a cancelled task sends nothing more, is closed to every action, and keeps its history', async () => {
    const cancelled = await createTask(w, { title: '公开重复录入的任务', unitId: w.bureau.id, timeLimit: '4s' });
    // The same limit for another unit: its order shows the time has passed for both.
    const control = await createTask(w, { title: '公开对照任务', unitId: w.health.id, timeLimit: '4s' });

    const byUnit = await act(w, cancelled.id, 'cancel', w.bureauContact.auth, { reason: '不想办' });
    expect(byUnit.status).toBe(403);
    const blank = await act(w, cancelled.id, 'cancel', w.coordinator.auth, { reason: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.details).toEqual([expect.objectContaining({ field: 'reason' })]);

    const done = await act(w, cancelled.id, 'cancel', w.coordinator.auth, { reason: '与已交办任务重复' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'cancelled', overdue: false });
    for (const [action, body] of [
      ['cancel', { reason: '再撤一次' }],
      ['due', { timeLimit: '60s', reason: '调整' }],
      ['start', {}],
    ] as const) {
      const again = await act(w, cancelled.id, action, w.coordinator.auth, body);
      expect([again.status, again.body.code]).toEqual([409, 'TASK_CLOSED']);
    }

    await waitFor('the order to the control task', () => w.sink.received.find((m) => m.subject.startsWith('【督办单】') && m.subject.endsWith('公开对照任务')), 30_000);
    expect(subjectsTo(w, 'gkb@jyj.test.cn')).toEqual(['【任务交办】公开重复录入的任务']);
    expect(await ordersOf(cancelled.id)).toEqual([]);
    const history = await entries(cancelled.id);
    expect(history.map((e) => e.event)).toEqual(['assigned', 'cancelled']);
    expect(history[1]).toMatchObject({ actorName: '公开办刘', data: { reason: '与已交办任务重复' } });
    const listed = await w.api.http.get('/tasks').query({ status: 'cancelled' }).set('authorization', w.bureauContact.auth);
    expect(listed.body.items.map((t: { id: string }) => t.id)).toEqual([cancelled.id]);
    expect(await historyEvents(w, control.id)).toContain('order_issued');
  });

  it('an extension approved after a reminder: the next reminder, overdue notice and order come on the new due, once', async () => {
    const task = await createTask(w, { title: '公开财政预决算', unitId: w.bureau.id, timeLimit: '8s' });
    await waitFor('the first reminder', received('【任务提醒】公开财政预决算'), 15_000);

    const foreign = await act(w, task.id, 'extension', w.healthContact.auth, { timeLimit: '8s', reason: '需要更多时间' });
    expect([foreign.status, foreign.body.code]).toEqual([403, 'UNIT_SCOPE']);
    const shorter = await act(w, task.id, 'extension', w.bureauContact.auth, { timeLimit: '1s', reason: '需要更多时间' });
    expect([shorter.status, shorter.body.code]).toEqual([422, 'TASK_DUE_INVALID']);
    expect(shorter.body.details).toEqual([expect.objectContaining({ field: 'dueOn' })]);
    const past = await act(w, task.id, 'extension', w.bureauContact.auth, { dueOn: yesterday(), reason: '需要更多时间' });
    expect([past.status, past.body.code, past.body.details[0].field]).toEqual([422, 'TASK_DUE_INVALID', 'dueOn']);
    expect(past.body.message).toContain('已过');
    const both = await act(w, task.id, 'extension', w.bureauContact.auth, { dueOn: '2026-12-31', timeLimit: '8s', reason: '需要更多时间' });
    expect([both.status, both.body.details[0].field]).toEqual([400, 'dueOn']);
    const nothingPending = await act(w, task.id, 'extension/decision', w.coordinator.auth, { approve: true, reason: '同意' });
    expect([nothingPending.status, nothingPending.body.code]).toEqual([409, 'TASK_EXTENSION_NOT_PENDING']);

    const byOffice = await act(w, task.id, 'extension', w.coordinator.auth, { timeLimit: '6s', reason: '代为申请' });
    expect([byOffice.status, byOffice.body.code]).toEqual([403, 'FORBIDDEN']);
    // Evidence for the request (optional), stored as a submission's: a link and a file.
    const notice = { filename: '局务会通知.png', mediaType: 'image/png', contentBase64: Buffer.from('notice bytes').toString('base64') };
    const asked = await act(w, task.id, 'extension', w.bureauContact.auth, { timeLimit: '6s', reason: '需经局务会审议', links: ['https://jyj.test.cn/jwh.html'], files: [notice] });
    expect(asked.status).toBe(200);
    const request = asked.body.entries.find((e: { event: string }) => e.event === 'extension_requested');
    expect(request.data).toMatchObject({ reason: '需经局务会审议', links: ['https://jyj.test.cn/jwh.html'], fileIds: [expect.any(String)] });
    // The task as each of them reads it says what waits and what they may do about it.
    const seen = async (auth: string) => (await w.api.http.get(`/tasks/${task.id}`).set('authorization', auth)).body;
    const toOffice = await seen(w.coordinator.auth);
    expect(toOffice.pendingExtension).toMatchObject({
      reason: '需经局务会审议',
      requestedBy: '教育局小王',
      evidence: { links: ['https://jyj.test.cn/jwh.html'], files: [{ id: request.data.fileIds[0], filename: '局务会通知.png', sizeBytes: 12 }] },
    });
    // The request's evidence is not the task's submission, and the office downloads it as any evidence file.
    expect(toOffice.evidence).toEqual({ note: null, links: [], files: [] });
    const file = await w.api.http.get(`/tasks/${task.id}/evidence/${request.data.fileIds[0]}`).set('authorization', w.coordinator.auth);
    expect([file.status, file.body.toString()]).toEqual([200, 'notice bytes']);
    expect(toOffice.actions).toEqual(expect.arrayContaining(['decideExtension', 'changeDue', 'transfer', 'cancel']));
    expect((await seen(w.bureauContact.auth)).actions).toEqual(['start', 'submit', 'progress']);
    const twice = await act(w, task.id, 'extension', w.bureauContact.auth, { timeLimit: '9s', reason: '再延一次', files: [notice] });
    expect([twice.status, twice.body.code]).toEqual([409, 'TASK_EXTENSION_PENDING']);
    // A refused request keeps none of its files.
    expect(await w.api.db.dataSource.getRepository(TaskEvidenceFileEntity).countBy({ taskId: task.id })).toBe(1);
    // The unit never decides its own request, even one of its people who is a coordinator too.
    const selfApproved = await act(w, task.id, 'extension/decision', w.bureauContact.auth, { approve: true, reason: '同意' });
    expect([selfApproved.status, selfApproved.body.code]).toEqual([403, 'TASK_EXTENSION_NEEDS_OFFICE']);
    const officeAndUnit = await createPersonAndLogin(w.api, { name: '教育局兼公开办', email: 'both@jyj.test.cn', roles: ['coordinator', 'unit_contact'], unitId: w.bureau.id });
    const ownUnit = await act(w, task.id, 'extension/decision', officeAndUnit.auth, { approve: true, reason: '同意' });
    expect([ownUnit.status, ownUnit.body.code]).toEqual([403, 'TASK_EXTENSION_NEEDS_OFFICE']);
    expect((await seen(officeAndUnit.auth)).actions).not.toContain('decideExtension');
    expect((await seen(w.coordinator.auth)).pendingExtension).toMatchObject({ reason: '需经局务会审议' });
    const approved = await act(w, task.id, 'extension/decision', w.coordinator.auth, { approve: true, reason: '理由充分，同意延期' });
    expect(approved.status).toBe(200);
    expect((await seen(w.coordinator.auth)).pendingExtension).toBeNull();
    const newDueAt = Date.parse(approved.body.dueAt);
    expect(newDueAt).toBeGreaterThan(Date.parse((await w.api.http.get(`/tasks/${task.id}`).set('authorization', w.coordinator.auth)).body.createdAt) + 8_000);

    await waitFor('the order on the new due', () => w.sink.received.find((m) => m.subject.startsWith('【督办单】') && m.subject.endsWith('公开财政预决算')), 30_000);
    const number = (await ordersOf(task.id))[0].number;
    expect(subjectsTo(w, 'gkb@jyj.test.cn').filter((s) => s.endsWith('公开财政预决算') || s.includes('公开财政预决算（'))).toEqual([
      '【任务交办】公开财政预决算',
      '【任务提醒】公开财政预决算',
      '【延期同意】公开财政预决算',
      '【任务提醒】公开财政预决算',
      '【任务提醒】公开财政预决算（今日到期）',
      '【任务逾期】公开财政预决算',
      `【督办单】${number} 公开财政预决算`,
    ]);
    const history = await entries(task.id);
    expect(history.map((e) => e.event)).toEqual(['assigned', 'reminder_sent', 'extension_requested', 'extension_approved', 'reminder_sent', 'reminder_sent', 'overdue', 'order_issued']);
    expect(history[3].data).toMatchObject({ reason: '理由充分，同意延期' });
    const overdue = history.find((e) => e.event === 'overdue')!;
    expect(Date.parse(overdue.occurredAt)).toBeGreaterThanOrEqual(newDueAt);
    expect(await ordersOf(task.id)).toHaveLength(1);
  });

  it('a refused extension leaves the due date; a coordinator moves it, and an order already issued stays on record', async () => {
    const task = await createTask(w, { title: '公开行政处罚结果', unitId: w.health.id, timeLimit: '5s' });
    const asked = await act(w, task.id, 'extension', w.healthContact.auth, { timeLimit: '30s', reason: '人手不足' });
    expect(asked.status).toBe(200);
    const refused = await act(w, task.id, 'extension/decision', w.coordinator.auth, { approve: false, reason: '理由不充分' });
    expect(refused.status).toBe(200);
    expect(refused.body.dueAt).toBe(task.dueAt);

    const [first] = await waitFor('the first order', async () => {
      const orders = await ordersOf(task.id);
      return orders.length > 0 && orders;
    }, 30_000);
    await w.api.http.post(`/supervision-orders/${first.id}/reply`).set('authorization', w.healthContact.auth).send({ text: '正在办理' }).expect(200);

    const past = await act(w, task.id, 'due', w.coordinator.auth, { dueOn: yesterday(), reason: '更正' });
    expect([past.status, past.body.code, past.body.details[0].field]).toEqual([422, 'TASK_DUE_INVALID', 'dueOn']);
    const byUnit = await act(w, task.id, 'due', w.healthContact.auth, { timeLimit: '5s', reason: '自行调整' });
    expect(byUnit.status).toBe(403);
    const moved = await act(w, task.id, 'due', w.coordinator.auth, { timeLimit: '5s', reason: '上级调整了完成时限' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ overdue: false });

    const second = await waitFor('the order on the new due', async () => {
      const orders = await ordersOf(task.id);
      return orders.length === 2 && orders.find((o: { id: string }) => o.id !== first.id);
    }, 30_000);
    expect((await ordersOf(task.id)).find((o: { id: string }) => o.id === first.id)).toMatchObject({ status: 'replied', number: first.number });
    expect(second.number).not.toBe(first.number);
    await waitFor('the second order mail', received(`【督办单】${second.number} 公开行政处罚结果`), 10_000);
    expect(subjectsTo(w, 'gkb@wjw.test.cn').filter((s) => s.includes('公开行政处罚结果'))).toEqual([
      '【任务交办】公开行政处罚结果',
      '【延期不同意】公开行政处罚结果',
      '【任务提醒】公开行政处罚结果',
      '【任务提醒】公开行政处罚结果（今日到期）',
      '【任务逾期】公开行政处罚结果',
      `【督办单】${first.number} 公开行政处罚结果`,
      '【时限调整】公开行政处罚结果',
      '【任务提醒】公开行政处罚结果',
      '【任务提醒】公开行政处罚结果（今日到期）',
      '【任务逾期】公开行政处罚结果',
      `【督办单】${second.number} 公开行政处罚结果`,
    ]);
    expect(await historyEvents(w, task.id)).toEqual([
      'assigned',
      'extension_requested',
      'extension_refused',
      'reminder_sent',
      'reminder_sent',
      'overdue',
      'order_issued',
      'order_replied',
      'due_changed',
      'reminder_sent',
      'reminder_sent',
      'overdue',
      'order_issued',
    ]);
  });

  it('a transferred task goes to the new unit, which is told and urged on the same due; the old unit no longer sees it', async () => {
    const task = await createTask(w, { title: '公开教育收费标准', unitId: w.bureau.id, timeLimit: '6s' });
    const closed = await createUnit(w.api, '区已撤并单位', { parentId: w.office.id });
    const deactivated = await w.api.http.post(`/units/${closed.id}/deactivate`).set('authorization', w.api.adminAuth).send({});
    expect(deactivated.status).toBeLessThan(300);

    const byUnit = await act(w, task.id, 'transfer', w.bureauContact.auth, { unitId: w.health.id, reason: '不归我局' });
    expect(byUnit.status).toBe(403);
    for (const unitId of [w.bureau.id, closed.id]) {
      const refused = await act(w, task.id, 'transfer', w.coordinator.auth, { unitId, reason: '转办' });
      expect([refused.status, refused.body.code, refused.body.details[0].field]).toEqual([422, 'TASK_TRANSFER_INVALID', 'unitId']);
    }
    const moved = await act(w, task.id, 'transfer', w.coordinator.auth, { unitId: w.health.id, reason: '收费标准由卫健委主管' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ unitId: w.health.id, ownerId: null, dueAt: task.dueAt });

    const hidden = await w.api.http.get(`/tasks/${task.id}`).set('authorization', w.bureauContact.auth);
    expect([hidden.status, hidden.body.code]).toEqual([403, 'UNIT_SCOPE']);
    const listOf = async (auth: string) => (await w.api.http.get('/tasks').query({ q: '公开教育收费标准' }).set('authorization', auth)).body.items.map((t: { id: string }) => t.id);
    expect(await listOf(w.bureauContact.auth)).toEqual([]);
    expect(await listOf(w.healthContact.auth)).toEqual([task.id]);

    await waitFor('the overdue notice to the new unit', received('【任务逾期】公开教育收费标准'), 20_000);
    expect(subjectsTo(w, 'gkb@jyj.test.cn').filter((s) => s.includes('公开教育收费标准'))).toEqual(['【任务交办】公开教育收费标准']);
    expect(subjectsTo(w, 'gkb@wjw.test.cn').filter((s) => s.includes('公开教育收费标准'))).toEqual([
      '【任务转办】公开教育收费标准',
      '【任务提醒】公开教育收费标准',
      '【任务提醒】公开教育收费标准（今日到期）',
      '【任务逾期】公开教育收费标准',
    ]);
    const history = await entries(task.id);
    expect(history.slice(0, 5).map((e) => e.event)).toEqual(['assigned', 'transferred', 'reminder_sent', 'reminder_sent', 'overdue']);
    expect(history[0].data).toMatchObject({ unitId: w.bureau.id });
    expect(history[1].data).toMatchObject({ fromUnitId: w.bureau.id, unitId: w.health.id, unitName: '区卫健委', reason: '收费标准由卫健委主管' });
    const submitted = await act(w, task.id, 'submit', w.healthContact.auth, { links: ['https://www.example.gov.cn/sf.html'] });
    expect(submitted.status).toBe(200);
  });
  it('a verified task refuses a new due, an extension request and a transfer, and nothing changes', async () => {
    const task = await createTask(w, { title: '公开教师招聘公告', unitId: w.bureau.id, timeLimit: '60s' });
    expect((await act(w, task.id, 'submit', w.bureauContact.auth, { links: ['https://www.example.gov.cn/zp.html'] })).status).toBe(200);
    expect((await act(w, task.id, 'verify', w.coordinator.auth)).status).toBe(200);
    const read = async () => (await w.api.http.get(`/tasks/${task.id}`).set('authorization', w.coordinator.auth)).body;
    const before = await read();
    for (const [action, auth, body] of [
      ['due', w.coordinator.auth, { timeLimit: '90s', reason: '调整' }],
      ['extension', w.bureauContact.auth, { timeLimit: '90s', reason: '需要更多时间' }],
      ['transfer', w.coordinator.auth, { unitId: w.health.id, reason: '转办' }],
    ] as const) {
      const refused = await act(w, task.id, action, auth, body);
      expect([action, refused.status, refused.body.code]).toEqual([action, 409, 'TASK_CLOSED']);
    }
    const after = await read();
    expect(after).toMatchObject({ status: 'verified', dueAt: task.dueAt, unitId: w.bureau.id, updatedAt: before.updatedAt, pendingExtension: null, actions: [] });
    expect(await historyEvents(w, task.id)).toEqual(['assigned', 'submitted', 'verified']);
  });

  it('a task cancelled through its workflow is left out of the next circular, beside those of the same quarter left open', async () => {
    // Due in 2025 Q1, a quarter ended whatever day the test runs: all are overdue from the start.
    for (const title of ['公开2025年一季度招生计划', '公开2025年一季度收费目录', '公开2025年一季度资助名单']) {
      await createTask(w, { title, unitId: w.bureau.id, dueOn: '2025-03-14' });
    }
    const cancelled = await createTask(w, { title: '公开2025年一季度误录任务', unitId: w.bureau.id, dueOn: '2025-02-10' });
    expect((await act(w, cancelled.id, 'cancel', w.coordinator.auth, { reason: '录入错误' })).status).toBe(200);
    expect(await historyEvents(w, cancelled.id)).toContain('cancelled');

    const q1 = await w.api.http.post('/circulars/2025/1').set('authorization', w.coordinator.auth);
    expect(q1.status).toBe(200);
    const row = q1.body.circular.rows.find((r: { unitId: string }) => r.unitId === w.bureau.id);
    // The three open tasks only, each due 14 March and overdue 17–21, 24–28 and 31 March: 11 working days.
    expect(row).toMatchObject({ tasksDue: 3, onTimeCompletion: 0, overdueTasks: 3, overdueWorkingDays: 33 });
  });
});
