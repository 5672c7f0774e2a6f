import type { Page } from 'playwright-core';
import { decide, register, startSignOffWorld, type Member } from '../support/signoff-fixtures';
import { screenshot } from './support/browser';
import { formItem, openSection } from './support/forms';
import { peopleInBrowsers } from './support/people-in-browsers';

describe('console: a document withdrawn by its drafter, cancelled in review, and re-attributed after the signing', () => {
  const people = peopleInBrowsers(startSignOffWorld);
  const as = (member: Member) => people.as(member);
  let w: typeof people.world;
  beforeAll(() => (w = people.world));

  const changes = (page: Page) => page.getByTestId('document-changes');
  const openChange = (page: Page, title: string) => openSection(page, changes(page), title);
  const confirm = (page: Page, button: string) => page.locator('.el-message-box').getByRole('button', { name: button, exact: true }).click();
  const status = (page: Page, text: string) => page.getByTestId('status').filter({ hasText: text }).waitFor();
  const lastEntry = (page: Page) => page.locator('[data-testid^="entry-"]').last();

  it('the drafter withdraws a draft; the trail records it and nothing more can be done', async () => {
    const { id } = (await register(w, { title: '区教育局课后服务实施办法', attribute: 'proactive' })).body;
    const drafter = await as(w.drafter);
    await drafter.goto(`/signoff/${id}`);
    const form = await openChange(drafter, '撤回');
    await formItem(form, '撤回理由').locator('textarea').fill('该文件不再印发');
    await form.getByRole('button', { name: '撤回', exact: true }).click();
    await confirm(drafter, '撤回');
    await status(drafter, '已撤回');
    await expect(lastEntry(drafter).innerText()).resolves.toMatch(/起草人撤回 · 起草人小王\s+该文件不再印发/);
    await expect(changes(drafter).count()).resolves.toBe(0);
    await expect(drafter.getByTestId('actions').count()).resolves.toBe(0);
    await screenshot(drafter, 'document-withdrawn');
  });

  it('the office cancels a sign-off in review with a reason, which the drafter is not offered', async () => {
    const { id } = (await register(w, { title: '区教育局招生工作方案', attribute: 'proactive' })).body;
    expect((await decide(w, id, 'submit', w.drafter.auth)).status).toBe(200);
    const drafter = await as(w.drafter);
    await drafter.goto(`/signoff/${id}`);
    await status(drafter, '审签中');
    await expect(changes(drafter).count()).resolves.toBe(0);

    const coordinator = await as(w.coordinator);
    await coordinator.goto(`/signoff/${id}`);
    const form = await openChange(coordinator, '撤销审签');
    await form.getByRole('button', { name: '撤销审签', exact: true }).click();
    await formItem(form, '撤销理由').getByText('请说明撤销审签的理由').waitFor();
    await formItem(form, '撤销理由').locator('textarea').fill('由市教育局统一印发');
    await form.getByRole('button', { name: '撤销审签', exact: true }).click();
    await confirm(coordinator, '撤销审签');
    await status(coordinator, '已撤销审签');
    await expect(lastEntry(coordinator).innerText()).resolves.toMatch(/撤销审签 · 第1级 · 公开办刘\s+由市教育局统一印发/);
    await screenshot(coordinator, 'document-cancelled');
  });

  it('the office records a signed document made public after review as a new entry of its trail', async () => {
    const { id } = (await register(w, { title: '区教育局校舍安全排查报告', attribute: 'withheld', withholdingBasis: 'process_information' })).body;
    for (const [action, member] of [['submit', w.drafter], ['approve', w.s1], ['approve', w.s2], ['approve', w.s3]] as const) {
      expect((await decide(w, id, action, member.auth)).status).toBe(200);
    }
    const coordinator = await as(w.coordinator);
    await coordinator.goto(`/signoff/${id}`);
    await status(coordinator, '已办结');
    const form = await openChange(coordinator, '登记公开属性变更');
    await expect(form.innerText()).resolves.toContain('当前公开属性为「不予公开（属于四类过程性信息）」');
    // The same attribute again: the API refuses it, and the form says why.
    await form.locator('label.el-radio', { hasText: '不予公开' }).click();
    await coordinator.locator('.el-select__wrapper', { has: coordinator.getByRole('combobox', { name: '不予公开依据' }) }).click();
    await coordinator.getByRole('option', { name: '属于四类过程性信息', exact: true }).click();
    await formItem(form, '变更理由').locator('textarea').fill('复查');
    await form.getByRole('button', { name: '登记变更', exact: true }).click();
    await confirm(coordinator, '登记');
    await expect(form.getByTestId('form-refusal').innerText()).resolves.toMatch(/公文已是这一公开属性[\s\S]*错误代码 SAME_ATTRIBUTE/);
    await screenshot(coordinator, 'document-attribute-change-refused');

    await form.locator('label.el-radio', { hasText: '主动公开' }).click();
    await formItem(form, '变更理由').locator('textarea').fill('排查结束，复查后可以公开');
    await form.getByRole('button', { name: '登记变更', exact: true }).click();
    await confirm(coordinator, '登记');
    await status(coordinator, '待公开');
    const entry = lastEntry(coordinator);
    await expect(entry.innerText()).resolves.toMatch(/签发后变更公开属性 · 公开办刘\s+公开属性由「不予公开（属于四类过程性信息）」变更为「主动公开」\s+排查结束，复查后可以公开/);
    await coordinator.getByTestId('trail-valid').waitFor();
    await screenshot(coordinator, 'document-attribute-changed');
  });
});
