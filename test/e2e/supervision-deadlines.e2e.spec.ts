import { createTask, historyEvents, startSupervisionWorld, subjectsTo, type SupervisionWorld } from '../support/supervision-fixtures';
import { waitFor } from '../support/wait-for';

/*
 * Time limits in seconds (a coordinator may give '4h' for an urgent task; tests use '4s'), so the
 * reminders, the overdue notice, the supervision order and its escalation arrive on the real
 * server without waiting days.
 */
describe('a task running late: reminders, overdue, supervision order, escalation', () => {
  let w: SupervisionWorld;
  beforeAll(async () => {
    w = await startSupervisionWorld({ SUPERVISION_REMIND_BEFORE: '2s', SUPERVISION_ORDER_AFTER: '2s', SUPERVISION_ORDER_REPLY: '4s', SUPERVISION_ORDER_LEVEL: '2' });
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const orderOf = async (taskId: string) => {
    const orders = await w.api.http.get('/supervision-orders').set('authorization', w.coordinator.auth);
    return orders.body.items.find((o: { taskId: string }) => o.taskId === taskId);
  };

  it('reminds before and at the limit, marks it overdue, issues an order, and tells the leader when nobody replies', async () => {
    const task = await createTask(w, { title: '公开重大行政决策目录', unitId: w.bureau.id, timeLimit: '4s' });
    const replied = await createTask(w, { title: '公开行政许可事项', unitId: w.health.id, timeLimit: '4s' });

    // The health commission answers its order at once; the education bureau stays silent.
    const order = await waitFor('the order to the health commission', () => orderOf(replied.id), 30_000);
    // The reply is due within seconds: today, in working days, until the instant passes.
    expect(order.replyClock).toEqual({ workingDaysLeft: 0, overdueWorkingDays: 0, overdue: expect.any(Boolean) });
    const byLevel = async (level: string) => (await w.api.http.get(`/supervision-orders?level=${level}`).set('authorization', w.coordinator.auth)).body.items.map((o: { id: string }) => o.id);
    expect(await byLevel('2')).toContain(order.id);
    expect(await byLevel('3')).toEqual([]);
    expect((await w.api.http.get('/supervision-orders?level=4').set('authorization', w.coordinator.auth)).body.details).toEqual([expect.objectContaining({ field: 'level' })]);
    const foreign = await w.api.http.post(`/supervision-orders/${order.id}/reply`).set('authorization', w.bureauContact.auth).send({ text: '不是我们的' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('UNIT_SCOPE');
    const reply = await w.api.http.post(`/supervision-orders/${order.id}/reply`).set('authorization', w.healthContact.auth).send({ text: '已报送，逾期系系统故障' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'replied', replyText: '已报送，逾期系系统故障', level: 2, levelName: '重点', replyClock: null });
    const twice = await w.api.http.post(`/supervision-orders/${order.id}/reply`).set('authorization', w.healthContact.auth).send({ text: '再答一次' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ORDER_NOT_OPEN');

    const escalation = await waitFor('the escalation to the leader', () => w.sink.received.find((m) => m.subject.startsWith('【督办未复】') && m.subject.endsWith('公开重大行政决策目录')), 30_000);
    expect(escalation.to).toEqual(expect.arrayContaining(['juzhang@jyj.test.cn', 'gkb@jyj.test.cn']));
    const number = /^【督办未复】(督〔\d{4}〕第\d+号) /.exec(escalation.subject)![1];
    expect(subjectsTo(w, 'gkb@jyj.test.cn')).toEqual([
      '【任务交办】公开重大行政决策目录',
      '【任务提醒】公开重大行政决策目录',
      '【任务提醒】公开重大行政决策目录（今日到期）',
      '【任务逾期】公开重大行政决策目录',
      `【督办单】${number} 公开重大行政决策目录`,
      `【督办未复】${number} 公开重大行政决策目录`,
    ]);
    expect(subjectsTo(w, 'juzhang@jyj.test.cn')).toEqual([`【督办未复】${number} 公开重大行政决策目录`]);

    expect(await orderOf(task.id)).toMatchObject({ number, status: 'escalated', level: 2, actionDemanded: expect.stringContaining('公开重大行政决策目录') });
    const overdue = await w.api.http.get('/tasks').query({ overdue: true }).set('authorization', w.auditor.auth);
    expect(overdue.body.items.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining([task.id, replied.id]));
    expect(await historyEvents(w, task.id)).toEqual(['assigned', 'reminder_sent', 'reminder_sent', 'overdue', 'order_issued', 'order_escalated']);

    // Past its reply deadline the replied order stays answered: its leader hears nothing.
    await waitFor('the replied order past its deadline', async () => Date.now() > Date.parse((await orderOf(replied.id)).replyDueAt) + 1500 || undefined, 15_000);
    expect(subjectsTo(w, 'zhuren@wjw.test.cn')).toEqual([]);
    expect(await historyEvents(w, replied.id)).toEqual(['assigned', 'reminder_sent', 'reminder_sent', 'overdue', 'order_issued', 'order_replied']);
    // Two orders, numbered in sequence within the year.
    const numbers = [(await orderOf(replied.id)).number, number].map((n: string) => Number(/第(\d+)号/.exec(n)![1])).sort();
    expect(numbers).toEqual([1, 2]);
  });
});
