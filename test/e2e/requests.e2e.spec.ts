import { createHash, randomUUID } from 'node:crypto';
import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { workingDaysBefore } from '../../libs/domain/src/supervision/task-clock';
import { readClock } from '../../libs/domain/src/requests/request-rules';
import { act, recordTypes, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';
import { waitFor } from '../support/wait-for';

/*
 * No test waits for a real day to pass. The Regulations count from the receipt date, which is a
 * fact the clerk enters (art. 31) and may lie in the past: a request received on a chosen past
 * day has its deadlines already near or gone, and the real workflow, on the real server, does
 * at once what it would do on those days — remind, record the breach, close an abandoned request.
 */
const today = () => shanghaiDate(new Date());
const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
const dueFrom = (start: string) => defaultCalendar().addWorkingDays(start, 20, { beyondCoverage: 'provisional' }).due;

describe('information requests through the API, on the real Temporal server', () => {
  let w: RequestWorld;
  beforeAll(async () => {
    w = await startRequestWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const mails = (subjectPart: string) => w.sink.received.filter((m) => m.to.includes('gkb@zrzy.test.cn') && m.subject.includes(subjectPart));
  const read = (id: string, auth = w.auditor.auth) => w.api.http.get(`/requests/${id}`).set('authorization', auth);

  it('counts a request received on Friday 2024-09-27 over National Day to Wednesday 2024-10-30, pauses for a third party, extends once and closes once', async () => {
    // By hand from the 2024 notice (data/2024.json): 28 Sep off; Sun 29 Sep worked (1); 30 Sep (2);
    // 1-7 Oct off; 8-11 Oct (3-6); Sat 12 Oct worked (7); 14-18 (8-12); 21-25 (13-17); 28, 29, 30 Oct (18-20).
    const registered = await registerRequest(w, { receivedOn: '2024-09-27' });
    expect(registered.status).toBe(201);
    const { id, number } = registered.body;
    expect(number).toMatch(/^2024-\d{4}$/);
    expect(registered.body).toMatchObject({ dueOn: '2024-10-30', yearReceived: 2024, unitId: w.bureau.id, countFrom: 'next_day', status: 'overdue', breached: true });
    expect(registered.body.clock.due.counted.slice(0, 3)).toEqual(['2024-09-29', '2024-09-30', '2024-10-08']);
    expect(registered.body.clock.explanation).toContain('自2024-09-27次日起算20个工作日，至2024-10-30（星期三）届满');
    expect(registered.body.clock.explanation).toContain('调休上班日2024-09-29、2024-10-12计入');
    expect(registered.body.calendarVersion).toMatch(/^cn-2020-2026-/);
    expect(registered.body.receiptRule).toBe('当面提交：以提交之日为收到申请之日');
    // Read today, the due date lies far behind: the working days since it are counted, none are left.
    expect(registered.body.dueClock).toMatchObject({ overdue: true, workingDaysLeft: 0 });
    expect(registered.body.dueClock.overdueWorkingDays).toBe(defaultCalendar().workingDaysBetween('2024-10-30', today()));

    // Entered two years late, it is overdue at once: the unit, its leader and the office hear of it.
    await waitFor('the breach to be mailed', () => mails(`【依申请公开超期】${number}`).length === 1);
    expect(mails(`【依申请公开超期】${number}`)[0].to).toEqual(expect.arrayContaining(['juzhang@zrzy.test.cn', 'liu@gov.test.cn']));
    expect(mails(`【依申请公开】新申请 ${number}`)).toHaveLength(1);

    // Art. 32: the third party's 15 working days do not count; while it stays silent, all 15 are paused.
    const consulting = await act(w, id, 'consultation', w.contact.auth, { party: '某某置业有限公司', startedOn: '2024-10-09' });
    expect(consulting.status).toBe(200);
    expect(consulting.body).toMatchObject({ consultationOpen: true, pausedWorkingDays: 15, dueOn: '2024-11-20' });
    const answered = await act(w, id, 'consultation/end', w.contact.auth, { party: '某某置业有限公司', endedOn: '2024-10-15', opinion: '不同意公开' });
    expect(answered.body).toMatchObject({ consultationOpen: false, pausedWorkingDays: 5, dueOn: '2024-11-06' });
    expect(answered.body.clock.explanation).toContain('征求“某某置业有限公司”意见2024-10-09至2024-10-15（意见期限至2024-10-29）不计入5个工作日');

    // Art. 33: one extension, approved by the office.
    const byContact = await act(w, id, 'extension', w.contact.auth, { approvedOn: '2024-10-28', workingDays: 20, reason: '需调取历史档案' });
    expect([byContact.status, byContact.body.code]).toEqual([403, 'EXTENSION_NEEDS_OFFICE_HEAD']);
    const tooLong = await act(w, id, 'extension', w.coordinator.auth, { approvedOn: '2024-10-28', workingDays: 21, reason: '需调取历史档案' });
    expect([tooLong.status, tooLong.body.details[0].field]).toEqual([400, 'workingDays']);
    const extended = await act(w, id, 'extension', w.coordinator.auth, { approvedOn: '2024-10-28', workingDays: 20, reason: '需调取历史档案' });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ dueOn: '2024-12-04', extensionWorkingDays: 20, extensionApprovedOn: '2024-10-28', extensionApprover: '公开办刘' });
    await waitFor('the unit to hear of the extension', () => mails(`【依申请公开延期】${number} 延至 2024-12-04`).length === 1);
    const again = await act(w, id, 'extension', w.coordinator.auth, { approvedOn: '2024-10-29', workingDays: 5, reason: '再次延期' });
    expect([again.status, again.body.code]).toEqual([409, 'SECOND_EXTENSION']);

    const notALeaf = await act(w, id, 'close', w.contact.auth, { outcome: 'withheld', answeredOn: '2024-12-02', answerText: '不予公开' });
    expect([notALeaf.status, notALeaf.body.code, notALeaf.body.details[0].field]).toEqual([400, 'VALIDATION_FAILED', 'outcome']);
    const noAnswer = await act(w, id, 'close', w.contact.auth, { outcome: 'granted', answeredOn: '2024-12-02' });
    expect([noAnswer.status, noAnswer.body.details[0].field]).toEqual([400, 'answerText']);
    const future = await act(w, id, 'close', w.contact.auth, { outcome: 'granted', answeredOn: '2099-01-04', answerText: '予以公开' });
    expect([future.status, future.body.code, future.body.details[0].field]).toEqual([422, 'EVENT_IN_FUTURE', 'answeredOn']);

    const answer = '经查，现将某某地块土地征收补偿安置方案予以公开，详见附件。';
    const closed = await act(w, id, 'close', w.contact.auth, { outcome: 'granted', answeredOn: '2024-12-02', answerText: answer });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'answered',
      outcome: 'granted',
      outcomeRow: '(一) 予以公开',
      answeredOn: '2024-12-02',
      breached: false,
      overdueWorkingDays: 0,
      answerKind: 'text',
      answerSha256: sha256(answer),
      answerText: answer,
      dueClock: null,
    });
    const twice = await act(w, id, 'close', w.contact.auth, { outcome: 'partly_granted', answeredOn: '2024-12-03', answerText: '再答复' });
    expect([twice.status, twice.body.code]).toEqual([409, 'REQUEST_CLOSED']);
    expect((await read(id)).body.answerSha256).toBe(sha256(answer));

    expect(await recordTypes(w, id)).toEqual(['received', 'breach_recorded', 'consultation_started', 'consultation_ended', 'extension_approved', 'answered']);
    const record = (await w.api.http.get(`/requests/${id}/events`).set('authorization', w.contact.auth)).body;
    expect(record[4]).toMatchObject({ label: '批准延长答复期限', date: '2024-10-28', actorId: w.coordinator.id, actorRole: 'coordinator', data: { workingDays: 20, approver: '公开办刘', reason: '需调取历史档案' } });
    expect(record[5]).toMatchObject({ date: '2024-12-02', actorId: w.contact.id, data: { outcome: 'granted', answer: { kind: 'text', sha256: sha256(answer) } } });
  });

  it('refuses a receipt date in the future, an unknown unit, a requester outside the six columns, and people who may not register', async () => {
    const future = await registerRequest(w, { receivedOn: addDays(today(), 1) });
    expect([future.status, future.body.code, future.body.details[0].field]).toEqual([422, 'RECEIPT_IN_FUTURE', 'receivedOn']);
    const noDay = await registerRequest(w, { receivedOn: '2024-02-30' });
    expect([noDay.status, noDay.body.details[0].field]).toEqual([400, 'receivedOn']);
    const unknownUnit = await registerRequest(w, { receivedOn: today(), unitId: randomUUID() }, w.coordinator.auth);
    expect([unknownUnit.status, unknownUnit.body.details[0].field]).toEqual([400, 'unitId']);
    const requester = await registerRequest(w, { receivedOn: today(), requesterType: 'government' });
    expect([requester.status, requester.body.details[0].field]).toEqual([400, 'requesterType']);
    const channel = await registerRequest(w, { receivedOn: today(), receiptChannel: 'pigeon' });
    expect([channel.status, channel.body.details[0].field]).toEqual([400, 'receiptChannel']);
    const auditor = await registerRequest(w, { receivedOn: today() }, w.auditor.auth);
    expect([auditor.status, auditor.body.code]).toEqual([403, 'AUDITOR_READ_ONLY']);
    const elsewhere = await registerRequest(w, { receivedOn: today() }, w.outsider.auth);
    expect([elsewhere.status, elsewhere.body.code]).toEqual([403, 'UNIT_SCOPE']);
    const listed = await w.api.http.get('/requests').query({ pageSize: 500 }).set('authorization', w.auditor.auth);
    expect(listed.body.items.filter((r: { receivedOn: string }) => r.receivedOn > today())).toEqual([]);
  });

  it('stops the clock at the correction notice and restarts the 20 working days from the corrected request', async () => {
    const receivedOn = addDays(today(), -6);
    const { body: request } = await registerRequest(w, { receivedOn, content: '申请公开本区耕地保护情况' });
    expect(request.dueOn).toBe(dueFrom(receivedOn));

    const notice = await act(w, request.id, 'correction-notice', w.contact.auth, { sentOn: addDays(receivedOn, 1), correctionDue: addDays(today(), 10) });
    expect(notice.status).toBe(200);
    expect(notice.body).toMatchObject({ status: 'awaiting_correction', dueOn: null, correctionRequestedOn: addDays(receivedOn, 1), correctionDue: addDays(today(), 10) });
    const second = await act(w, request.id, 'correction-notice', w.contact.auth, { sentOn: today(), correctionDue: addDays(today(), 10) });
    expect([second.status, second.body.code]).toEqual([409, 'SECOND_CORRECTION_NOTICE']);

    const corrected = await act(w, request.id, 'correction-received', w.contact.auth, { receivedOn: today() });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ status: 'in_progress', correctionReceivedOn: today(), dueOn: dueFrom(today()) });
    expect(corrected.body.dueOn).not.toBe(dueFrom(receivedOn));
    expect(corrected.body.clock.clockStart).toBe(today());
    expect(corrected.body.clock.explanation).toContain(`${today()}收到补正后的申请，答复期限自该日起重新计算`);
    expect(await recordTypes(w, request.id)).toEqual(['received', 'correction_requested', 'correction_received']);
  });

  it('closes a request as abandoned, in row （六）1, when the correction window passes without a correction', async () => {
    const receivedOn = addDays(today(), -3);
    const { body: request } = await registerRequest(w, { receivedOn, content: '申请公开有关情况' });
    const notice = await act(w, request.id, 'correction-notice', w.contact.auth, { sentOn: receivedOn, correctionDue: addDays(today(), -1) });
    expect(notice.status).toBe(200);

    const abandoned = await waitFor('the request to be closed as abandoned', async () => {
      const { body } = await read(request.id);
      return body.status === 'abandoned' && body;
    });
    expect(abandoned).toMatchObject({ outcome: 'other.correction_not_made', answeredOn: today(), dueOn: null, breached: false });
    expect(abandoned.outcomeRow).toBe('(六) 其他处理·1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    await waitFor('the unit to hear of it', () => mails(`【依申请公开】${request.number} 逾期未补正，视为放弃`).length === 1);
    const record = (await w.api.http.get(`/requests/${request.id}/events`).set('authorization', w.contact.auth)).body;
    expect(record.map((e: { type: string }) => e.type)).toEqual(['received', 'correction_requested', 'answered']);
    expect(record[2]).toMatchObject({ actorId: null, actorName: '系统', data: { outcome: 'other.correction_not_made', abandoned: true, correctionDue: addDays(today(), -1) } });

    const late = await act(w, request.id, 'correction-received', w.contact.auth, { receivedOn: today() });
    expect([late.status, late.body.code]).toEqual([409, 'REQUEST_CLOSED']);
  });

  it('reminds the handling unit before the due date, and records a breach once the due date has passed', async () => {
    // A receipt date that leaves two working days today: the three-day reminder is due already.
    let receivedOn = today();
    for (let back = 20; back < 80; back++) {
      const candidate = addDays(today(), -back);
      if (readClock([{ type: 'received', date: candidate }], { today: today(), countFrom: 'next_day' }).workingDaysLeft === 2) {
        receivedOn = candidate;
        break;
      }
    }
    const { body: near } = await registerRequest(w, { receivedOn, content: '申请公开某规划许可文件' });
    expect(near).toMatchObject({ status: 'in_progress', breached: false });
    await waitFor('the three-day reminder', () => mails(`【依申请公开提醒】${near.number} 还剩2个工作日`).length === 1);
    const reminders = (await w.api.http.get(`/requests/${near.id}/events`).set('authorization', w.auditor.auth)).body;
    expect(reminders.map((e: { type: string }) => e.type)).toEqual(['received', 'reminder_sent']);
    expect(reminders[1]).toMatchObject({ label: '到期提醒', date: today(), data: { lead: 3, workingDaysLeft: 2, dueOn: near.dueOn } });

    const { body: late } = await registerRequest(w, { receivedOn: '2025-12-29', content: '申请公开2025年度土地出让收支情况' });
    await waitFor('the breach to be recorded', async () => (await recordTypes(w, late.id)).includes('breach_recorded'));
    await waitFor('the breach to be mailed', () => mails(`【依申请公开超期】${late.number}`).length === 1);
    const { body: breached } = await read(late.id);
    expect(breached).toMatchObject({ status: 'overdue', breached: true });
    expect(breached.clock.overdueWorkingDays).toBeGreaterThan(100);
    expect(breached.clock.explanation).toContain(`已超过${breached.dueOn}届满日`);
    expect(await recordTypes(w, late.id)).toEqual(['received', 'breach_recorded']);
    expect(mails(`【依申请公开提醒】${late.number}`)).toEqual([]);

    const overdue = await w.api.http.get('/requests').query({ overdue: true, pageSize: 500 }).set('authorization', w.coordinator.auth);
    const overdueIds = overdue.body.items.map((r: { id: string }) => r.id);
    expect(overdueIds).toContain(late.id);
    expect(overdueIds).not.toContain(near.id);
  });

  it('lists by unit, year, status, outcome and carry-over, and keeps unit contacts to their own unit', async () => {
    const { body: answered2024 } = await registerRequest(w, { receivedOn: '2024-10-08', requesterType: 'commercial_enterprise', requesterName: '某某科技有限公司' });
    await act(w, answered2024.id, 'close', w.contact.auth, { outcome: 'partly_granted', answeredOn: '2024-10-20', answerText: '部分公开' });
    const { body: acrossNewYear } = await registerRequest(w, { receivedOn: '2024-12-20' });
    const closing = await act(w, acrossNewYear.id, 'close', w.coordinator.auth, {
      outcome: 'unavailable.not_held',
      answeredOn: '2025-01-10',
      answerFile: { filename: '告知书.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 告知书').toString('base64') },
    });
    expect(closing.body).toMatchObject({ answerKind: 'file', answerFilename: '告知书.pdf', answerSha256: createHash('sha256').update(Buffer.from('%PDF-1.4 告知书')).digest('hex'), answerText: null });
    const { body: open2025 } = await registerRequest(w, { receivedOn: '2025-12-30' });

    const list = async (query: Record<string, unknown>, auth = w.auditor.auth) => {
      const response = await w.api.http.get('/requests').query({ pageSize: 500, ...query }).set('authorization', auth);
      expect(response.status).toBe(200);
      return response.body.items.map((r: { id: string }) => r.id) as string[];
    };
    expect(await list({ outcome: 'partly_granted' })).toEqual([answered2024.id]);
    expect(await list({ year: 2025 })).toContain(open2025.id);
    expect(await list({ year: 2025 })).not.toContain(answered2024.id);
    // 上年结转: received before the year and still open when it began.
    expect(await list({ carriedOverInto: 2025 })).toEqual(expect.arrayContaining([acrossNewYear.id]));
    expect(await list({ carriedOverInto: 2025 })).not.toContain(answered2024.id);
    expect(await list({ carriedOverInto: 2026 })).toContain(open2025.id);
    expect(await list({ carriedOverInto: 2026 })).not.toContain(acrossNewYear.id);
    expect(await list({ status: 'answered', unitId: w.bureau.id })).toEqual(expect.arrayContaining([answered2024.id, acrossNewYear.id]));
    expect(await list({ unitId: w.other.id })).toEqual([]);
    expect(await list({ q: '某某科技' })).toEqual([answered2024.id]);

    expect(await list({}, w.outsider.auth)).toEqual([]);
    expect((await list({}, w.contact.auth)).length).toBeGreaterThanOrEqual(8);
    const peek = await read(open2025.id, w.outsider.auth);
    expect([peek.status, peek.body.code]).toEqual([403, 'UNIT_SCOPE']);
    const meddle = await act(w, open2025.id, 'consultation', w.outsider.auth, { party: '某公司' });
    expect([meddle.status, meddle.body.code]).toEqual([403, 'UNIT_SCOPE']);
    const auditorActs = await act(w, open2025.id, 'consultation', w.auditor.auth, { party: '某公司' });
    expect([auditorActs.status, auditorActs.body.code]).toEqual([403, 'AUDITOR_READ_ONLY']);
    const badStatus = await w.api.http.get('/requests').query({ status: 'lost' }).set('authorization', w.auditor.auth);
    expect([badStatus.status, badStatus.body.details[0].field]).toEqual([400, 'status']);
    const missing = await read(randomUUID());
    expect([missing.status, missing.body.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('lists the open requests due within the next working days, least time left first, and refuses a window it cannot count', async () => {
    const calendar = defaultCalendar();
    // Received 20 working days before the day it falls due: due in one and in two working days from today.
    const receivedFor = (workingDaysAhead: number) => workingDaysBefore(calendar.addWorkingDays(today(), workingDaysAhead).due, 20, calendar);
    const { body: inTwo } = await registerRequest(w, { receivedOn: receivedFor(2), requesterName: '两日后到期' });
    const { body: inOne } = await registerRequest(w, { receivedOn: receivedFor(1), requesterName: '明日到期' });
    const { body: answered } = await registerRequest(w, { receivedOn: receivedFor(1), requesterName: '已答复' });
    await act(w, answered.id, 'close', w.contact.auth, { outcome: 'granted', answeredOn: today(), answerText: '予以公开' });
    const { body: far } = await registerRequest(w, { receivedOn: today(), requesterName: '远未到期' });
    expect([inOne.dueOn, inTwo.dueOn]).toEqual([calendar.addWorkingDays(today(), 1).due, calendar.addWorkingDays(today(), 2).due]);

    const soon = await w.api.http.get('/requests').query({ dueWithinWorkingDays: 3, sort: 'dueOn', pageSize: 500 }).set('authorization', w.coordinator.auth);
    expect(soon.status).toBe(200);
    const ids = soon.body.items.map((r: { id: string }) => r.id) as string[];
    expect(ids).toEqual(expect.arrayContaining([inOne.id, inTwo.id]));
    expect(ids).not.toContain(answered.id);
    expect(ids).not.toContain(far.id);
    expect(ids.indexOf(inOne.id)).toBeLessThan(ids.indexOf(inTwo.id));
    expect(soon.body.total).toBe(ids.length);
    const dues = soon.body.items.map((r: { dueOn: string }) => r.dueOn) as string[];
    expect(dues).toEqual([...dues].sort());

    const outsider = await w.api.http.get('/requests').query({ dueWithinWorkingDays: 3 }).set('authorization', w.outsider.auth);
    expect(outsider.body.total).toBe(0);
    for (const bad of [{ dueWithinWorkingDays: 0 }, { dueWithinWorkingDays: 21 }, { dueWithinWorkingDays: 'soon' }, { sort: 'requesterName' }]) {
      const refused = await w.api.http.get('/requests').query(bad).set('authorization', w.coordinator.auth);
      expect([refused.status, refused.body.code, refused.body.details[0].field]).toEqual([400, 'VALIDATION_FAILED', Object.keys(bad)[0]]);
    }
  });

  it('records review and litigation cases with their results, for the office to write and the units to read', async () => {
    const { body: request } = await registerRequest(w, { receivedOn: '2026-01-05' });
    const create = (body: Record<string, unknown>, auth = w.coordinator.auth) => w.api.http.post('/review-litigation-cases').set('authorization', auth).send(body);

    const review = await create({ kind: 'administrative_review', year: 2026, relatedRequestId: request.id, reference: '某府复〔2026〕12号', filedOn: '2026-03-02' });
    expect(review.status).toBe(201);
    expect(review.body).toMatchObject({ kind: 'administrative_review', kindLabel: '行政复议', result: 'pending', resultLabel: '尚未审结', decidedOn: null, createdBy: w.coordinator.id });
    const suit = await create({ kind: 'litigation_after_review', year: 2026, result: 'upheld', decidedOn: '2026-06-30' });
    expect(suit.body).toMatchObject({ kindLabel: '行政诉讼·复议后起诉', resultLabel: '维持', relatedRequestId: null });

    const byContact = await create({ kind: 'administrative_review', year: 2026 }, w.contact.auth);
    expect([byContact.status, byContact.body.code]).toEqual([403, 'FORBIDDEN']);
    const badKind = await create({ kind: 'petition', year: 2026 });
    expect([badKind.status, badKind.body.details[0].field]).toEqual([400, 'kind']);
    const unknownRequest = await create({ kind: 'litigation_direct', year: 2026, relatedRequestId: randomUUID() });
    expect([unknownRequest.status, unknownRequest.body.details[0].field]).toEqual([400, 'relatedRequestId']);
    const pendingDecided = await create({ kind: 'litigation_direct', year: 2026, decidedOn: '2026-05-01' });
    expect([pendingDecided.status, pendingDecided.body.details[0].field]).toEqual([400, 'decidedOn']);

    const decided = await w.api.http.patch(`/review-litigation-cases/${review.body.id}`).set('authorization', w.coordinator.auth).send({ result: 'corrected', decidedOn: '2026-04-20' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ result: 'corrected', resultLabel: '纠正', decidedOn: '2026-04-20', updatedBy: w.coordinator.id });
    const beforeFiling = await w.api.http.patch(`/review-litigation-cases/${review.body.id}`).set('authorization', w.coordinator.auth).send({ result: 'other', decidedOn: '2026-02-01' });
    expect([beforeFiling.status, beforeFiling.body.details[0].field]).toEqual([400, 'decidedOn']);

    const list = async (query: Record<string, unknown>, auth = w.auditor.auth) =>
      (await w.api.http.get('/review-litigation-cases').query(query).set('authorization', auth)).body.items.map((c: { id: string }) => c.id);
    expect(await list({ year: 2026, kind: 'administrative_review' })).toEqual([review.body.id]);
    expect(await list({ year: 2026, result: 'upheld' })).toEqual([suit.body.id]);
    expect(await list({}, w.contact.auth)).toEqual([review.body.id]);
    expect(await list({}, w.outsider.auth)).toEqual([]);
  });

  it('takes the units’ proactive figures and counts regulations issued and repealed from the sign-off', async () => {
    const year = Number(today().slice(0, 4));
    const put = (unitId: string, body: Record<string, unknown>, auth: string, at: unknown = year) =>
      w.api.http
        .put(`/proactive-figures/${at}`)
        .set('authorization', auth)
        .send({ unitId, licensingDecisions: 0, penaltyDecisions: 0, enforcementDecisions: 0, administrativeFeesWan: 0, ...body });

    const bureau = await put(w.bureau.id, { licensingDecisions: 12, penaltyDecisions: 3, enforcementDecisions: 1, administrativeFeesWan: 12.35 }, w.contact.auth);
    expect(bureau.status).toBe(200);
    const office = await put(w.office.id, { licensingDecisions: 2, administrativeFeesWan: 0.1 }, w.coordinator.auth);
    expect(office.body.total).toEqual({ licensingDecisions: 14, penaltyDecisions: 3, enforcementDecisions: 1, administrativeFeesWan: 12.45 });
    expect(office.body.units.map((u: { unitName: string }) => u.unitName).sort()).toEqual(['区政府办公室', '区自然资源局'].sort());
    const corrected = await put(w.bureau.id, { licensingDecisions: 13, penaltyDecisions: 3, enforcementDecisions: 1, administrativeFeesWan: 12.35 }, w.contact.auth);
    // A unit contact's answer shows their own unit; the office sees the body's total.
    expect(corrected.body.units.map((u: { unitName: string }) => u.unitName)).toEqual(['区自然资源局']);
    expect(corrected.body.total.licensingDecisions).toBe(13);
    const body = await w.api.http.get(`/proactive-figures/${year}`).set('authorization', w.auditor.auth);
    expect(body.body.total).toEqual({ licensingDecisions: 15, penaltyDecisions: 3, enforcementDecisions: 1, administrativeFeesWan: 12.45 });

    const elsewhere = await put(w.bureau.id, { licensingDecisions: 99 }, w.outsider.auth);
    expect([elsewhere.status, elsewhere.body.code]).toEqual([403, 'UNIT_SCOPE']);
    const tooFine = await put(w.bureau.id, { administrativeFeesWan: 1.1234567 }, w.contact.auth);
    expect([tooFine.status, tooFine.body.details[0].field]).toEqual([400, 'administrativeFeesWan']);
    const badYear = await put(w.bureau.id, {}, w.contact.auth, 'last');
    expect([badYear.status, badYear.body.details[0].field]).toEqual([400, 'year']);

    // A regulation through a one-level sign-off, to be issued and then repealed.
    const settings = await w.api.http
      .put(`/units/${w.bureau.id}/signoff-config`)
      .set('authorization', w.coordinator.auth)
      .send({ levels: [{ level: 1, title: '主要负责人', signerId: w.head.id, due: '3wd' }], remindBefore: '1wd', escalateAfter: '1wd', publication: { due: '20wd', remindBefore: '3wd', overdueRemindEvery: '5wd' } });
    expect(settings.status).toBe(200);
    const document = await w.api.http.post('/documents').set('authorization', w.contact.auth).send({ title: '某区国有土地上房屋征收补偿办法', documentType: 'regulation', attribute: 'proactive', bodyText: '第一条' });
    expect(document.status).toBe(201);
    const repeal = (id: string, body: Record<string, unknown>, auth = w.coordinator.auth) => w.api.http.post(`/documents/${id}/repeal`).set('authorization', auth).send(body);
    const unsigned = await repeal(document.body.id, { repealedOn: today() });
    expect([unsigned.status, unsigned.body.code]).toEqual([409, 'NOT_REPEALABLE']);
    await w.api.http.post(`/documents/${document.body.id}/submit`).set('authorization', w.contact.auth).send({});
    const signed = await w.api.http.post(`/documents/${document.body.id}/approve`).set('authorization', w.head.auth).send({});
    expect(signed.body.status).toBe('awaiting_publication');

    const issued = await w.api.http.get(`/proactive-figures/${year}`).set('authorization', w.auditor.auth);
    expect(issued.body.regulations).toEqual({ issued: 1, repealed: 0, inForce: 1 });
    expect(issued.body.normativeDocuments).toEqual({ issued: 0, repealed: 0, inForce: 0 });

    const byContact = await repeal(document.body.id, { repealedOn: today() }, w.contact.auth);
    expect([byContact.status, byContact.body.code]).toEqual([403, 'FORBIDDEN']);
    const ahead = await repeal(document.body.id, { repealedOn: addDays(today(), 1) });
    expect([ahead.status, ahead.body.code, ahead.body.details[0].field]).toEqual([422, 'REPEAL_DATE', 'repealedOn']);
    // Once the year's report is published, a repeal dated in it would change its figures: refused until an amendment is open.
    expect((await w.api.http.post(`/annual-reports/${year}/publish`).set('authorization', w.coordinator.auth)).status).toBe(200);
    const locked = await repeal(document.body.id, { repealedOn: today() });
    expect([locked.status, locked.body.code]).toEqual([409, 'YEAR_LOCKED']);
    const amendment = await w.api.http.post(`/annual-reports/${year}/amendments`).set('authorization', w.coordinator.auth).send({ reason: '登记区政府令第5号废止的规章' });
    expect(amendment.status).toBe(201);
    const repealed = await repeal(document.body.id, { repealedOn: today(), note: '区政府令第5号决定废止' });
    expect(repealed.status).toBe(200);
    expect(repealed.body).toMatchObject({ repealedOn: today(), repealedBy: w.coordinator.id, repealNote: '区政府令第5号决定废止', issuedOn: today() });
    const twice = await repeal(document.body.id, { repealedOn: today() });
    expect([twice.status, twice.body.code]).toEqual([409, 'NOT_REPEALABLE']);
    const after = await w.api.http.get(`/proactive-figures/${year}`).set('authorization', w.auditor.auth);
    expect(after.body.regulations).toEqual({ issued: 1, repealed: 1, inForce: 0 });

    const workDocument = await w.api.http.post('/documents').set('authorization', w.contact.auth).send({ title: '工作方案', documentType: 'work_document', attribute: 'proactive', bodyText: '方案' });
    const notCounted = await repeal(workDocument.body.id, { repealedOn: today() });
    expect([notCounted.status, notCounted.body.code]).toEqual([409, 'NOT_REPEALABLE']);
  });
});
