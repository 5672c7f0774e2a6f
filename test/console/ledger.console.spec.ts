import { createTask } from '../support/supervision-fixtures';
import { screenshot, signIn } from './support/browser';
import { consoleSuite } from './support/console-stack';
import { sheetFile } from './support/xlsx';
import { openNav } from './support/navigation';

describe('console: the ledger', () => {
  const suite = consoleSuite();

  it('a coordinator imports a ledger with a bad row, sees its row number and reason, fixes the file and imports it', async () => {
    await signIn(suite.page, suite.world.coordinator.email, suite.world.coordinator.password);
    await suite.page.waitForURL('**/desk');
    await openNav(suite.page, '督办台账');
    await suite.page.waitForURL('**/ledger');
    await suite.page.getByText('没有符合条件的任务').waitFor();

    await suite.page.getByRole('button', { name: '导入台账' }).click();
    const header = ['任务名称', '责任单位', '办理时限', '来源'];
    await suite.page.getByLabel('台账文件').setInputFiles(
      await sheetFile([header, ['公开权责清单', '区教育局', '2026-12-30'], ['公开统计数据', '区不存在局', '2026-12-30']]),
    );
    const refused = suite.page.getByTestId('import-refused');
    await refused.waitFor();
    await expect(refused.innerText()).resolves.toContain('文件有1处错误，未导入任何一行');
    const badRows = suite.page.getByTestId('import-bad-rows');
    await expect(badRows.innerText()).resolves.toMatch(/第3行\s+责任单位\s+单位“区不存在局”不存在/);
    await expect(suite.page.getByRole('button', { name: '确认导入' }).count()).resolves.toBe(0);
    await screenshot(suite.page, 'ledger-import-bad-row');

    await suite.page.getByLabel('台账文件').setInputFiles(
      await sheetFile([header, ['公开权责清单', '区教育局', '2026-12-30'], ['公开统计数据', '区卫健委', '2026-12-29', '督查发现']]),
    );
    await suite.page.getByTestId('import-checked').waitFor();
    await expect(suite.page.getByTestId('import-checked').innerText()).resolves.toContain('检查通过：共2行');
    await suite.page.getByRole('button', { name: '确认导入' }).click();
    await suite.page.getByTestId('import-result').getByText('已导入2项任务').waitFor();

    const table = suite.page.getByTestId('ledger-table');
    await table.getByText('公开权责清单').waitFor();
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    // Soonest due first, with the unit's name and the working days left.
    await expect(rows.nth(0).innerText()).resolves.toMatch(/公开统计数据\s+区卫健委\s+督查发现\s+2026-12-29\s+剩余\d+个工作日/);
    await expect(rows.nth(1).innerText()).resolves.toMatch(/公开权责清单\s+区教育局\s+方案台账\s+2026-12-30/);
    await screenshot(suite.page, 'ledger');

    await suite.page.getByLabel('任务名称').fill('权责');
    await suite.page.getByRole('button', { name: '查询' }).click();
    await suite.page.waitForURL((url) => url.searchParams.get('q') === '权责');
    await suite.page.reload();
    await suite.page.getByTestId('ledger-table').getByText('公开权责清单').waitFor();
    await expect(suite.page.getByTestId('ledger-table').locator('tbody tr').count()).resolves.toBe(1);
    await expect(suite.page.getByLabel('任务名称').inputValue()).resolves.toBe('权责');
  });

  it('a coordinator assigns a task with a limit in working days; the form says what is missing before sending', async () => {
    const { world, page } = suite;
    await signIn(page, world.coordinator.email, world.coordinator.password);
    await page.waitForURL('**/desk');
    await page.goto('/ledger');
    await page.getByRole('button', { name: '新建任务' }).click();
    const dialog = page.getByRole('dialog', { name: '新建任务' });
    await dialog.getByRole('button', { name: '交办' }).click();
    await dialog.getByText('请输入任务名称').waitFor();
    await dialog.getByText('请选择责任单位').waitFor();

    await dialog.getByLabel('任务名称').fill('公开行政执法结果');
    await dialog.getByRole('combobox', { name: '责任单位' }).click({ force: true });
    await page.getByRole('option', { name: '区卫健委' }).click();
    await dialog.getByText('自今日起若干工作日').click();
    await dialog.getByRole('spinbutton', { name: '工作日数' }).fill('5');
    await screenshot(page, 'ledger-create-task');
    await dialog.getByRole('button', { name: '交办' }).click();
    await page.getByText('任务已交办').waitFor();
    const row = page.getByTestId('ledger-table').locator('tbody tr').filter({ hasText: '公开行政执法结果' });
    await expect(row.innerText()).resolves.toMatch(/公开行政执法结果\s+区卫健委\s+方案台账\s+\d{4}-\d{2}-\d{2}\s+剩余5个工作日/);
  });

  it('pages a long list through the URL, beside its filters: a filter starts again at page one, and the back button brings the form back with the list', async () => {
    const { world, page } = suite;
    for (let i = 1; i <= 21; i++) await createTask(world, { title: `分页任务${String(i).padStart(2, '0')}`, unitId: world.bureau.id, dueOn: '2026-12-30' });
    await signIn(page, world.coordinator.email, world.coordinator.password);
    await page.waitForURL('**/desk');
    await page.goto('/ledger');
    const table = page.getByTestId('ledger-table');
    await page.getByLabel('任务名称').fill('分页任务');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === '分页任务');
    await page.locator('.pager').getByText('共 21 条').waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(20);

    await page.locator('.pager').getByRole('listitem', { name: '第 2 页' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2' && url.searchParams.get('q') === '分页任务');
    await expect(table.locator('tbody tr').count()).resolves.toBe(1);
    await screenshot(page, 'ledger-page-2');

    await page.getByLabel('任务名称').fill('分页任务21');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === '分页任务21' && !url.searchParams.has('page'));
    await page.locator('.pager').getByText('共 1 条').waitFor();
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await expect(page.getByLabel('任务名称').inputValue()).resolves.toBe('分页任务');
    await page.locator('.pager').getByText('共 21 条').waitFor();
  });
});
