import { createTask } from '../support/supervision-fixtures';
import { ADMIN } from '../support/test-api';
import { waitFor } from '../support/wait-for';
import { fictional2027 } from '../support/calendar-fixtures';
import { screenshot, signIn } from './support/browser';
import { consoleSuite } from './support/console-stack';
import { openNav } from './support/navigation';

const file = (json: unknown, name = '2027.json') => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json), 'utf8') });

describe('console: the working-day calendar', () => {
  const suite = consoleSuite();

  it('warns on the desk, refuses a bad year file with its faults, previews the year and its impact, then publishes it', async () => {
    const { world, page } = suite;
    const task = await createTask(world, { title: '公开2027年部门预算', unitId: world.bureau.id, dueOn: '2027-01-08' });
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL('**/desk');
    // The scenario's today is December 2026: 2027 is missing, and the task's due is provisional.
    const warning = page.getByTestId('desk-calendar-warning');
    await warning.waitFor();
    await expect(warning.innerText()).resolves.toMatch(/2027年工作日历尚未载入[\s\S]*1项未办结事项的时限暂按周一至周五计算/);
    await screenshot(page, 'calendar-desk-warning');

    await openNav(page, '工作日历');
    await page.getByTestId('calendar-versions').getByText('国办发明电〔2025〕7号').waitFor();
    await page.getByLabel('节假日安排文件').setInputFiles(file({ ...fictional2027(), makeupWorkdays: [{ date: '2027-01-13', for: '元旦' }] }, '2027-bad.json'));
    const faults = page.getByTestId('calendar-faults');
    await faults.getByText('makeupWorkdays[0].date').waitFor();
    await expect(faults.innerText()).resolves.toContain('调休上班日 2027-01-13 不是周六或周日');

    await page.getByLabel('节假日安排文件').setInputFiles(file(fictional2027()));
    const preview = page.getByTestId('calendar-preview');
    await preview.waitFor();
    await expect(preview.locator('[data-date="2027-01-08"]').getAttribute('data-kind')).resolves.toBe('holiday');
    await expect(preview.locator('[data-date="2027-01-10"]').getAttribute('data-kind')).resolves.toBe('makeup');
    await expect(preview.locator('[data-date="2027-01-11"]').getAttribute('data-kind')).resolves.toBe('workday');
    const impact = preview.getByTestId('calendar-impact').locator('tbody tr');
    await expect(impact.count()).resolves.toBe(1);
    await expect(impact.first().innerText()).resolves.toMatch(/公开2027年部门预算\s+任务办理时限\s+2027-01-08\s+2027-01-10/);
    await screenshot(page, 'calendar-preview');

    await preview.getByRole('button', { name: '发布此版本' }).click();
    await page.getByText(/日历版本 \d+ 已发布，1 项时限已按新日历调整/).waitFor();
    await page.getByTestId('calendar-versions').locator('tbody tr').first().getByText('现行').waitFor();
    const read = async () => (await world.api.http.get(`/tasks/${task.id}`).set('authorization', world.coordinator.auth)).body;
    // The task's workflow records the move a moment after the publication answers.
    await waitFor('the task to follow the new calendar', async () => (await read()).dueOn === '2027-01-10', 30_000);
    await expect(read()).resolves.toMatchObject({ dueOn: '2027-01-10', dueProvisional: false });
    await screenshot(page, 'calendar-published');

    await openNav(page, '工作台');
    await page.waitForURL('**/desk');
    await page.getByText('逾期和即将到期的任务').waitFor();
    await expect(page.getByTestId('desk-calendar-warning').count()).resolves.toBe(0);
  });
});
