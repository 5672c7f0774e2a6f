import type { Page } from 'playwright-core';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { workingDaysAgo } from '../support/calendar-fixtures';
import { startRequestWorld } from '../support/request-fixtures';
import { waitFor } from '../support/wait-for';
import { screenshot } from './support/browser';
import { peopleInBrowsers } from './support/people-in-browsers';
import { sheetFile } from './support/xlsx';
import { navEntries, openNav } from './support/navigation';

const today = () => shanghaiDate(new Date());
const workbook = (headers: string[], rows: Array<Array<string | number>>) => sheetFile([headers, ...rows]);

const REQUEST_HEADERS = ['办理单位', '申请人类型', '申请人', '联系方式', '申请渠道', '收到日期', '申请内容', '延期批准日期', '延期工作日'];

describe('console: the office moves in its open requests and the regulations in force', () => {
  const people = peopleInBrowsers(startRequestWorld);
  let w: typeof people.world;
  beforeAll(() => (w = people.world));
  const tab = (page: Page, name: string) => page.getByRole('tab', { name }).click();

  it('previews a sheet of open requests with every bad row, imports the fixed one, and finds them in the list, one overdue at once', async () => {
    // A unit contact has no 迁入: it is the office's.
    const contact = await people.as(w.contact);
    await expect(navEntries(contact)).resolves.not.toContain('迁入');

    const coordinator = await people.as(w.coordinator);
    await openNav(coordinator, '迁入');
    await coordinator.waitForURL('**/moving-in');
    const late = workingDaysAgo(25);
    const recent = workingDaysAgo(5);
    await coordinator.getByLabel('在办申请文件').setInputFiles(
      await workbook(REQUEST_HEADERS, [
        ['区自然资源局', '自然人', '迁入甲', '13800000001', '当面提交', late, '申请公开某地块征收补偿方案', '', ''],
        ['区自然资源局', '自然人', '迁入乙', '13800000002', '互联网渠道', recent, '申请公开某项目环评批复', addDays(recent, -2), 15],
        ['区不存在局', '自然人', '迁入丙', '13800000003', '当面提交', recent, '申请公开某规划', '', ''],
      ]),
    );
    const refused = coordinator.getByTestId('import-refused');
    await expect(refused.innerText()).resolves.toContain('文件有2处错误，未导入任何一行');
    const badRows = coordinator.getByTestId('import-bad-rows');
    await expect(badRows.innerText()).resolves.toMatch(new RegExp(`第3行\\s+延期批准日期\\s+延期批准日期 ${addDays(recent, -2)} 早于收到申请日期 ${recent}`));
    await expect(badRows.innerText()).resolves.toMatch(/第4行\s+办理单位\s+单位“区不存在局”不存在/);
    await expect(coordinator.getByRole('button', { name: '确认导入' }).count()).resolves.toBe(0);
    await screenshot(coordinator, 'moving-in-requests-bad-rows');

    await coordinator.getByLabel('在办申请文件').setInputFiles(
      await workbook(REQUEST_HEADERS, [
        ['区自然资源局', '自然人', '迁入甲', '13800000001', '当面提交', late, '申请公开某地块征收补偿方案', '', ''],
        ['区自然资源局', '自然人', '迁入乙', '13800000002', '互联网渠道', recent, '申请公开某项目环评批复', recent, 15],
      ]),
    );
    await expect(coordinator.getByTestId('import-checked').innerText()).resolves.toBe('检查通过：共2件申请，可以导入；其中1件已超过答复期限，导入后即记为超期未答复。');
    await screenshot(coordinator, 'moving-in-requests-preview');
    await coordinator.getByRole('button', { name: '确认导入' }).click();
    await expect(coordinator.getByTestId('import-result').innerText()).resolves.toBe('已导入2件申请，按收到日期和已办步骤计算答复期限；其中1件已超过答复期限，已记为超期未答复。');
    await screenshot(coordinator, 'moving-in-requests-imported');

    await coordinator.getByRole('link', { name: '查看依申请公开列表' }).click();
    const list = coordinator.getByTestId('requests');
    const row = (name: string) => list.locator('tbody tr', { hasText: name });
    await expect(row('迁入甲').innerText()).resolves.toMatch(new RegExp(`${late}[\\s\\S]*超期未答复`));
    await expect(row('迁入乙').innerText()).resolves.toContain(recent);
    await expect(list.locator('tbody tr', { hasText: '迁入丙' }).count()).resolves.toBe(0);
    await screenshot(coordinator, 'moving-in-requests-listed');
  });

  it('imports the regulations and normative documents in force after a refused row', async () => {
    const coordinator = await people.as(w.coordinator);
    await coordinator.goto('/moving-in');
    await tab(coordinator, '现行有效规章和规范性文件');
    await coordinator.waitForURL((url) => url.searchParams.get('tab') === 'regulations');
    const headers = ['类型', '名称', '文号', '印发日期', '制发单位'];
    await coordinator.getByLabel('现行有效文件清单').setInputFiles(
      await workbook(headers, [
        ['规章', '某区土地管理办法', '区政府令第1号', '2021-05-01', '区自然资源局'],
        ['通知', '某通知', '区政办发〔2020〕1号', '2020-05-01', '区自然资源局'],
      ]),
    );
    await expect(coordinator.getByTestId('import-bad-rows').innerText()).resolves.toMatch(/第3行\s+类型\s+\S/);
    await coordinator.getByLabel('现行有效文件清单').setInputFiles(
      await workbook(headers, [
        ['规章', '某区土地管理办法', '区政府令第1号', '2021-05-01', '区自然资源局'],
        ['行政规范性文件', '某区征收补偿标准', '区自然资源发〔2022〕3号', '2022-03-15', '区自然资源局'],
      ]),
    );
    await expect(coordinator.getByTestId('import-checked').innerText()).resolves.toBe('检查通过：共2件（规章1件、行政规范性文件1件），可以导入。');
    await coordinator.getByRole('button', { name: '确认导入' }).click();
    await expect(coordinator.getByTestId('import-result').innerText()).resolves.toBe('已导入2件（规章1件、行政规范性文件1件），计入年度报告第二部分的现行有效件数。');
    await screenshot(coordinator, 'moving-in-regulations-imported');
  });

  it('brings in open tasks with their due dates and status; one under way and one submitted before are listed so, the submission on its own day', async () => {
    const coordinator = await people.as(w.coordinator);
    await coordinator.goto('/moving-in?tab=tasks');
    const due = addDays(today(), 20);
    const submittedOn = workingDaysAgo(3);
    const headers = ['任务名称', '责任单位', '办理时限', '状态', '报送日期', '报送说明'];
    await coordinator.getByLabel('台账文件').setInputFiles(
      await workbook(headers, [
        ['公开征收补偿信息', '区自然资源局', due, '办理中', '', ''],
        ['公开地质灾害防治方案', '区自然资源局', due, '已报送', '', ''],
      ]),
    );
    await expect(coordinator.getByTestId('import-bad-rows').innerText()).resolves.toMatch(/第3行\s+报送日期\s+状态为“已报送”的任务须填写报送日期/);
    await coordinator.locator('.el-loading-mask').waitFor({ state: 'hidden' });
    await screenshot(coordinator, 'moving-in-tasks-bad-rows');
    await coordinator.getByLabel('台账文件').setInputFiles(
      await workbook(headers, [
        ['公开征收补偿信息', '区自然资源局', due, '办理中', '', ''],
        ['公开地质灾害防治方案', '区自然资源局', due, '已报送', submittedOn, '已按原台账报送'],
      ]),
    );
    await coordinator.getByTestId('import-checked').waitFor();
    await coordinator.getByRole('button', { name: '确认导入' }).click();
    await expect(coordinator.getByTestId('import-result').innerText()).resolves.toBe('已导入2项任务');
    await coordinator.getByRole('link', { name: '查看督办台账' }).click();
    const row = (title: string) => coordinator.getByTestId('ledger-table').locator('tbody tr', { hasText: title });
    // The tasks' workflows record where each stood as they start: the ledger is read again until they have.
    const text = await waitFor('the imported tasks under way and submitted in the ledger', async () => {
      const underWay = await row('公开征收补偿信息').innerText();
      const submitted = await row('公开地质灾害防治方案').innerText();
      if (underWay.includes('办理中') && submitted.includes('已报送')) return underWay;
      await coordinator.reload();
      return undefined;
    });
    expect(text).toMatch(new RegExp(`区自然资源局[\\s\\S]*${due}`));
    await screenshot(coordinator, 'moving-in-tasks-listed');

    await row('公开地质灾害防治方案').getByRole('link').first().click();
    await coordinator.waitForURL('**/ledger/*');
    await coordinator.getByTestId('timeline').getByText(`迁入：原已于 ${submittedOn} 报送 已按原台账报送`).waitFor();
    const timeline = await coordinator.getByTestId('timeline').innerText();
    // Moved in without evidence: the entry says what was reported, not that evidence came.
    expect(timeline).toContain('报送办理结果');
    expect(timeline).not.toContain('报送佐证材料');
    await screenshot(coordinator, 'moving-in-task-submitted');
  });
});
