import type { Page } from 'playwright-core';
import { defaultCalendar } from '../../libs/domain/src/calendar/default-calendar';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { workingDaysBefore } from '../../libs/domain/src/supervision/task-clock';
import { decide, register, startSignOffWorld, type SignOffWorld } from '../support/signoff-fixtures';
import { openPage, PHONE, screenshot, signIn } from './support/browser';
import { serveConsole } from './support/console-stack';

describe('console: the desk shows a signer their queue and a coordinator the requests due soon', () => {
  let w: Awaited<ReturnType<typeof serveConsole<SignOffWorld>>>;
  let page: Page;

  beforeAll(async () => {
    w = await serveConsole(startSignOffWorld);
  }, 90_000);
  afterAll(async () => {
    await w?.stop();
  });
  beforeEach(async () => {
    page = await openPage(w.browser, w.baseURL);
  });
  afterEach(() => page?.context().close());

  const signInAs = async (on: Page, who: { email: string; password: string }) => {
    await signIn(on, who.email, who.password);
    await on.waitForURL('**/desk');
  };
  const card = (on: Page, label: string) => on.getByTestId(`desk-card-${label}`);

  it('a signer sees the documents waiting for their signature, counted as the API counts them, and the count opens their queue', async () => {
    for (const title of ['关于调整义务教育学区划分的通知', '区教育局2027年部门预算']) {
      const doc = (await register(w, { title, attribute: 'proactive' })).body;
      expect((await decide(w, doc.id, 'submit', w.drafter.auth)).status).toBe(200);
    }
    const queue = (await w.api.http.get('/documents').query({ waitingForMe: true }).set('authorization', w.s1.auth)).body;
    expect(queue.total).toBe(2);

    await signInAs(page, w.s1);
    await expect(card(page, '待我审签').innerText()).resolves.toMatch(new RegExp(`^${queue.total}\\s+待我审签$`));
    const list = page.getByTestId('desk-signatures');
    for (const doc of queue.items) await list.getByText(doc.title).waitFor();
    await expect(list.getByText(/剩余\d+个工作日|今日到期/).count()).resolves.toBe(2);
    // Information requests are not a signer's work.
    await expect(card(page, '3个工作日内到期申请').count()).resolves.toBe(0);
    await screenshot(page, 'desk-signer');

    await card(page, '待我审签').click();
    await page.waitForURL((url) => url.pathname === '/signoff' && url.searchParams.get('tab') === 'queue');
    for (const doc of queue.items) await page.getByTestId('queue').getByText(doc.title).waitFor();

    const phone = await openPage(w.browser, w.baseURL, PHONE);
    await signInAs(phone, w.s1);
    await phone.getByTestId('desk-signatures').getByText(queue.items[0].title).waitFor();
    await screenshot(phone, 'desk-signer-phone');
    await phone.context().close();
  });

  it('a coordinator sees the requests due in the next three working days, least time left first, and the count opens that list', async () => {
    const calendar = defaultCalendar();
    const today = shanghaiDate(new Date());
    // Received 20 working days before the day it falls due.
    const receivedFor = (ahead: number) => workingDaysBefore(calendar.addWorkingDays(today, ahead).due, 20, calendar);
    const registered: Record<string, { id: string; number: string; dueOn: string }> = {};
    for (const [name, receivedOn] of [['李某（两日后到期）', receivedFor(2)], ['王某（明日到期）', receivedFor(1)], ['赵某（今日收到）', today]]) {
      const response = await w.api.http
        .post('/requests')
        .set('authorization', w.coordinator.auth)
        .send({ unitId: w.bureau.id, requesterType: 'natural_person', requesterName: name, requesterContact: '13800000000', receiptChannel: 'in_person', receivedOn, content: '申请公开学区划分依据' });
      expect(response.status).toBe(201);
      registered[name] = response.body;
    }
    const soon = (await w.api.http.get('/requests').query({ dueWithinWorkingDays: 3, sort: 'dueOn' }).set('authorization', w.coordinator.auth)).body;
    expect(soon.items.map((r: { id: string }) => r.id)).toEqual([registered['王某（明日到期）'].id, registered['李某（两日后到期）'].id]);

    await signInAs(page, w.coordinator);
    const count = card(page, '3个工作日内到期申请');
    await expect(count.innerText()).resolves.toMatch(new RegExp(`^${soon.total}\\s+3个工作日内到期申请$`));
    const rows = page.getByTestId('desk-requests').locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.allInnerTexts()).resolves.toEqual([
      expect.stringContaining(registered['王某（明日到期）'].number),
      expect.stringContaining(registered['李某（两日后到期）'].number),
    ]);
    await expect(rows.first().innerText()).resolves.toContain('剩余1个工作日');
    await expect(page.getByTestId('desk-requests').getByText('赵某（今日收到）').count()).resolves.toBe(0);
    await screenshot(page, 'desk-coordinator');

    await page.getByTestId('desk-requests').getByRole('link', { name: `全部 ${soon.total} 件` }).click();
    await page.waitForURL((url) => url.pathname === '/requests' && url.searchParams.get('dueWithinWorkingDays') === '3');
    const listed = page.getByTestId('requests').locator('tbody tr');
    await listed.first().getByText(registered['王某（明日到期）'].number).waitFor();
    await expect(listed.count()).resolves.toBe(soon.total);
    await expect(page.getByTestId('requests').getByText('赵某（今日收到）').count()).resolves.toBe(0);

    const phone = await openPage(w.browser, w.baseURL, PHONE);
    await signInAs(phone, w.coordinator);
    await phone.getByTestId('desk-requests').getByText(registered['王某（明日到期）'].number).waitFor();
    await screenshot(phone, 'desk-coordinator-phone');
    await phone.context().close();
  });
});
