import type { Page } from 'playwright-core';
import { openPage, screenshot, signIn } from './support/browser';
import { startConsoleWorld, type ConsoleWorld } from './support/console-stack';
import { navEntries, openNav } from './support/navigation';

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
    await openNav(page, '机构与人员');
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

  it('edits units and people, deactivates and reactivates them, with the refusals shown where they belong', async () => {
    await signIn(page, world.coordinator.email, world.coordinator.password);
    await page.waitForURL('**/desk');
    await page.goto('/admin');
    const tree = page.getByTestId('unit-tree');
    const confirm = (verb: string) => page.locator('.el-message-box').getByRole('button', { name: verb }).click();
    const pickIn = async (dialog: ReturnType<Page['getByRole']>, field: string, option: string) => {
      await dialog.locator('.el-select__wrapper', { has: page.getByRole('combobox', { name: field }) }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };

    // A new section under the bureau; a name already taken is refused next to the name.
    await page.getByRole('button', { name: '新增单位' }).click();
    let dialog = page.getByRole('dialog', { name: '新增单位' });
    await dialog.getByLabel('单位名称').fill('区教育局');
    await pickIn(dialog, '上级单位', '区教育局');
    await dialog.getByLabel('联络邮箱（多个用逗号分隔）').fill('jcjy@jyj.test.cn，错误地址');
    await dialog.getByTestId('unit-save').click();
    await dialog.getByText('联络邮箱须为邮箱地址，多个用逗号分隔').waitFor();
    await dialog.getByLabel('联络邮箱（多个用逗号分隔）').fill('jcjy@jyj.test.cn');
    await dialog.getByTestId('unit-save').click();
    await dialog.locator('.el-form-item__error', { hasText: '已被占用' }).waitFor();
    await dialog.getByLabel('单位名称').fill('区教育局基础教育科');
    await dialog.getByTestId('unit-save').click();
    await dialog.waitFor({ state: 'detached' });
    const bureau = tree.getByRole('treeitem', { name: /^区教育局/ }).first();
    await bureau.getByRole('group').getByText('区教育局基础教育科').waitFor();
    const units = (await world.api.http.get('/units').query({ pageSize: 100 }).set('authorization', world.coordinator.auth)).body.items as { name: string; parentId: string | null; contactEmails: string[] }[];
    expect(units.find((u) => u.name === '区教育局基础教育科')).toMatchObject({ parentId: world.bureau.id, contactEmails: ['jcjy@jyj.test.cn'] });

    // The bureau is renamed; its own section is not offered as its parent.
    await tree.getByRole('button', { name: '编辑区教育局', exact: true }).click();
    dialog = page.getByRole('dialog', { name: '编辑单位：区教育局' });
    await expect(dialog.getByLabel('单位名称').inputValue()).resolves.toBe('区教育局');
    await dialog.locator('.el-select__wrapper', { has: page.getByRole('combobox', { name: '上级单位' }) }).click();
    await page.getByRole('option', { name: '区卫健委', exact: true }).waitFor();
    await expect(page.getByRole('option', { name: '区教育局基础教育科' }).count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await dialog.getByLabel('单位名称').fill('区教育体育局');
    await dialog.getByTestId('unit-save').click();
    await dialog.waitFor({ state: 'detached' });
    await tree.getByText('区教育体育局', { exact: true }).waitFor();
    await screenshot(page, 'admin-units-edited');

    // A unit with people at work is not deactivated: the API says why.
    await tree.getByRole('button', { name: '停用区卫健委', exact: true }).click();
    await confirm('停用');
    const atWork = (await world.api.http.get('/people').query({ unitId: world.health.id, active: true }).set('authorization', world.coordinator.auth)).body.total;
    await expect(page.getByTestId('unit-action-error').innerText()).resolves.toBe(`该单位有 ${atWork} 名在用人员，请先停用或移走`);

    // The health commission's contact becomes a signer too, is deactivated (and cannot sign in), then reactivated.
    await page.getByRole('tab', { name: '人员' }).click();
    const row = page.getByTestId('people').locator('tbody tr').filter({ hasText: 'wu@wjw.test.cn' });
    await row.getByRole('button', { name: '编辑' }).click();
    dialog = page.getByRole('dialog', { name: '编辑人员：卫健委小吴' });
    await dialog.locator('label.el-checkbox', { hasText: '审签人' }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('审签人须选择审签级别').waitFor();
    await pickIn(dialog, '审签级别', '第1级 科室负责人');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.filter({ hasText: '单位联络员、审签人' }).waitFor();
    await expect(row.innerText()).resolves.toContain('第1级 科室负责人');
    const wu = (await world.api.http.get('/people').query({ q: 'wu@wjw' }).set('authorization', world.coordinator.auth)).body.items[0];
    expect([wu.roles, wu.signerLevel]).toEqual([['unit_contact', 'signer'], 1]);

    await row.getByRole('button', { name: '停用' }).click();
    await confirm('停用');
    await row.filter({ hasText: '已停用' }).waitFor();
    expect((await world.api.http.post('/auth/login').send({ email: 'wu@wjw.test.cn', password: world.healthContact.password })).status).toBe(401);
    await screenshot(page, 'admin-person-deactivated');
    await row.getByRole('button', { name: '启用' }).click();
    await confirm('启用');
    await row.filter({ hasText: '在用' }).waitFor();
    expect((await world.api.http.post('/auth/login').send({ email: 'wu@wjw.test.cn', password: world.healthContact.password })).status).toBe(200);
  });

  it("lets a person make their own API token, shown once, and revoke it", async () => {
    await signIn(page, world.bureauContact.email, world.bureauContact.password);
    await page.waitForURL('**/desk');
    await page.getByTestId('who').getByRole('link', { name: 'API令牌' }).click();
    await page.waitForURL('**/tokens');
    await page.getByTestId('tokens').getByText('还没有令牌').waitFor();
    await page.getByRole('button', { name: '新建令牌' }).click();
    await page.getByText('请填写令牌用途，如“OA系统同步”').waitFor();
    await page.getByLabel('用途').fill('OA系统同步');
    await page.getByLabel('有效天数').fill('30');
    await page.getByRole('button', { name: '新建令牌' }).click();
    const token = await page.getByTestId('new-token').innerText();
    expect(token).toMatch(/^dse_/);
    await screenshot(page, 'tokens-created');
    const me = await world.api.http.get('/auth/me').set('authorization', `Bearer ${token}`);
    expect([me.status, me.body.name]).toEqual([200, '教育局小王']);
    await page.getByRole('button', { name: '我已保存，关闭' }).click();
    await expect(page.getByTestId('new-token').count()).resolves.toBe(0);
    const listed = page.getByTestId('tokens').locator('tbody tr').filter({ hasText: 'OA系统同步' });
    await expect(listed.innerText()).resolves.toContain('未使用');
    await page.reload();
    await expect(page.getByText(token).count()).resolves.toBe(0);

    await listed.getByRole('button', { name: '吊销' }).click();
    await page.locator('.el-message-box').getByRole('button', { name: '吊销' }).click();
    await page.getByTestId('tokens').getByText('还没有令牌').waitFor();
    expect((await world.api.http.get('/auth/me').set('authorization', `Bearer ${token}`)).status).toBe(401);
  });

  it('keeps a unit contact out of the administration pages, and the API refuses them too', async () => {
    await signIn(page, world.bureauContact.email, world.bureauContact.password);
    await page.waitForURL('**/desk');
    await expect(navEntries(page)).resolves.not.toContain('机构与人员');
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
