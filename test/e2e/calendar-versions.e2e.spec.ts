import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { CalendarService } from '../../apps/api/src/calendar/calendar.service';
import { BUNDLED_CALENDAR_YEARS } from '../../libs/domain/src/calendar/data';
import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { fictional2027, fictional2027Corrected, fictionalYear, loadYear, plusDays } from '../support/calendar-fixtures';
import { createTask, startSupervisionWorld, type SupervisionWorld } from '../support/supervision-fixtures';

const cli = join(__dirname, '../../dist/apps/cli/src/calendar.main.js');

describe('the calendar as data: years loaded as versions; a task due past them', () => {
  let w: SupervisionWorld;
  beforeAll(async () => {
    w = await startSupervisionWorld();
  }, 60_000);
  afterAll(async () => {
    await w?.stop();
  });

  const versions = async () => (await w.api.http.get('/calendar/versions').set('authorization', w.auditor.auth)).body as Array<Record<string, unknown>>;

  it('holds the shipped notices as the first versions, published, with their number, title and date', async () => {
    const listed = await versions();
    expect(listed.slice(0, BUNDLED_CALENDAR_YEARS.length)).toEqual(
      [...BUNDLED_CALENDAR_YEARS]
        .sort((a, b) => a.year - b.year)
        .map((y, i) => expect.objectContaining({ version: i + 1, year: y.year, notice: y.notice, title: y.title, published: y.published, status: 'published', inForce: true, loadedBy: null })),
    );
  });

  it('lets only an admin load a year', async () => {
    for (const who of [w.coordinator, w.auditor, w.bureauContact]) {
      const refused = await loadYear(w.api, fictional2027(), who.auth);
      expect(refused.status).toBe(403);
    }
    expect((await versions()).map((v) => v.year)).not.toContain(2027);
  });

  it('lists every fault of a bad year file with its field and stores nothing', async () => {
    const before = await versions();
    const bad = {
      ...fictional2027(),
      notice: '',
      holidays: [
        { name: '元旦', from: '2027-01-01', to: '2027-01-08' },
        { name: '春节', from: '2027-01-07', to: '2027-01-09' },
        { name: '国庆节', from: '2027-10-01', to: '2028-01-02' },
      ],
      makeupWorkdays: [
        { date: '2027-01-13', for: '元旦' },
        { date: '2027-01-03', for: '元旦' },
      ],
    };
    // A missing notice hides none of the faults between dates.
    const refused = await loadYear(w.api, bad);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('CALENDAR_DATA_INVALID');
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['notice', 'holidays[1]', 'holidays[1]', 'holidays[2].to', 'makeupWorkdays[0].date', 'makeupWorkdays[1].date']);
    expect(refused.body.details[0].reason).toMatch(/“notice”须为非空字符串/);
    expect(refused.body.details[1].reason).toMatch(/2027-01-07 同时属于两个节假日：“元旦”和“春节”/);
    expect(refused.body.details[3].reason).toMatch(/国庆节.*不在 2027 年/);
    expect(refused.body.details[4].reason).toMatch(/不是周六或周日/);
    expect(refused.body.details[5].reason).toMatch(/既是调休上班日，又是“元旦”的假日/);

    const notJson = await w.api.http.put('/calendar/years/2027').set('authorization', w.api.adminAuth).set('content-type', 'application/json').send('{"year": 2027, "notice": ');
    expect([notJson.status, notJson.body.code]).toEqual([400, 'CALENDAR_FILE_NOT_JSON']);
    expect(notJson.body.details).toEqual([{ field: 'file', reason: expect.stringMatching(/^节假日安排文件不是有效的 JSON/) }]);
    // Elsewhere a body that is not JSON is still the plain refusal.
    const elsewhere = await w.api.http.post('/tasks').set('authorization', w.coordinator.auth).set('content-type', 'application/json').send('{"title": ');
    expect([elsewhere.status, elsewhere.body.code]).toEqual([400, 'VALIDATION_FAILED']);

    const wrongYear = await w.api.http.put('/calendar/years/2028').set('authorization', w.api.adminAuth).send(fictional2027());
    expect(wrongYear.status).toBe(422);
    expect(wrongYear.body.details).toEqual([expect.objectContaining({ field: 'year' })]);
    const gap = await loadYear(w.api, fictionalYear(2029, '测试发明电〔2028〕1号', { holidays: [{ from: '2029-01-01', to: '2029-01-01' }], makeupWorkdays: [] }));
    expect([gap.status, gap.body.code]).toEqual([422, 'CALENDAR_DATA_INVALID']);
    expect(gap.body.details).toEqual([{ field: 'year', reason: '2029 年与日历现有的 2020–2026 年不连续：须先有 2027 年的节假日安排' }]);
    expect(await versions()).toEqual(before);
    for (const v of ['0', '2147483648', 'x']) {
      const bad = await w.api.http.get(`/calendar/versions/${v}/impact`).set('authorization', w.coordinator.auth);
      expect([bad.status, bad.body.details]).toEqual([400, [expect.objectContaining({ field: 'v' })]]);
    }
    expect((await w.api.http.get('/calendar/versions/999/impact').set('authorization', w.coordinator.auth)).status).toBe(404);
  });

  it('stores a load as a new draft version, the same content again as no new version, a correction as another', async () => {
    const first = await loadYear(w.api, fictional2027());
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ year: 2027, status: 'draft', inForce: false, created: true, notice: '测试发明电〔2026〕1号', published: '2026-12-01' });
    // Key order and entry order make no difference to the content.
    const reordered = fictional2027();
    (reordered.holidays as unknown[]).reverse();
    const again = await loadYear(w.api, Object.fromEntries(Object.entries(reordered).reverse()));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ version: first.body.version, created: false });

    const corrected = await loadYear(w.api, fictional2027Corrected());
    expect(corrected.status).toBe(201);
    expect(corrected.body.version).toBe(first.body.version + 1);
    const listed = await versions();
    expect(listed.filter((v) => v.year === 2027).map((v) => [v.version, v.status])).toEqual([
      [first.body.version, 'draft'],
      [corrected.body.version, 'draft'],
    ]);
    expect(listed.find((v) => v.version === first.body.version)!.content).toEqual(fictional2027());
  });

  it('loads a year file from the command line, listing faults the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dse-calendar-cli-'));
    const { db } = w.api;
    const env = { ...process.env, DATABASE_URL: db.config.kind === 'postgres' ? db.config.url : `sqlite:${db.config.path}`, LOG_LEVEL: 'silent' };
    const run = (file: string) => spawnSync(process.execPath, [cli, 'load', file], { env, encoding: 'utf8', timeout: 60_000 });

    const bad = join(dir, '2027-bad.json');
    writeFileSync(bad, JSON.stringify({ ...fictional2027(), makeupWorkdays: [{ date: '2027-01-13', for: '元旦' }] }));
    const refused = run(bad);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('makeupWorkdays[0].date: 调休上班日 2027-01-13 不是周六或周日');
    expect(refused.stderr).toContain('nothing stored (CALENDAR_DATA_INVALID)');

    const garbled = join(dir, '2027-garbled.json');
    writeFileSync(garbled, '{"year": 2027, "notice": ');
    const notJson = run(garbled);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/2027-garbled\.json: file: 节假日安排文件不是有效的 JSON：.+/);
    expect(notJson.stderr).toContain('nothing stored (CALENDAR_FILE_NOT_JSON)');

    const same = join(dir, '2027.json');
    writeFileSync(same, JSON.stringify(fictional2027Corrected()));
    const unchanged = run(same);
    expect(unchanged.status).toBe(0);
    expect(unchanged.stdout).toMatch(/the same content is version \d+ \(draft\) already; nothing stored/);

    const next = join(dir, '2027-again.json');
    writeFileSync(next, JSON.stringify(fictional2027()));
    const loaded = run(next);
    expect(loaded.status).toBe(0);
    expect(loaded.stdout).toMatch(/loaded 2027 \(测试发明电〔2026〕1号\) as calendar version \d+, a draft/);

    // The CLI keeps the years consecutive as the API does: 2029 with no 2028 held is refused.
    const gap = join(dir, '2029.json');
    writeFileSync(gap, JSON.stringify(fictionalYear(2029, '测试发明电〔2028〕1号', { holidays: [{ from: '2029-01-01', to: '2029-01-01' }], makeupWorkdays: [] })));
    const refusedGap = run(gap);
    expect(refusedGap.status).toBe(2);
    expect(refusedGap.stderr).toContain('year: 2029 年与日历现有的 2020–2027 年不连续：须先有 2028 年的节假日安排');
  });

  it('takes a year after a draft one as a draft, but previews or publishes it only once the year before is in force', async () => {
    const before = await versions();
    const loaded = await loadYear(w.api, fictionalYear(2028, '测试发明电〔2027〕1号', { holidays: [{ from: '2028-01-01', to: '2028-01-03' }], makeupWorkdays: [] }));
    expect(loaded.status).toBe(201);
    const v = loaded.body.version as number;
    const reason = '2028 年与日历现有的 2020–2026 年不连续：须先有 2027 年的节假日安排';
    const impact = await w.api.http.get(`/calendar/versions/${v}/impact`).set('authorization', w.coordinator.auth);
    expect([impact.status, impact.body.code, impact.body.details]).toEqual([409, 'CALENDAR_YEAR_GAP', [{ field: 'year', reason }]]);
    const published = await w.api.http.post(`/calendar/versions/${v}/publish`).set('authorization', w.api.adminAuth);
    expect([published.status, published.body.code, published.body.details]).toEqual([409, 'CALENDAR_YEAR_GAP', [{ field: 'year', reason }]]);
    expect(published.body.message).toBe(`日历版本 ${v} 现在不能发布：${reason}`);
    expect((await versions()).map((x) => [x.version, x.status])).toEqual([...before.map((x) => [x.version, x.status]), [v, 'draft']]);
  });


  it('has a task due past the loaded calendar created, read and listed with its due marked provisional; a due two years out is refused', async () => {
    // The year after the last loaded, and far enough ahead to be typed as a due date whatever day the test runs.
    const dueOn = [`${defaultCalendar().lastYear + 1}-01-08`, plusDays(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10), 40)].sort().at(-1)!;
    const byDate = await createTask(w, { title: '公开2027年部门预算', unitId: w.bureau.id, dueOn });
    expect(byDate.dueOn).toBe(dueOn);
    const byLimit = await createTask(w, { title: '公开2027年第一季度计划', unitId: w.health.id, timeLimit: '60wd' });
    expect(byLimit.dueOn > '2026-12-31').toBe(true);
    for (const task of [byDate, byLimit]) {
      const read = await w.api.http.get(`/tasks/${task.id}`).set('authorization', w.coordinator.auth);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ dueOn: task.dueOn, dueProvisional: true, standing: expect.objectContaining({ workingDaysLeft: expect.any(Number) }) });
      expect(read.body.standing.workingDaysLeft).toBeGreaterThan(15);
    }
    const listed = await w.api.http.get('/tasks').set('authorization', w.coordinator.auth);
    expect(listed.status).toBe(200);
    expect(listed.body.items.filter((t: { dueProvisional: boolean }) => t.dueProvisional)).toHaveLength(2);

    const tooFar = await w.api.http.post('/tasks').set('authorization', w.coordinator.auth).send({ title: '远期任务', unitId: w.bureau.id, dueOn: '2028-03-01' });
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.details).toEqual([expect.objectContaining({ field: 'dueOn' })]);
  });

  it("logs one warning line from 1 November while next year's calendar is not in force, counting the deadlines it leaves provisional", async () => {
    const calendar = w.api.app.get(CalendarService);
    const last = defaultCalendar().lastYear;
    const warned = jest.spyOn(Logger.prototype, 'warn');
    try {
      // Beijing's 31 October, then its 1 November: the check reads the day it is given.
      await calendar.warnIfNotLoaded(new Date(`${last}-10-31T15:59:00.000Z`));
      expect(warned).not.toHaveBeenCalled();
      await calendar.warnIfNotLoaded(new Date(`${last}-10-31T16:00:00.000Z`));
      // The two tasks due past the calendar, made above; the draft years change nothing.
      expect(warned.mock.calls).toEqual([[`the ${last + 1} working-day calendar is not loaded (PUT /api/calendar/years/${last + 1}); 2 open deadlines are provisional`]]);
    } finally {
      warned.mockRestore();
    }
  });
});
