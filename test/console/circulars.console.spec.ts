import { insertPastTask } from '../support/supervision-fixtures';
import { screenshot, signIn } from './support/browser';
import { consoleSuite } from './support/console-stack';
import { openNav } from './support/navigation';

describe('console: the quarterly circular', () => {
  const suite = consoleSuite();

  it('the coordinator issues a past quarter, confirming first, and sees the ranking, its chart, the last place and the trend', async () => {
    const { world, page } = suite;
    const past = (unitId: string, title: string, dueOn: string, submittedOn: string) => insertPastTask(world, { unitId, title, dueOn, submittedOn });
    // 2024 Q2 and Q3: the education bureau always on time; the health commission late once each quarter.
    await past(world.bureau.id, '公开二季度预算执行', '2024-05-10', '2024-05-10');
    await past(world.bureau.id, '公开招生政策', '2024-05-13', '2024-05-13');
    await past(world.bureau.id, '公开校车线路', '2024-06-03', '2024-06-03');
    await past(world.health.id, '公开医保目录', '2024-05-10', '2024-05-10');
    await past(world.health.id, '公开药品采购', '2024-05-13', '2024-05-13');
    await past(world.health.id, '公开卫生许可', '2024-06-03', '2024-06-05');
    await past(world.bureau.id, '公开暑期托管安排', '2024-07-10', '2024-07-08');
    await past(world.bureau.id, '公开教师招聘公告', '2024-07-15', '2024-07-15');
    await past(world.bureau.id, '公开秋季学期收费', '2024-08-20', '2024-08-19');
    await past(world.health.id, '公开医疗机构名录', '2024-07-10', '2024-07-10');
    await past(world.health.id, '公开疫苗接种点', '2024-07-10', '2024-07-12');
    await past(world.health.id, '公开卫生监督结果', '2024-08-01', '2024-08-01');
    expect((await world.api.http.post('/circulars/2024/2').set('authorization', world.coordinator.auth)).status).toBe(200);

    await signIn(page, world.coordinator.email, world.coordinator.password);
    await page.waitForURL('**/desk');
    await openNav(page, '季度通报');
    await page.getByTestId('circulars-table').getByText('2024年第2季度政务公开工作通报').waitFor();

    await page.getByRole('spinbutton', { name: '年份' }).fill('2024');
    await page.getByRole('combobox', { name: '季度' }).click({ force: true });
    await page.getByRole('option', { name: '第3季度' }).click();
    await page.getByRole('button', { name: '发布通报' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm.innerText()).resolves.toContain('将发布2024年第3季度政务公开工作通报');
    await confirm.getByRole('button', { name: '发布', exact: true }).click();
    await page.waitForURL('**/circulars/2024/3', { timeout: 60_000 });

    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('2024年第3季度政务公开工作通报');
    const table = page.getByTestId('ranking-table');
    await expect(table.locator('tbody tr').nth(0).innerText()).resolves.toMatch(/^1\s+区教育局\s+100/);
    await expect(table.locator('tbody tr').nth(1).innerText()).resolves.toMatch(/^2\s+区卫健委/);
    const chart = page.getByTestId('ranking-chart');
    await chart.locator('canvas').waitFor();
    await expect(chart.locator('[aria-label]').first().getAttribute('aria-label')).resolves.toMatch(/区教育局[\s\S]*区卫健委/);
    await expect(page.getByTestId('last-place').innerText()).resolves.toContain('区卫健委');
    await expect(page.getByTestId('unranked').innerText()).resolves.toContain('区政府办公室');
    const trend = page.getByTestId('trend-chart');
    await trend.locator('canvas').waitFor();
    await expect(trend.locator('[aria-label]').first().getAttribute('aria-label')).resolves.toMatch(/2024年Q2[\s\S]*2024年Q3/);
    await expect(page.getByRole('link', { name: '下载通报（.docx）' }).getAttribute('href')).resolves.toBe('/api/circulars/2024/3/circular.docx');
    const docx = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载通报（.docx）' }).click()]).then(([d]) => d);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    await screenshot(page, 'circular');

    // Issued already: sending it again is a separate, confirmed step.
    await page.goto('/circulars');
    await page.getByRole('spinbutton', { name: '年份' }).fill('2024');
    await page.getByRole('combobox', { name: '季度' }).click({ force: true });
    await page.getByRole('option', { name: '第3季度' }).click();
    await expect(page.getByRole('button', { name: '发布通报' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '强制重新发送' }).click();
    await expect(page.getByRole('dialog').innerText()).resolves.toContain('已经发布过');
    await page.getByRole('dialog').getByRole('button', { name: '重新发送' }).click();
    await page.waitForURL('**/circulars/2024/3', { timeout: 60_000 });
    await page.getByText('已发送2次').waitFor();
    await page.goto('/circulars');
    await page.getByTestId('circulars-table').getByText('2024年第3季度政务公开工作通报').waitFor();
    await screenshot(page, 'circulars');
  });
});
