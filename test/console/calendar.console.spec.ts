import type { Page } from 'playwright-core';
import { openCases } from '../../apps/api/src/calendar/calendar-impact';
import { CalendarService } from '../../apps/api/src/calendar/calendar.service';
import { calendarReadiness } from '../../libs/domain/src/calendar/calendar-readiness';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { calendarBefore, movingYear } from '../support/calendar-fixtures';
import { createTask } from '../support/supervision-fixtures';
import { tcpRelay, type TcpRelay } from '../support/tcp-relay';
import { ADMIN, startTestApi, type TestApi } from '../support/test-api';
import { waitFor } from '../support/wait-for';
import { openPage, screenshot, signIn } from './support/browser';
import { consoleSuite, serveConsole, type Served } from './support/console-stack';
import { openNav } from './support/navigation';

const file = (json: Record<string, unknown>, name = `${String(json.year)}.json`) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json), 'utf8') });

describe('console: the working-day calendar', () => {
  const suite = consoleSuite();
  const today = shanghaiDate(new Date());
  // A year the office's data does not hold, whatever day the test runs (movingYear says how its dates are chosen).
  const s = movingYear(today);
  beforeAll(() => calendarBefore(suite.world.api, s.year));

  /** Loads a year's file on the calendar page and waits for its preview. */
  const preview = async (page: Page, year: Record<string, unknown>) => {
    await page.getByLabel('节假日安排文件').setInputFiles(file(year));
    const shown = page.getByTestId('calendar-preview');
    await shown.waitFor();
    return shown;
  };
  const dueOf = async (taskId: string) => (await suite.world.api.http.get(`/tasks/${taskId}`).set('authorization', suite.world.coordinator.auth)).body as { dueOn: string; dueProvisional: boolean };

  it('warns on the desk, refuses a bad year file with its faults, previews the year and its impact, then publishes it', async () => {
    const { world, page } = suite;
    const title = `公开${s.year}年部门预算`;
    const task = await createTask(world, { title, unitId: world.bureau.id, dueOn: s.provisional.task });
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.waitForURL('**/desk');
    // From 1 November the desk warns of next year's missing calendar; the test's year is next year then.
    if (calendarReadiness(today, s.year - 1).warning) {
      const warning = page.getByTestId('desk-calendar-warning');
      await warning.waitFor();
      await expect(warning.innerText()).resolves.toMatch(new RegExp(`${s.year}年工作日历尚未载入[\\s\\S]*1项未办结事项的时限暂按周一至周五计算`));
      await screenshot(page, 'calendar-desk-warning');
    }

    await openNav(page, '工作日历');
    await page.getByTestId('calendar-versions').getByText('国办发明电〔2025〕7号').waitFor();
    // A weekday of the year outside its holiday, given as a make-up working day: a make-up day is a weekend day.
    const weekday = s.provisional.a;
    await page.getByLabel('节假日安排文件').setInputFiles(file({ ...s.published.file, makeupWorkdays: [{ date: weekday, for: '测试假日' }] }, `${s.year}-bad.json`));
    const faults = page.getByTestId('calendar-faults');
    await faults.getByText('makeupWorkdays[0].date').waitFor();
    await expect(faults.innerText()).resolves.toContain(`调休上班日 ${weekday} 不是周六或周日`);

    const shown = await preview(page, s.published.file);
    const { holidays, makeupWorkdays } = s.published.file as { holidays: Array<{ from: string; to: string }>; makeupWorkdays: Array<{ date: string }> };
    await expect(shown.locator(`[data-date="${holidays[0].to}"]`).getAttribute('data-kind')).resolves.toBe('holiday');
    await expect(shown.locator(`[data-date="${makeupWorkdays[0].date}"]`).getAttribute('data-kind')).resolves.toBe('makeup');
    const impact = shown.getByTestId('calendar-impact').locator('tbody tr');
    await expect(impact.count()).resolves.toBe(1);
    await expect(impact.first().innerText()).resolves.toMatch(new RegExp(`${title}\\s+任务办理时限\\s+${s.provisional.task}\\s+${s.published.dates.task}`));
    await screenshot(page, 'calendar-preview');

    await shown.getByRole('button', { name: '发布此版本' }).click();
    await page.getByText(/日历版本 \d+ 已发布，1 项时限已按新日历调整/).waitFor();
    await page.getByTestId('calendar-versions').locator('tbody tr').first().getByText('现行').waitFor();
    // The task's workflow records the move a moment after the publication answers.
    await waitFor('the task to follow the new calendar', async () => (await dueOf(task.id)).dueOn === s.published.dates.task, 30_000);
    await expect(dueOf(task.id)).resolves.toMatchObject({ dueOn: s.published.dates.task, dueProvisional: false });
    await screenshot(page, 'calendar-published');

    await openNav(page, '工作台');
    await page.waitForURL('**/desk');
    await page.getByText('逾期和即将到期的任务').waitFor();
    await expect(page.getByTestId('desk-calendar-warning').count()).resolves.toBe(0);
  });

  describe('published while Temporal cannot be reached', () => {
    let relay: TcpRelay;
    let cut: ({ api: TestApi; stop(): Promise<void> } & Served) | undefined;
    beforeAll(async () => {
      // A second API process on the same database, as an office runs two, whose link to Temporal goes down.
      relay = await tcpRelay(process.env.TEST_TEMPORAL_ADDRESS!);
      cut = await serveConsole(
        (env) => startTestApi({ ...env, TEMPORAL_TASK_QUEUE: suite.world.worker.taskQueue, PENDING_START_INTERVAL: '1h' }, { temporalAddress: relay.address, database: suite.world.api.db }).then((api) => ({ api, stop: () => api.close() })),
      );
    });
    afterAll(async () => {
      await cut?.stop();
      await relay?.cut();
    });

    it('says how many cases are still to be told, and a later pass tells them', async () => {
      const task = await createTask(suite.world, { title: `${s.year}年政府信息公开工作要点`, unitId: suite.world.health.id, dueOn: s.provisional.task });
      const page = await openPage(cut!.browser, cut!.baseURL);
      try {
        await signIn(page, ADMIN.email, ADMIN.password);
        await page.waitForURL('**/desk');
        await openNav(page, '工作日历');
        const shown = await preview(page, s.corrected.file);
        await relay.cut();
        const cases = (await openCases(suite.world.api.db.dataSource)).length;
        await shown.getByRole('button', { name: '发布此版本' }).click();
        // Neither asked what moves nor told: no move is listed, every open case waits.
        const warned = page.locator('.el-message', { hasText: new RegExp(`日历版本 \\d+ 已发布，0 项时限已按新日历调整；另有 ${cases} 个案件暂未收到通知，系统将自动重试`) });
        await warned.waitFor({ timeout: 60_000 });
        await page.getByTestId('calendar-versions').locator('tbody tr').first().getByText('现行').waitFor();
        await screenshot(page, 'calendar-published-pending');
        // It stays until the admin closes it: the cases wait, whether or not they looked up in time.
        await warned.locator('.el-message__closeBtn').click();
        await warned.waitFor({ state: 'detached' });
      } finally {
        await page.context().close();
      }
      // The API that reaches Temporal tells them on its next pass (every PENDING_START_INTERVAL; here at once).
      expect(await suite.world.api.app.get(CalendarService).tellPending()).toBe(0);
      await waitFor('the task to follow the corrected calendar', async () => (await dueOf(task.id)).dueOn === s.corrected.dates.task, 30_000);
    }, 120_000);
  });
});
