import { createTask } from '../support/supervision-fixtures';
import { waitFor } from '../support/wait-for';
import { screenshot, signIn } from './support/browser';
import { consoleSuite } from './support/console-stack';
import { openNav } from './support/navigation';

describe('console: phone dispatch and the mail log', () => {
  const suite = consoleSuite({ SUPERVISION_MAX_UNREACHABLE_TRIES: '2' });

  it('the coordinator records an unreachable call and sees the try count, then finds the messages sent in the mail log', async () => {
    const { world, page } = suite;
    // Overdue since a past Friday: the next working day's urging plans a call to the unit.
    await createTask(world, { title: '公开财政预决算', unitId: world.bureau.id, dueOn: '2026-11-27' });
    const urged = await world.api.http.post('/daily-urging/2026-11-30').set('authorization', world.coordinator.auth);
    expect(urged.status).toBe(200);

    await signIn(page, world.coordinator.email, world.coordinator.password);
    await page.waitForURL('**/desk');
    await openNav(page, '电话调度');
    const row = page.getByTestId('calls-table').locator('tbody tr').filter({ hasText: '区教育局' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/区教育局\s+0571-1000\s+公开财政预决算\s*（已逾期\d+个工作日）/);
    await expect(row.innerText()).resolves.toContain('未接通0次');
    await expect(row.innerText()).resolves.toContain('再有2次未接通将告知单位领导');

    await row.getByRole('button', { name: '记录结果' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('未接通', { exact: true }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    const said = await page.getByText(/已记录第1次未接通，将于\d{4}-\d{2}-\d{2}再次拨打/).innerText();
    const next = /将于(\d{4}-\d{2}-\d{2})/.exec(said)![1];

    await page.goto(`/calls?on=${next}`);
    const again = page.getByTestId('calls-table').locator('tbody tr').filter({ hasText: '区教育局' });
    await again.getByText('未接通1次').waitFor();
    await expect(again.innerText()).resolves.toContain('再有1次未接通将告知单位领导');
    await screenshot(page, 'calls');

    // The outbox sends on its own; the log lists what went out.
    await waitFor('the assignment notice sent', async () => {
      const log = await world.api.http.get('/mail').query({ status: 'sent' }).set('authorization', world.coordinator.auth);
      return log.body.items.some((m: { subject: string }) => m.subject === '【任务交办】公开财政预决算') || undefined;
    });
    await openNav(page, '邮件日志');
    const mail = page.getByTestId('mail-table');
    const notice = mail.locator('tbody tr').filter({ hasText: '【任务交办】公开财政预决算' });
    await expect(notice.innerText()).resolves.toMatch(/gkb@jyj\.test\.cn[\s\S]*已发送/);
    await page.getByLabel('键前缀').fill('digest:');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL((url) => url.searchParams.get('keyPrefix') === 'digest:');
    await mail.locator('tbody tr').filter({ hasText: '【日常督促】区教育局' }).first().waitFor();
    await expect(mail.getByText('【任务交办】公开财政预决算').count()).resolves.toBe(0);
    await screenshot(page, 'mail');
  });
});
