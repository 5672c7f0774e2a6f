import { screenshot, signIn } from './support/browser';
import { consoleSuite } from './support/console-stack';
import { navEntries } from './support/navigation';

describe('console: signing in', () => {
  const suite = consoleSuite();

  it('a coordinator signs in with a one-time password, must change it, then reaches the desk', async () => {
    const created = await suite.world.api.http
      .post('/people')
      .set('authorization', suite.world.api.adminAuth)
      .send({ name: '公开办陈', email: 'chen@gov.test.cn', roles: ['coordinator'], unitId: suite.world.office.id });
    expect(created.status).toBe(201);

    await signIn(suite.page, 'chen@gov.test.cn', created.body.oneTimePassword);
    await suite.page.waitForURL('**/password**');
    await expect(suite.page.getByText('您正在使用一次性密码，请先设置新密码再继续。').isVisible()).resolves.toBe(true);
    await screenshot(suite.page, 'password-change');

    await suite.page.getByLabel('当前密码').fill(created.body.oneTimePassword);
    await suite.page.getByLabel('新密码', { exact: true }).fill('short');
    await suite.page.getByLabel('再次输入新密码').fill('short');
    await suite.page.getByRole('button', { name: '保存新密码' }).click();
    await suite.page.getByText('新密码至少12个字符').waitFor();

    await suite.page.getByLabel('新密码', { exact: true }).fill('chen-new-password-2026');
    await suite.page.getByLabel('再次输入新密码').fill('chen-new-password-2026');
    await suite.page.getByRole('button', { name: '保存新密码' }).click();
    await suite.page.waitForURL('**/desk');
    await expect(suite.page.getByTestId('who').innerText()).resolves.toContain('公开办陈');
    await expect(navEntries(suite.page)).resolves.toContain('电话调度');

    await suite.page.getByRole('button', { name: '退出登录' }).click();
    await suite.page.waitForURL('**/login');
    await signIn(suite.page, 'chen@gov.test.cn', 'chen-new-password-2026');
    await suite.page.waitForURL('**/desk');
  });

  it('a wrong password is refused with the reason, on the login page', async () => {
    await signIn(suite.page, suite.world.coordinator.email, 'not-the-password');
    await suite.page.getByTestId('login-error').waitFor();
    await expect(suite.page.getByTestId('login-error').innerText()).resolves.not.toBe('');
    expect(new URL(suite.page.url()).pathname).toBe('/login');
    await screenshot(suite.page, 'login-refused');
  });

  it('a unit contact sees only the pages their role allows', async () => {
    await signIn(suite.page, suite.world.bureauContact.email, suite.world.bureauContact.password);
    await suite.page.waitForURL('**/desk');
    // Few enough to stand side by side: each is one click away, no heading over them.
    await expect(navEntries(suite.page)).resolves.toEqual(['工作台', '督办台账', '督办单', '季度通报', '审签', '依申请公开', '主动公开数据']);
    await expect(suite.page.getByRole('menuitem', { name: '督办台账', exact: true }).isVisible()).resolves.toBe(true);
  });

  it('an ended session goes back to the login, then to the page the person was on', async () => {
    await signIn(suite.page, suite.world.coordinator.email, suite.world.coordinator.password);
    await suite.page.waitForURL('**/desk');
    await suite.page.goto('/ledger?overdue=true');
    await suite.page.context().clearCookies();
    await suite.page.reload();
    await suite.page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(suite.page.url()).searchParams.get('redirect')).toBe('/ledger?overdue=true');
    await expect(suite.page.getByText('请登录后继续，登录后将回到原来的页面。').isVisible()).resolves.toBe(true);
    await suite.page.getByLabel('邮箱').fill(suite.world.coordinator.email);
    await suite.page.getByLabel('密码', { exact: true }).fill(suite.world.coordinator.password);
    await suite.page.getByRole('button', { name: '登录' }).click();
    await suite.page.waitForURL((url) => url.pathname === '/ledger' && url.searchParams.get('overdue') === 'true');
  });
});
