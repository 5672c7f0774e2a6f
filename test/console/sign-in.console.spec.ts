import type { Page } from 'playwright-core';
import { openPage, screenshot, signIn } from './support/browser';
import { startConsoleWorld, type ConsoleWorld } from './support/console-stack';

describe('console: signing in', () => {
  let world: ConsoleWorld;
  let page: Page;

  beforeAll(async () => {
    world = await startConsoleWorld();
  });
  afterAll(() => world?.stop());
  beforeEach(async () => {
    page = await openPage(world.browser, world.baseURL);
  });
  afterEach(() => page.context().close());

  it('a coordinator signs in with a one-time password, must change it, then reaches the desk', async () => {
    const created = await world.api.http
      .post('/people')
      .set('authorization', world.api.adminAuth)
      .send({ name: '公开办陈', email: 'chen@gov.test.cn', roles: ['coordinator'], unitId: world.office.id });
    expect(created.status).toBe(201);

    await signIn(page, 'chen@gov.test.cn', created.body.oneTimePassword);
    await page.waitForURL('**/password**');
    await expect(page.getByText('您正在使用一次性密码，请先设置新密码再继续。').isVisible()).resolves.toBe(true);
    await screenshot(page, 'password-change');

    await page.getByLabel('当前密码').fill(created.body.oneTimePassword);
    await page.getByLabel('新密码', { exact: true }).fill('short');
    await page.getByLabel('再次输入新密码').fill('short');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.getByText('新密码至少12个字符').waitFor();

    await page.getByLabel('新密码', { exact: true }).fill('chen-new-password-2026');
    await page.getByLabel('再次输入新密码').fill('chen-new-password-2026');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.waitForURL('**/desk');
    await expect(page.getByTestId('who').innerText()).resolves.toContain('公开办陈');
    await expect(page.getByRole('menuitem', { name: '电话调度' }).isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL('**/login');
    await signIn(page, 'chen@gov.test.cn', 'chen-new-password-2026');
    await page.waitForURL('**/desk');
  });

  it('a wrong password is refused with the reason, on the login page', async () => {
    await signIn(page, world.coordinator.email, 'not-the-password');
    await page.getByTestId('login-error').waitFor();
    await expect(page.getByTestId('login-error').innerText()).resolves.not.toBe('');
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login-refused');
  });

  it('a unit contact sees only the pages their role allows', async () => {
    await signIn(page, world.bureauContact.email, world.bureauContact.password);
    await page.waitForURL('**/desk');
    await expect(page.getByRole('menuitem', { name: '督办台账' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('menuitem', { name: '电话调度' }).count()).resolves.toBe(0);
    await expect(page.getByRole('menuitem', { name: '邮件日志' }).count()).resolves.toBe(0);
  });

  it('an ended session goes back to the login, then to the page the person was on', async () => {
    await signIn(page, world.coordinator.email, world.coordinator.password);
    await page.waitForURL('**/desk');
    await page.goto('/ledger?overdue=true');
    await page.context().clearCookies();
    await page.reload();
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('redirect')).toBe('/ledger?overdue=true');
    await expect(page.getByText('请登录后继续，登录后将回到原来的页面。').isVisible()).resolves.toBe(true);
    await page.getByLabel('邮箱').fill(world.coordinator.email);
    await page.getByLabel('密码', { exact: true }).fill(world.coordinator.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname === '/ledger' && url.searchParams.get('overdue') === 'true');
  });
});
