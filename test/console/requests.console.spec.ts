import type { Locator, Page } from 'playwright-core';
import { startRequestWorld, type RequestWorld } from '../support/request-fixtures';
import { openPage, screenshot, signIn } from './support/browser';
import { serveConsole } from './support/console-stack';

describe('console: an information request and its statutory clock', () => {
  let w: Awaited<ReturnType<typeof serveConsole<RequestWorld>>>;
  let page: Page;

  beforeAll(async () => {
    w = await serveConsole(startRequestWorld);
  }, 90_000);
  afterAll(async () => {
    await page?.context().close();
    await w?.stop();
  });

  /** Types a date into the date picker of the form item labelled `label`, as a person can. */
  const fillDate = async (scope: Page | Locator, label: string, date: string) => {
    const input = scope.locator('.el-form-item', { has: page.locator('label', { hasText: label }) }).locator('input');
    await input.fill(date);
    await input.press('Enter');
  };
  const day = (date: string) => page.getByTestId('deadline-strip').locator(`[data-date="${date}"]`);

  it('received on Monday 2026-09-28, is due on 2026-10-30 with National Day skipped and Saturday 10 October counted; a consultation moves it', async () => {
    page = await openPage(w.browser, w.baseURL);
    await signIn(page, w.contact.email, w.contact.password);
    await page.waitForURL('**/desk');
    await page.goto('/requests/new');
    await page.locator('label.el-radio', { hasText: '自然人' }).click();
    await page.getByLabel('申请人姓名或名称').fill('张某');
    await page.getByLabel('联系方式').fill('13800000000');
    await page.locator('label.el-radio', { hasText: '邮寄（需签收）' }).click();
    await expect(page.getByTestId('receipt-rule').innerText()).resolves.toContain('以行政机关签收之日为收到申请之日');
    await fillDate(page, '收到申请之日', '2026-09-28');
    await page.getByLabel('申请内容').fill('申请公开某地块征收补偿方案');
    await screenshot(page, 'request-register');
    await page.getByRole('button', { name: '登记' }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;

    await expect(page.getByTestId('due-on').innerText()).resolves.toBe('2026-10-30');
    await expect(page.getByTestId('explanation').innerText()).resolves.toContain('2026-10-30');
    for (const holiday of ['2026-10-01', '2026-10-04', '2026-10-07']) {
      await expect(day(holiday).getAttribute('class')).resolves.toContain('holiday');
      await expect(day(holiday).getAttribute('title')).resolves.toContain('国庆节');
    }
    await expect(day('2026-10-10').getAttribute('class')).resolves.toContain('makeup');
    await expect(day('2026-10-10').innerText()).resolves.toContain('调休上班');
    await expect(day('2026-10-11').getAttribute('class')).resolves.toContain('weekend');
    await expect(day('2026-10-30').innerText()).resolves.toContain('届满');
    await expect(page.getByTestId('deadline-strip').locator('.counted, .makeup').count()).resolves.toBe(20);
    await screenshot(page, 'request-clock');

    // The third party is asked on Monday 12 October and answers on Friday 16 October: the four working days after the asking do not count.
    await page.getByTestId('steps').getByRole('button', { name: '征求第三方意见' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('第三方', { exact: true }).fill('某某置业有限公司');
    await fillDate(dialog, '发出征求意见之日', '2026-10-12');
    await dialog.getByTestId('step-confirm').click();
    await page.getByTestId('steps').getByRole('button', { name: '第三方意见已回复' }).click();
    dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('第三方', { exact: true }).inputValue()).resolves.toBe('某某置业有限公司');
    await fillDate(dialog, '收到意见之日', '2026-10-16');
    await dialog.getByTestId('step-confirm').click();
    await page.getByTestId('steps').getByRole('button', { name: '征求第三方意见' }).waitFor();

    const api = (await w.api.http.get(`/requests/${id}`).set('authorization', w.contact.auth)).body;
    expect(api.pausedWorkingDays).toBe(4);
    expect(api.dueOn > '2026-10-30').toBe(true);
    await expect(page.getByTestId('due-on').innerText()).resolves.toBe(api.dueOn);
    await expect(page.getByTestId('explanation').innerText()).resolves.toBe(api.clock.explanation);
    for (const paused of ['2026-10-13', '2026-10-16']) await expect(day(paused).getAttribute('class')).resolves.toContain('paused');
    await expect(day('2026-10-12').getAttribute('class')).resolves.toContain('counted');
    await expect(page.getByTestId('deadline-strip').locator('.counted, .makeup').count()).resolves.toBe(20);
    await screenshot(page, 'request-consultation');

    await page.goto('/requests');
    const row = page.getByTestId('requests').locator('tbody tr').filter({ hasText: '张某' });
    await expect(row.innerText()).resolves.toContain(api.dueOn);
    await expect(row.getByTestId('days-left').innerText()).resolves.toMatch(/^已逾期\d+个工作日$/);
    await screenshot(page, 'requests-list');
  });
});
