import { createTask } from '../support/supervision-fixtures';
import { waitFor } from '../support/wait-for';
import { screenshot, signIn } from './support/browser';
import { consoleSuite } from './support/console-stack';

describe("console: a unit's task, its evidence, its return and verification, its supervision order", () => {
  // A limit in seconds, so the overdue notice and the order arrive while the test runs.
  const suite = consoleSuite({ SUPERVISION_REMIND_BEFORE: '1s', SUPERVISION_ORDER_AFTER: '2s', SUPERVISION_ORDER_REPLY: '600s', EVIDENCE_FILE_LIMIT: '1kb' });

  const signInAs = async (who: { email: string; password: string }) => {
    await signIn(suite.page, who.email, who.password);
    await suite.page.waitForURL('**/desk');
  };
  const signOut = async () => {
    await suite.page.getByRole('button', { name: '退出登录' }).click();
    await suite.page.waitForURL('**/login');
  };

  it('a unit contact sees only their unit, is refused another unit by URL, submits evidence; the coordinator returns it, then verifies the resubmission', async () => {
    const own = await createTask(suite.world, { title: '更新政府信息公开指南', unitId: suite.world.bureau.id, dueOn: '2026-12-30' });
    const other = await createTask(suite.world, { title: '公开医疗机构名录', unitId: suite.world.health.id, dueOn: '2026-12-29' });

    await signInAs(suite.world.bureauContact);
    await suite.page.goto('/ledger');
    const table = suite.page.getByTestId('ledger-table');
    await table.getByText('更新政府信息公开指南').waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(1);
    await expect(table.getByText('公开医疗机构名录').count()).resolves.toBe(0);

    await suite.page.goto(`/ledger/${other.id}`);
    await expect(suite.page.getByTestId('load-error').innerText()).resolves.toContain('只能查看本单位的任务');
    await screenshot(suite.page, 'task-refused-other-unit');

    await suite.page.goto(`/ledger/${own.id}`);
    await suite.page.getByRole('button', { name: '开始办理' }).click();
    await suite.page.getByText('开始办理成功').waitFor();
    await suite.page.getByText('办理中').first().waitFor();

    // Too big for EVIDENCE_FILE_LIMIT: the server's refusal shows, and nothing is submitted.
    await suite.page.getByLabel('选择附件文件').setInputFiles({ name: '大文件.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(4096, 1) });
    await suite.page.getByRole('button', { name: '报送', exact: true }).click();
    await suite.page.getByText('“大文件.pdf”大于1 KB的上限（EVIDENCE_FILE_LIMIT）').waitFor();
    await expect(suite.page.getByTestId('evidence').count()).resolves.toBe(0);

    await suite.page.getByLabel('选择附件文件').setInputFiles({ name: '公开指南截图.png', mimeType: 'image/png', buffer: Buffer.from('png bytes') });
    await suite.page.getByLabel('公开页面链接（每行一个）').fill('https://jyj.test.cn/zwgk/guide.html');
    await suite.page.getByLabel('办理情况说明').fill('指南已更新并公开');
    await suite.page.getByRole('button', { name: '报送', exact: true }).click();
    await suite.page.getByText('佐证材料已报送').waitFor();
    const evidence = suite.page.getByTestId('evidence');
    await evidence.getByText('公开指南截图.png').waitFor();
    const download = await Promise.all([suite.page.waitForEvent('download'), evidence.getByText('公开指南截图.png').click()]).then(([d]) => d);
    expect(download.suggestedFilename()).toBe('公开指南截图.png');
    await expect(suite.page.getByTestId('timeline').innerText()).resolves.toContain('报送佐证材料');
    await signOut();

    await signInAs(suite.world.coordinator);
    await suite.page.goto(`/ledger/${own.id}`);
    await suite.page.getByRole('button', { name: '退回重办' }).click();
    await suite.page.getByText('请填写退回原因').waitFor();
    await suite.page.getByLabel('退回原因').fill('缺少公开页面截图的日期');
    await suite.page.getByRole('button', { name: '退回重办' }).click();
    await suite.page.getByRole('dialog').getByRole('button', { name: '退回重办' }).click();
    await suite.page.getByTestId('return-reason').waitFor();
    await signOut();

    await signInAs(suite.world.bureauContact);
    await suite.page.goto(`/ledger/${own.id}`);
    await expect(suite.page.getByTestId('return-reason').innerText()).resolves.toBe('缺少公开页面截图的日期');
    await suite.page.getByLabel('公开页面链接（每行一个）').fill('https://jyj.test.cn/zwgk/guide.html?date=2026-12-01');
    await suite.page.getByRole('button', { name: '报送', exact: true }).click();
    await suite.page.getByText('佐证材料已报送').waitFor();
    await signOut();

    await signInAs(suite.world.coordinator);
    await suite.page.goto(`/ledger/${own.id}`);
    await suite.page.getByRole('button', { name: '核验办结' }).click();
    await suite.page.getByRole('dialog').getByRole('button', { name: '核验办结' }).click();
    await suite.page.getByText('核验办结成功').waitFor();
    await suite.page.getByText('已核验办结').first().waitFor();
    const timeline = await suite.page.getByTestId('timeline').innerText();
    for (const step of ['交办任务', '开始办理', '报送佐证材料', '退回重办', '核验办结']) expect(timeline).toContain(step);
    expect(timeline).toContain('退回原因：缺少公开页面截图的日期');
    await screenshot(suite.page, 'task');
  });

  it('a unit contact asks for an extension, the refusal of a bad date shows under its field; the coordinator approves and the page shows the new due date and the timeline entry', async () => {
    const task = await createTask(suite.world, { title: '公开义务教育招生方案', unitId: suite.world.bureau.id, dueOn: '2026-12-18' });
    /** Types a date into the date picker of the form item labelled `label`, as a person can. */
    const fillDate = async (label: string, date: string) => {
      const input = suite.page.locator('.el-form-item', { has: suite.page.locator('label', { hasText: label }) }).locator('input');
      await input.fill(date);
      await input.press('Enter');
    };
    const changes = suite.page.getByTestId('task-changes');

    await signInAs(suite.world.bureauContact);
    await suite.page.goto(`/ledger/${task.id}`);
    await changes.getByText('申请延期', { exact: true }).click();
    await changes.getByRole('button', { name: '提交延期申请' }).click();
    await changes.getByText('请选择申请延期至的日期').waitFor();
    await changes.getByText('请说明延期理由').waitFor();
    // Earlier than the due date in force: the workflow refuses, and the page says why, where, and with which code.
    await fillDate('申请延期至', '2026-12-10');
    await changes.getByLabel('延期理由').fill('需经局务会审议后公开');
    await changes.getByRole('button', { name: '提交延期申请' }).click();
    const dueField = changes.locator('.el-form-item', { has: suite.page.locator('label', { hasText: '申请延期至' }) });
    await dueField.locator('.el-form-item__error', { hasText: '早于现行时限 2026-12-18' }).waitFor();
    await expect(changes.getByTestId('form-refusal').innerText()).resolves.toContain('TASK_DUE_INVALID');
    await screenshot(suite.page, 'task-extension-refused');

    await fillDate('申请延期至', '2026-12-31');
    // Evidence for the request, optional: a link and the meeting's notice.
    await changes.getByLabel('佐证链接（可选，每行一个）').fill('https://jyj.test.cn/zwgk/jwh.html');
    await changes.getByLabel('选择延期佐证文件').setInputFiles({ name: '局务会通知.pdf', mimeType: 'application/pdf', buffer: Buffer.from('notice bytes') });
    await changes.getByRole('button', { name: '提交延期申请' }).click();
    await suite.page.getByText('延期申请已提交，等待公开办审核').waitFor();
    await expect(suite.page.getByTestId('pending-extension').innerText()).resolves.toContain('申请延期至 2026-12-31');
    await expect(changes.getByText('申请延期', { exact: true }).count()).resolves.toBe(0);
    await expect(suite.page.getByTestId('timeline').innerText()).resolves.toContain('申请延期至 2026-12-31；需经局务会审议后公开（附佐证材料 2 项）');
    await signOut();

    await signInAs(suite.world.coordinator);
    await suite.page.goto(`/ledger/${task.id}`);
    const pending = suite.page.getByTestId('pending-extension');
    await expect(pending.innerText()).resolves.toContain('教育局小王');
    // The coordinator deciding sees the unit's evidence and opens it; it is not the task's submission.
    const evidence = pending.getByTestId('extension-evidence');
    await expect(evidence.innerText()).resolves.toContain('https://jyj.test.cn/zwgk/jwh.html');
    const download = await Promise.all([suite.page.waitForEvent('download'), evidence.getByText('局务会通知.pdf').click()]).then(([d]) => d);
    expect(download.suggestedFilename()).toBe('局务会通知.pdf');
    await expect(suite.page.getByTestId('evidence').count()).resolves.toBe(0);
    await screenshot(suite.page, 'task-extension-evidence');
    await pending.getByRole('button', { name: '同意延期' }).click();
    await pending.getByText('请填写审核意见').waitFor();
    await pending.getByLabel('审核意见').fill('理由充分，同意延期');
    await pending.getByRole('button', { name: '同意延期' }).click();
    await suite.page.getByRole('dialog').getByRole('button', { name: '同意延期' }).click();
    await suite.page.getByText('已同意延期').waitFor();
    // The page reloads the task after the message: wait for the new due date rather than read the old one.
    await suite.page.getByTestId('due-on').filter({ hasText: /^2026-12-31$/ }).waitFor();
    await suite.page.getByTestId('pending-extension').waitFor({ state: 'detached' });
    const timeline = await suite.page.getByTestId('timeline').innerText();
    expect(timeline).toContain('同意延期');
    expect(timeline).toContain('办理时限由 2026-12-18 调整为 2026-12-31；理由充分，同意延期');
    const api = (await suite.world.api.http.get(`/tasks/${task.id}`).set('authorization', suite.world.coordinator.auth)).body;
    expect([api.dueOn, api.pendingExtension]).toEqual(['2026-12-31', null]);
    await screenshot(suite.page, 'task-extension-approved');
    await suite.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(suite.page, 'task-extension-approved-phone');
  });

  it('the coordinator moves a due date, transfers the task to another unit and cancels it, each confirmed and recorded in its timeline', async () => {
    const task = await createTask(suite.world, { title: '公开行政执法统计年报', unitId: suite.world.bureau.id, dueOn: '2026-12-21' });
    const changes = suite.page.getByTestId('task-changes');
    const confirm = (button: string) => suite.page.getByRole('dialog').getByRole('button', { name: button }).click();
    /** Opens one of the changes and gives its form. */
    const open = async (title: string) => {
      const item = changes.locator('.el-collapse-item').filter({ has: suite.page.locator('.el-collapse-item__title', { hasText: title }) });
      await item.locator('.el-collapse-item__title').click();
      return item.locator('.el-collapse-item__content');
    };

    await signInAs(suite.world.coordinator);
    await suite.page.goto(`/ledger/${task.id}`);
    let form = await open('调整办理时限');
    const dueInput = form.locator('.el-form-item', { has: suite.page.locator('label', { hasText: '新的办理时限' }) }).locator('input');
    await dueInput.fill('2026-12-24');
    await dueInput.press('Enter');
    await form.getByLabel('调整理由').fill('统计口径调整，提前报送');
    await form.getByRole('button', { name: '调整', exact: true }).click();
    await confirm('调整');
    await suite.page.getByText('办理时限已调整').waitFor();
    // The page reloads the task after the answer: wait for it, not for the first read.
    await suite.page.getByTestId('due-on').filter({ hasText: '2026-12-24' }).waitFor();

    form = await open('转办');
    await form.getByRole('button', { name: '转办', exact: true }).click();
    await form.getByText('请选择接办单位').waitFor();
    await form.getByLabel('接办单位').click();
    await suite.page.getByRole('option', { name: suite.world.health.name }).click();
    await form.getByLabel('转办理由').fill('执法统计由卫健委牵头');
    await form.getByRole('button', { name: '转办', exact: true }).click();
    await confirm('转办');
    await suite.page.getByText(`已转办至${suite.world.health.name}`).waitFor();
    await suite.page.locator('.el-descriptions').filter({ hasText: suite.world.health.name }).waitFor();

    form = await open('撤销任务');
    await form.getByLabel('撤销理由').fill('与年度报告任务重复');
    await form.getByRole('button', { name: '撤销任务', exact: true }).click();
    await confirm('撤销任务');
    await suite.page.getByText('任务已撤销').waitFor();
    // Cancelled: closed to every change, so the page offers none once it has reloaded.
    await suite.page.getByTestId('task-changes').waitFor({ state: 'detached' });
    await expect(suite.page.getByTestId('task-actions').count()).resolves.toBe(0);
    const timeline = await suite.page.getByTestId('timeline').innerText();
    expect(timeline).toContain('办理时限由 2026-12-21 调整为 2026-12-24；统计口径调整，提前报送');
    expect(timeline).toContain(`由${suite.world.bureau.name}转办至${suite.world.health.name}；执法统计由卫健委牵头`);
    expect(timeline).toContain('撤销理由：与年度报告任务重复');
    await screenshot(suite.page, 'task-changed');
  });

  it('an overdue task shows red with its supervision order, and the unit replies to the order', async () => {
    const late = await createTask(suite.world, { title: '公开重大行政决策目录', unitId: suite.world.bureau.id, timeLimit: '2s' });
    const order = await waitFor(
      'the supervision order',
      async () => (await suite.world.api.http.get('/supervision-orders').set('authorization', suite.world.coordinator.auth)).body.items.find((o: { taskId: string }) => o.taskId === late.id),
      30_000,
    );

    await signInAs(suite.world.bureauContact);
    // The desk counts what needs the unit now; each count opens the list it counts.
    const awaiting = suite.page.getByTestId('desk-card-待回复督办单');
    await expect(awaiting.innerText()).resolves.toMatch(/^1\s+待回复督办单$/);
    await expect(suite.page.getByTestId('desk-card-已逾期任务').innerText()).resolves.toMatch(/^1\s+已逾期任务$/);
    await expect(suite.page.getByText('公开重大行政决策目录').first().isVisible()).resolves.toBe(true);
    await screenshot(suite.page, 'desk');
    await awaiting.click();
    await suite.page.waitForURL((url) => url.pathname === '/orders' && url.searchParams.get('status') === 'awaiting_reply');
    await suite.page.getByTestId('orders-table').getByText(order.number).waitFor();

    await suite.page.goto('/ledger?q=' + encodeURIComponent('重大行政决策'));
    const row = suite.page.getByTestId('ledger-table').locator('tbody tr').first();
    await row.getByText('红色督办').waitFor();
    await expect(row.innerText()).resolves.toContain('已逾期');
    await screenshot(suite.page, 'ledger-red');
    await row.getByText('公开重大行政决策目录').click();
    await suite.page.getByRole('link', { name: '查看督办单并回复' }).click();
    await suite.page.waitForURL(`**/orders/${order.id}`);
    await expect(suite.page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain(order.number);
    await expect(suite.page.getByText(/剩余\d+个工作日|今日到期/).count()).resolves.toBeGreaterThan(0);

    await suite.page.getByRole('button', { name: '提交回复' }).click();
    await suite.page.getByText('请填写回复内容').waitFor();
    await suite.page.getByLabel('回复内容（整改情况、逾期原因）').fill('已于今日公开，逾期系材料审核耗时较长');
    await suite.page.getByRole('button', { name: '提交回复' }).click();
    await suite.page.getByText('已回复督办单').waitFor();
    await suite.page.getByTestId('order-status').filter({ hasText: /^已回复$/ }).waitFor();
    await expect(suite.page.getByTestId('order-reply').innerText()).resolves.toBe('已于今日公开，逾期系材料审核耗时较长');
    await screenshot(suite.page, 'order');

    await suite.page.goto('/orders');
    await suite.page.getByTestId('orders-table').getByText(order.number).waitFor();
    await screenshot(suite.page, 'orders');
  });
});
