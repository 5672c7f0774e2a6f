import type { Page } from 'playwright-core';
import { openPage, screenshot, signIn } from './support/browser';
import { startConsoleWorld, type ConsoleWorld } from './support/console-stack';

describe('console: administration of units and people', () => {
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

  const csv = (...lines: string[]) => ({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8') });

  it('shows the units as a tree, adds a person with a one-time password shown once, and imports people only once the file has no bad row', async () => {
    await signIn(page, world.coordinator.email, world.coordinator.password);
    await page.waitForURL('**/desk');
    await page.getByRole('menuitem', { name: '机构与人员' }).click();
    const tree = page.getByTestId('unit-tree');
    await tree.getByText('区教育局').waitFor();
    const office = tree.getByRole('treeitem', { name: /区政府办公室/ });
    await expect(office.getByRole('group').first().innerText()).resolves.toMatch(/区教育局[\s\S]*区卫健委|区卫健委[\s\S]*区教育局/);
    await screenshot(page, 'admin-units');

    await page.getByRole('tab', { name: '人员' }).click();
    await page.getByRole('button', { name: '新增人员' }).click();
    const dialog = page.getByRole('dialog', { name: '新增人员' });
    await dialog.getByLabel('姓名').fill('科长何');
    await dialog.getByLabel('邮箱').fill('he@jyj.test.cn');
    await dialog.locator('label.el-checkbox', { hasText: '审签人' }).click();
    await dialog.locator('.el-select__wrapper', { has: page.getByRole('combobox', { name: '单位' }) }).click();
    await page.getByRole('option', { name: '区教育局', exact: true }).click();
    await dialog.getByRole('button', { name: '新增' }).click();
    await dialog.getByText('审签人须选择审签级别').waitFor();
    await dialog.locator('.el-select__wrapper', { has: page.getByRole('combobox', { name: '审签级别' }) }).click();
    await page.getByRole('option', { name: '第1级 科室负责人', exact: true }).click();
    await dialog.getByRole('button', { name: '新增' }).click();
    const password = await page.getByTestId('one-time-password').innerText();
    expect(password.length).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'admin-one-time-password');
    await page.getByRole('button', { name: '我已转交，关闭' }).click();
    await expect(page.getByTestId('one-time-password').count()).resolves.toBe(0);
    await page.getByTestId('people').getByText('he@jyj.test.cn').waitFor();
    const login = await world.api.http.post('/auth/login').send({ email: 'he@jyj.test.cn', password });
    expect(login.status).toBe(200);

    await page.getByRole('tab', { name: '批量导入' }).click();
    const header = '姓名,邮箱,单位,角色,审签级别';
    await page.getByLabel('导入文件').setInputFiles(csv(header, '小李,li@jyj.test.cn,区教育局,单位联络员,', '小赵,zhao@jyj.test.cn,不存在的局,单位联络员,'));
    await page.getByRole('button', { name: '检查文件' }).click();
    const bad = page.getByTestId('bad-rows').locator('tbody tr');
    await bad.first().waitFor();
    await expect(bad.count()).resolves.toBe(1);
    await expect(bad.first().innerText()).resolves.toMatch(/^3\s+单位\s+单位“不存在的局”不存在$/);
    await expect(page.getByRole('button', { name: '导入', exact: true }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'admin-import-bad-row');
    expect((await world.api.http.get('/people').query({ q: 'li@jyj' }).set('authorization', world.coordinator.auth)).body.total).toBe(0);

    await page.getByLabel('导入文件').setInputFiles(csv(header, '小李,li@jyj.test.cn,区教育局,单位联络员,', '小赵,zhao@jyj.test.cn,区卫健委,单位联络员,'));
    await page.getByRole('button', { name: '检查文件' }).click();
    await expect(page.getByTestId('import-result').innerText()).resolves.toBe('检查通过：共2行，将新增2条、更新0条');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByTestId('import-result').filter({ hasText: '已导入：共2行，新增2条、更新0条' }).waitFor();
    for (const email of ['li@jyj.test.cn', 'zhao@jyj.test.cn']) {
      expect((await world.api.http.get('/people').query({ q: email }).set('authorization', world.coordinator.auth)).body.total).toBe(1);
    }
  });

  it('keeps a unit contact out of the administration pages, and the API refuses them too', async () => {
    await signIn(page, world.bureauContact.email, world.bureauContact.password);
    await page.waitForURL('**/desk');
    await expect(page.getByRole('menuitem', { name: '机构与人员' }).count()).resolves.toBe(0);
    await page.goto('/admin?tab=people');
    await page.waitForURL('**/desk');
    // The page's own session, as a script in it would use it: the cookie and its CSRF token.
    const csrf = (await page.context().cookies()).find((c) => c.name === 'dse_csrf')!.value;
    const refused = await page.evaluate(async (token) => {
      const response = await fetch('/api/people', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(token) },
        body: JSON.stringify({ name: '冒名', email: 'x@jyj.test.cn', roles: ['admin'] }),
      });
      return { status: response.status, code: ((await response.json()) as { code: string }).code };
    }, csrf);
    expect(refused).toEqual({ status: 403, code: 'FORBIDDEN' });
  });
});
