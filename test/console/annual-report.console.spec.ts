import type { Page } from 'playwright-core';
import { renderReportText } from '../../libs/domain/src/annual-report';
import { exampleReport } from '../../libs/domain/src/annual-report/report-examples';
import { act, registerRequest, startRequestWorld, type RequestWorld } from '../support/request-fixtures';
import { openPage, screenshot, signIn } from './support/browser';
import { serveConsole } from './support/console-stack';

describe("console: the annual report's national tables, with its broken rules on the cells", () => {
  let w: Awaited<ReturnType<typeof serveConsole<RequestWorld>>>;
  let page: Page;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    w = await serveConsole(startRequestWorld);
    const request = async (name: string, receivedOn: string, close?: { outcome: string; answeredOn: string }) => {
      const registered = await registerRequest(w, { requesterType: 'natural_person', receivedOn, requesterName: name });
      if (registered.status !== 201) throw new Error(JSON.stringify(registered.body));
      ids[name] = registered.body.id;
      if (close) await act(w, ids[name], 'close', w.contact.auth, { ...close, answerText: `关于申请${name}的答复` });
    };
    // 2024's report, published, carries one request into 2025; a request of 2024 registered under an amendment makes it two.
    await request('A', '2024-12-20', { outcome: 'granted', answeredOn: '2025-01-10' });
    await request('C', '2025-03-03', { outcome: 'granted', answeredOn: '2025-03-20' });
    expect((await w.api.http.post('/annual-reports/2024/publish').set('authorization', w.coordinator.auth)).status).toBe(200);
    expect((await w.api.http.post('/annual-reports/2024/amendments').set('authorization', w.coordinator.auth).send({ reason: '补录漏登的申请' })).status).toBe(201);
    await request('J', '2024-12-28');
  }, 120_000);
  afterAll(async () => {
    await page?.context().close();
    await w?.stop();
  });

  it('marks the carry-over rule on the cells it reads, and drills a cell down to the requests it counts', async () => {
    page = await openPage(w.browser, w.baseURL);
    await signIn(page, w.coordinator.email, w.coordinator.password);
    await page.waitForURL('**/desk');
    await page.goto('/reports?year=2025');
    await page.getByTestId('section-3').waitFor();
    const cell = (row: string, column: string) => page.locator(`[data-cell="${row}:${column}"]`);

    await expect(page.getByTestId('violations').innerText()).resolves.toContain('2处不符合勾稽关系');
    for (const column of ['natural_person', 'total']) {
      await expect(cell('carried_over_from_last_year', column).getAttribute('data-broken')).resolves.toBe('true');
      await expect(cell('carried_over_from_last_year', column).innerText()).resolves.toContain('2');
    }
    await expect(cell('carried_over_from_last_year', 'natural_person').getAttribute('title')).resolves.toContain('上年');
    for (const [row, column] of [['new', 'natural_person'], ['granted', 'natural_person'], ['carried_over_from_last_year', 'commercial_enterprise']]) {
      await expect(cell(row, column).getAttribute('data-broken')).resolves.toBeNull();
    }
    await expect(page.getByTestId('section-3').innerText()).resolves.toContain('三、本年度办理结果');
    await expect(page.getByTestId('section-3').innerText()).resolves.toContain('(三) 不予公开');
    await screenshot(page, 'annual-report');

    await cell('carried_over_from_last_year', 'natural_person').getByRole('button').click();
    await expect(page.getByTestId('drill-count').innerText()).resolves.toBe('该单元格计入2件申请');
    const listed = await page.getByTestId('drill-list').locator('li').allInnerTexts();
    expect(listed.sort()).toEqual([ids.A, ids.J].sort());
    await screenshot(page, 'annual-report-drill');
  });

  it('checks an uploaded report and marks its broken rule on the tables read from it', async () => {
    page = await openPage(w.browser, w.baseURL);
    await signIn(page, w.contact.email, w.contact.password);
    await page.waitForURL('**/desk');
    await page.goto('/reports/check');
    const report = exampleReport();
    report.requests.total_handled = { ...report.requests.total_handled, natural_person: (report.requests.total_handled.natural_person ?? 0) + 1 };
    await page.locator('input[aria-label="本年报告"]').setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from(renderReportText(report), 'utf8') });
    await page.getByRole('button', { name: '检查' }).click();
    await page.getByTestId('check-failed').waitFor();
    await expect(page.locator('[data-cell="total_handled:natural_person"]').getAttribute('data-broken')).resolves.toBe('true');
    await expect(page.locator('[data-cell="granted:commercial_enterprise"]').getAttribute('data-broken')).resolves.toBeNull();
    await expect(page.getByTestId('check-failed').innerText()).resolves.toContain('总计');
    await screenshot(page, 'report-checker');
  });
});
