import { MailMessageEntity } from '../../libs/persistence/src/entities/mail-message.entity';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { storedMail } from '../../libs/mail/src/outbox';
import { readClock } from '../../libs/domain/src/requests/request-rules';
import { createUnit } from '../support/registry-fixtures';
import { act, recordTypes, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';
import { waitFor } from '../support/wait-for';

/* Requests received on fixed past days: their clocks are known whatever day the test runs. */
const dueOf = (receivedOn: string) => readClock([{ type: 'received', date: receivedOn }], { today: shanghaiDate(new Date()), countFrom: 'next_day' }).due!.due;

describe('an information request changed after its registration: transfer (转办) and corrections', () => {
  let w: RequestWorld;
  beforeAll(async () => {
    w = await startRequestWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const listIds = async (auth: string) => {
    const page = await w.api.http.get('/requests').query({ pageSize: 100 }).set('authorization', auth);
    return (page.body.items as Array<{ id: string }>).map((r) => r.id);
  };
  const record = async (id: string) => (await w.api.http.get(`/requests/${id}/events`).set('authorization', w.auditor.auth)).body as Array<{ type: string; data: Record<string, unknown> }>;

  it('a transferred request shows in the new unit\'s list, not the old one\'s, with its due date unchanged', async () => {
    const registered = await registerRequest(w, { receivedOn: '2025-11-10' });
    expect(registered.status).toBe(201);
    const { id, number, dueOn } = registered.body;
    expect(dueOn).toBe(dueOf('2025-11-10'));

    const closedUnit = await createUnit(w.api, '区已撤并单位', { parentId: w.office.id });
    expect((await w.api.http.post(`/units/${closedUnit.id}/deactivate`).set('authorization', w.api.adminAuth).send({})).status).toBeLessThan(300);
    const byContact = await act(w, id, 'transfer', w.contact.auth, { unitId: w.other.id, reason: '不属我局职责' });
    expect(byContact.status).toBe(403);
    for (const unitId of [w.bureau.id, closedUnit.id]) {
      const refused = await act(w, id, 'transfer', w.coordinator.auth, { unitId, reason: '不属我局职责' });
      expect([refused.status, refused.body.code, refused.body.details[0].field]).toEqual([422, 'REQUEST_TRANSFER_INVALID', 'unitId']);
    }
    const noReason = await act(w, id, 'transfer', w.coordinator.auth, { unitId: w.other.id });
    expect([noReason.status, noReason.body.details[0].field]).toEqual([400, 'reason']);
    expect(await recordTypes(w, id)).not.toContain('transferred');

    const moved = await act(w, id, 'transfer', w.coordinator.auth, { unitId: w.other.id, reason: '申请事项属市场监管职责' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ unitId: w.other.id, dueOn, receivedOn: '2025-11-10' });

    expect(await listIds(w.outsider.auth)).toContain(id);
    expect(await listIds(w.contact.auth)).not.toContain(id);
    expect((await w.api.http.get(`/requests/${id}`).set('authorization', w.contact.auth)).status).toBe(403);
    const entry = (await record(id)).find((e) => e.type === 'transferred')!;
    expect(entry.data).toMatchObject({ from: { id: w.bureau.id, name: '区自然资源局' }, to: { id: w.other.id, name: '区市场监管局' }, reason: '申请事项属市场监管职责' });
    const told = await waitFor('the new unit to be told', () => w.sink.received.find((m) => m.subject === `【依申请公开转办】${number} 转由贵单位办理`));
    expect(told.to).toEqual(['gkb@scjg.test.cn']);
    const queued = await w.api.db.dataSource.getRepository(MailMessageEntity).findOneByOrFail({ subject: told.subject });
    expect((await storedMail(w.api.db.dataSource.manager, queued.key))!.text).toContain(`答复期限仍为 ${dueOn}`);
    // The new unit now handles it; the old one may not.
    expect((await act(w, id, 'consultation', w.contact.auth, { party: '某公司', startedOn: '2025-11-20' })).status).toBe(403);
  });

  it('corrects the registration keeping old and new values; the receipt date and requester type only by the office with a reason, the clock following', async () => {
    const registered = await registerRequest(w, { receivedOn: '2025-11-12', requesterName: '张某某' });
    const { id } = registered.body;

    const named = await act(w, id, 'registration', w.contact.auth, { requesterName: '张某', requesterContact: '13900000000', receiptChannel: 'online' });
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({ requesterName: '张某', requesterContact: '13900000000', receiptChannel: 'online', dueOn: dueOf('2025-11-12') });
    const unchanged = await act(w, id, 'registration', w.contact.auth, { requesterName: '张某' });
    expect([unchanged.status, unchanged.body.code]).toEqual([422, 'CORRECTION_UNCHANGED']);
    const badType = await act(w, id, 'registration', w.coordinator.auth, { requesterType: 'martian', reason: '登记有误' });
    expect([badType.status, badType.body.details[0].field]).toEqual([400, 'requesterType']);

    const byContact = await act(w, id, 'registration', w.contact.auth, { receivedOn: '2025-11-07', reason: '登记有误' });
    expect([byContact.status, byContact.body.code, byContact.body.details[0].field]).toEqual([403, 'CORRECTION_NEEDS_OFFICE', 'receivedOn']);
    const noReason = await act(w, id, 'registration', w.coordinator.auth, { receivedOn: '2025-11-07' });
    expect([noReason.status, noReason.body.code, noReason.body.details[0].field]).toEqual([400, 'CORRECTION_NEEDS_REASON', 'reason']);
    const otherYear = await act(w, id, 'registration', w.coordinator.auth, { receivedOn: '2024-12-31', reason: '登记有误' });
    expect([otherYear.status, otherYear.body.code, otherYear.body.details[0].field]).toEqual([422, 'RECEIPT_YEAR_CHANGE', 'receivedOn']);
    const ahead = await act(w, id, 'registration', w.coordinator.auth, { receivedOn: '2099-01-05', reason: '登记有误' });
    expect(ahead.status).toBe(422);

    const newIn2025 = async () => (await w.api.http.get('/annual-reports/2025/figures').set('authorization', w.coordinator.auth)).body.figures.requests.new as Record<string, number>;
    const before = await newIn2025();
    const moved = await act(w, id, 'registration', w.coordinator.auth, { receivedOn: '2025-11-07', requesterType: 'commercial_enterprise', reason: '收件登记时误录' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ receivedOn: '2025-11-07', requesterType: 'commercial_enterprise', dueOn: dueOf('2025-11-07') });
    expect(moved.body.clock.due.due).toBe(dueOf('2025-11-07'));
    const corrections = (await record(id)).filter((e) => e.type === 'registration_corrected');
    expect(corrections.map((e) => e.data)).toEqual([
      {
        changes: [
          { field: 'requesterName', from: '张某某', to: '张某' },
          { field: 'requesterContact', from: '13800000000', to: '13900000000' },
          { field: 'receiptChannel', from: 'in_person', to: 'online' },
        ],
        reason: null,
      },
      {
        changes: [
          { field: 'requesterType', from: 'natural_person', to: 'commercial_enterprise' },
          { field: 'receivedOn', from: '2025-11-12', to: '2025-11-07' },
        ],
        reason: '收件登记时误录',
      },
    ]);
    // The report's columns read the corrected requester type: the request moves from 自然人 to 商业企业 in 2025's 新收.
    const column = await w.api.http.get('/requests').query({ q: '张某', pageSize: 100 }).set('authorization', w.auditor.auth);
    expect(column.body.items.find((r: { id: string }) => r.id === id)).toMatchObject({ requesterType: 'commercial_enterprise', yearReceived: 2025 });
    expect(await newIn2025()).toEqual({ ...before, natural_person: before.natural_person - 1, commercial_enterprise: before.commercial_enterprise + 1 });
  });

  it('refuses to correct or transfer a closed request, and records nothing, and offers neither once it is closed', async () => {
    const { id } = (await registerRequest(w, { receivedOn: '2025-11-14' })).body;
    // What GET /requests/:id offers each person to change, for the console to show: the office more than the unit, an auditor nothing.
    const changesFor = async (auth: string) => (await w.api.http.get(`/requests/${id}`).set('authorization', auth)).body.changes as string[];
    expect(await changesFor(w.contact.auth)).toEqual(['correct']);
    expect(await changesFor(w.coordinator.auth)).toEqual(['transfer', 'correct', 'correctOfficeFields']);
    expect(await changesFor(w.auditor.auth)).toEqual([]);
    const closed = await act(w, id, 'close', w.contact.auth, { outcome: 'granted', answeredOn: '2025-11-20', answerText: '予以公开' });
    expect(closed.status).toBe(200);
    const before = await recordTypes(w, id);
    const receipt = await act(w, id, 'registration', w.coordinator.auth, { receivedOn: '2025-11-13', reason: '登记有误' });
    expect([receipt.status, receipt.body.code]).toEqual([409, 'REQUEST_CLOSED']);
    const transfer = await act(w, id, 'transfer', w.coordinator.auth, { unitId: w.other.id, reason: '转办' });
    expect([transfer.status, transfer.body.code]).toEqual([409, 'REQUEST_CLOSED']);
    expect(await recordTypes(w, id)).toEqual(before);
    expect(await changesFor(w.coordinator.auth)).toEqual([]);
  });
});
