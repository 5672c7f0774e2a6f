import { heldRequest } from '../support/calendar-hold-fixtures';
import { startRequestWorld } from '../support/request-fixtures';
import { screenshot } from './support/browser';
import { openNav } from './support/navigation';
import { peopleInBrowsers } from './support/people-in-browsers';

describe('console: a coordinator decides on a case a published calendar is held back from', () => {
  const people = peopleInBrowsers(startRequestWorld);

  it('lists the breached request with its old and new date, asks for a reason, and moves its due date on 按新日历调整', async () => {
    const w = people.world;
    const { request, oldDue, newDue, notice } = await heldRequest(w);
    const page = await people.as(w.coordinator);
    await page.goto('/desk');
    await openNav(page, '日历调整待决');
    const table = page.getByTestId('calendar-holds');
    const row = table.locator('.el-table__row', { hasText: request.number });
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(new RegExp(`依申请公开 ${request.number}[\\s\\S]*${notice}[\\s\\S]*依申请公开答复期限：${oldDue} → ${newDue}`));
    await screenshot(page, 'calendar-holds');

    await row.getByRole('button', { name: '按新日历调整' }).click();
    const dialog = page.getByRole('dialog', { name: '按新日历调整时限' });
    await dialog.getByRole('button', { name: '调整', exact: true }).click();
    await dialog.getByText('请说明理由').waitFor();
    await dialog.locator('textarea').fill('更正通知对本件同样适用');
    await dialog.getByRole('button', { name: '调整', exact: true }).click();
    const confirm = page.locator('.el-message-box');
    await expect(confirm.innerText()).resolves.toContain(`依申请公开答复期限 ${oldDue} → ${newDue}`);
    await confirm.getByRole('button', { name: '调整', exact: true }).click();
    await page.getByText('已按新日历调整时限').waitFor();
    await table.getByText('没有待决定的时限调整').waitFor();

    await page.goto(`/requests/${request.id}`);
    await page.getByTestId('due-on').filter({ hasText: newDue }).waitFor();
    await expect(page.getByTestId('event-calendar_hold_decided').innerText()).resolves.toContain('更正通知对本件同样适用');
    await screenshot(page, 'calendar-hold-applied');
  }, 120_000);
});
