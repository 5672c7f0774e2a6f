import type { Locator } from 'playwright-core';
import { startRequestWorld, type Member } from '../support/request-fixtures';
import { screenshot } from './support/browser';
import { formItem } from './support/forms';
import { peopleInBrowsers } from './support/people-in-browsers';
import { openNav } from './support/navigation';

describe("console: what the annual report reads besides requests — review and litigation cases, and the units' proactive figures", () => {
  const people = peopleInBrowsers(startRequestWorld);
  const as = (member: Member) => people.as(member);
  const fillDate = async (scope: Locator, label: string, date: string) => {
    const input = formItem(scope, label).locator('input');
    await input.fill(date);
    await input.press('Enter');
  };
  const radio = (scope: Locator, text: string) => scope.locator('label.el-radio', { hasText: text }).click();

  it('registers an administrative review, records its result after a refused date, and section 四 counts it', async () => {
    const w = people.world;
    const coordinator = await as(w.coordinator);
    await coordinator.goto('/reports?year=2026');
    await coordinator.getByRole('link', { name: '复议诉讼案件' }).click();
    await coordinator.waitForURL('**/reports/cases?year=2026');
    await coordinator.getByTestId('cases').getByText('2026年还没有登记案件').waitFor();

    await coordinator.getByRole('button', { name: '登记案件' }).click();
    let dialog = coordinator.getByRole('dialog', { name: '登记复议诉讼案件' });
    await dialog.getByTestId('case-save').click();
    await dialog.getByText('请选择案件类型').waitFor();
    await radio(dialog, '行政复议');
    await dialog.getByLabel('案号').fill('区府复〔2026〕3号');
    await fillDate(dialog, '立案日期', '2026-03-02');
    await dialog.getByLabel('案情').fill('申请人不服不予公开答复');
    await screenshot(coordinator, 'report-case-register');
    await dialog.getByTestId('case-save').click();
    await dialog.waitFor({ state: 'hidden' });
    const row = coordinator.getByTestId('cases').locator('tbody tr').filter({ hasText: '区府复〔2026〕3号' });
    await expect(row.innerText()).resolves.toMatch(/行政复议\s+区府复〔2026〕3号\s+2026-03-02\s+尚未审结/);

    // The decision is dated before the case was filed: the API refuses it next to the date, and the case stays pending.
    await row.getByRole('button', { name: '记录结果' }).click();
    dialog = coordinator.getByRole('dialog', { name: '记录结果：区府复〔2026〕3号' });
    await radio(dialog, '纠正');
    await dialog.getByTestId('case-save').click();
    await dialog.getByText('已审结的案件须填写审结日期').waitFor();
    await fillDate(dialog, '审结日期', '2026-03-01');
    await dialog.getByTestId('case-save').click();
    await formItem(dialog, '审结日期').getByText('早于立案日期（2026-03-02）').waitFor();
    await screenshot(coordinator, 'report-case-refused');
    const listed = (await w.api.http.get('/review-litigation-cases').query({ year: 2026 }).set('authorization', w.coordinator.auth)).body.items;
    expect(listed.map((c: { result: string }) => c.result)).toEqual(['pending']);
    await fillDate(dialog, '审结日期', '2026-04-10');
    await dialog.getByTestId('case-save').click();
    await dialog.waitFor({ state: 'hidden' });
    // The list reloads after the save: wait for the row as it should read, not the one before.
    await row.getByText('2026-04-10').waitFor();
    await expect(row.innerText()).resolves.toMatch(/纠正\s+2026-04-10/);
    await screenshot(coordinator, 'report-cases');

    await coordinator.getByRole('link', { name: '返回年度报告' }).click();
    const corrected = coordinator.locator('[data-cell="review:corrected"]');
    await expect(corrected.innerText()).resolves.toBe('1');
    await expect(coordinator.locator('[data-cell="review:pending"]').innerText()).resolves.toBe('0');
    await corrected.getByRole('button').click();
    await expect(coordinator.getByTestId('drill-count').innerText()).resolves.toBe('该单元格计入1件复议诉讼案件');
    await expect(coordinator.getByTestId('drill-list').innerText()).resolves.toBe(listed[0].id);
  });

  it("has a unit contact enter their own unit's section 二 figures, and the office another's, adding up in the total", async () => {
    const w = people.world;
    const contact = await as(w.contact);
    await openNav(contact, '主动公开数据');
    await contact.waitForURL('**/reports/proactive');
    await contact.goto('/reports/proactive?year=2026');
    await contact.getByTestId('unit-figures').getByText('2026年还没有单位填报').waitFor();
    await expect(contact.getByRole('combobox', { name: '单位' }).isDisabled()).resolves.toBe(true);
    await contact.getByLabel('行政许可（件）').fill('120');
    await contact.getByLabel('行政处罚（件）').fill('8');
    await contact.getByLabel('行政事业性收费（万元）').fill('12.35');
    await contact.getByRole('button', { name: '保存' }).click();
    await contact.getByTestId('figures-saved').filter({ hasText: '已保存区自然资源局的2026年数据' }).waitFor();
    const row = contact.getByTestId('unit-figures').locator('tbody tr').filter({ hasText: '区自然资源局' });
    await expect(row.innerText()).resolves.toMatch(/区自然资源局\s+120\s+8\s+0\s+12\.35/);
    await screenshot(contact, 'report-proactive');
    const stored = (await w.api.http.get('/proactive-figures/2026').set('authorization', w.coordinator.auth)).body;
    expect(stored.total).toEqual({ licensingDecisions: 120, penaltyDecisions: 8, enforcementDecisions: 0, administrativeFeesWan: 12.35 });

    // The office enters another unit's figures; both add up in the total row the report prints.
    const coordinator = await as(w.coordinator);
    await coordinator.goto('/reports/proactive?year=2026');
    await coordinator.locator('.el-select__wrapper', { has: coordinator.getByRole('combobox', { name: '单位' }) }).click();
    await coordinator.getByRole('option', { name: '区市场监管局', exact: true }).click();
    await coordinator.getByLabel('行政处罚（件）').fill('30');
    await coordinator.getByLabel('行政事业性收费（万元）').fill('0.5');
    await coordinator.getByRole('button', { name: '保存' }).click();
    await coordinator.getByTestId('figures-saved').filter({ hasText: '已保存区市场监管局的2026年数据' }).waitFor();
    await expect(coordinator.getByTestId('unit-figures').locator('.el-table__footer').innerText()).resolves.toMatch(/合计\s+120\s+38\s+0\s+12\.85/);
    await expect(coordinator.getByTestId('document-counts').innerText()).resolves.toMatch(/规章\s+0\s+0\s+0/);
  });

  it("keeps another unit's contact to their own figures, the API refusing too", async () => {
    const w = people.world;
    const outsider = await as(w.outsider);
    const refused = await w.api.http
      .put('/proactive-figures/2026')
      .set('authorization', w.outsider.auth)
      .send({ unitId: w.bureau.id, licensingDecisions: 1, penaltyDecisions: 0, enforcementDecisions: 0, administrativeFeesWan: 0 });
    expect([refused.status, refused.body.code]).toEqual([403, 'UNIT_SCOPE']);
    await outsider.goto('/reports/cases');
    await outsider.waitForURL('**/desk');
  });
});
