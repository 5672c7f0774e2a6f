import type { Page } from 'playwright-core';
import { decide, register, startSignOffWorld, type Member } from '../support/signoff-fixtures';
import { screenshot } from './support/browser';
import { peopleInBrowsers } from './support/people-in-browsers';

describe('console: a signer proposes another attribute, a level is delegated and a coordinator reassigns one', () => {
  const people = peopleInBrowsers(startSignOffWorld);
  const as = (member: Member) => people.as(member);
  let w: typeof people.world;
  beforeAll(() => (w = people.world));
  const openSelect = (page: Page, field: string) => page.locator('.el-select__wrapper', { has: page.getByRole('combobox', { name: field }) }).click();
  const pick = async (page: Page, field: string, option: string) => {
    await openSelect(page, field);
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  const action = async (page: Page, name: string) => {
    await page.getByTestId('actions').getByRole('button', { name }).click();
    return page.getByRole('dialog');
  };
  const actions = async (page: Page) => {
    await page.getByTestId('actions').waitFor();
    return page.getByTestId('actions').getByRole('button').allInnerTexts();
  };

  it('takes a proposal back to the drafter, who accepts it; the level is delegated, then reassigned with a reason', async () => {
    const registered = await register(w, { title: '区教育局学生资助名单', attribute: 'proactive' });
    expect(registered.status).toBe(201);
    const id = registered.body.id as string;
    expect((await decide(w, id, 'submit', w.drafter.auth)).status).toBe(200);

    // The section head thinks the list is personal information: a proposal needs its reason.
    const s1 = await as(w.s1);
    await s1.goto(`/signoff/${id}`);
    let dialog = await action(s1, '建议变更公开属性');
    await dialog.locator('label.el-radio', { hasText: '不予公开' }).click();
    await dialog.getByTestId('decision-confirm').click();
    await dialog.getByText('不予公开须选择法定依据').waitFor();
    await dialog.getByText('请填写理由').waitFor();
    await pick(s1, '不予公开依据', '保护第三方合法权益');
    await dialog.getByLabel('理由', { exact: true }).fill('名单含学生身份证号，涉及个人隐私。');
    await screenshot(s1, 'signoff-propose');
    await dialog.getByTestId('decision-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await s1.getByTestId('status').filter({ hasText: '退回修改' }).waitFor();
    await expect(s1.getByTestId('actions').count()).resolves.toBe(0);

    // The drafter reads the proposal and accepts it: the form comes filled with what was proposed.
    const drafter = await as(w.drafter);
    await drafter.goto(`/signoff/${id}`);
    const proposal = drafter.getByTestId('proposal');
    await expect(proposal.innerText()).resolves.toContain('第1级审签人科长李建议将公开属性改为「不予公开（保护第三方合法权益）」');
    await expect(proposal.innerText()).resolves.toContain('名单含学生身份证号，涉及个人隐私。');
    await screenshot(drafter, 'signoff-proposal-seen');
    dialog = await action(drafter, '重新认定公开属性');
    await expect(dialog.getByRole('combobox', { name: '不予公开依据' }).locator('xpath=ancestor::div[contains(@class,"el-select__wrapper")]').innerText()).resolves.toContain('保护第三方合法权益');
    await dialog.getByTestId('decision-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await drafter.getByTestId('proposal').waitFor({ state: 'detached' });
    await drafter.locator('.meta').getByText('不予公开（保护第三方合法权益）').waitFor();
    await (await action(drafter, '提交审签')).getByTestId('decision-confirm').click();
    await drafter.getByTestId('status').filter({ hasText: '审签中' }).waitFor();
    const accepted = (await w.api.http.get(`/documents/${id}`).set('authorization', w.drafter.auth)).body;
    expect([accepted.attribute, accepted.withholdingBasis]).toEqual(['withheld', 'third_party_rights']);

    // The section head is away and hands the level to the bureau's other section head (never back to themselves).
    await s1.reload();
    dialog = await action(s1, '委托他人审签');
    await dialog.getByTestId('decision-confirm').click();
    await dialog.getByText('请选择审签人').waitFor();
    await openSelect(s1, '委托给');
    await s1.getByRole('option', { name: '副科长赵（第1级）', exact: true }).waitFor();
    await expect(s1.getByRole('option', { name: '科长李（第1级）' }).count()).resolves.toBe(0);
    await s1.keyboard.press('Escape');
    await pick(s1, '委托给', '副科长赵（第1级）');
    await dialog.getByLabel('理由（可不填）').fill('外出培训');
    await dialog.getByTestId('decision-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await s1.getByTestId('steps').getByText('副科长赵（受科长李委托）').waitFor();
    await expect(s1.getByTestId('actions').count()).resolves.toBe(0);
    await screenshot(s1, 'signoff-delegated');

    const s1b = await as(w.s1b);
    await s1b.goto('/signoff');
    await s1b.getByTestId('queue').getByRole('listitem').filter({ hasText: '区教育局学生资助名单' }).getByRole('link').click();
    await expect(actions(s1b)).resolves.toEqual(['同意', '退回修改', '建议变更公开属性', '委托他人审签']);

    // The deputy of level 2 is away too: only the coordinator reassigns, and only with a reason.
    const coordinator = await as(w.coordinator);
    await coordinator.goto(`/signoff/${id}`);
    await expect(actions(coordinator)).resolves.toEqual(['改派审签人']);
    dialog = await action(coordinator, '改派审签人');
    await pick(coordinator, '审签级别', '第2级 分管领导（现为副区长张）');
    await pick(coordinator, '新审签人', '区长陈（第3级）');
    await dialog.getByTestId('decision-confirm').click();
    await dialog.getByText('请填写理由').waitFor();
    await dialog.getByLabel('理由', { exact: true }).fill('副区长张出差一周');
    // The principal leader signs level 3: the API refuses, and nothing on the page changes.
    await dialog.getByTestId('decision-confirm').click();
    await dialog.getByTestId('decision-error').filter({ hasText: '区长陈是第3级审签人；任何人不得审签两级' }).waitFor();
    await screenshot(coordinator, 'signoff-reassign-refused');
    await expect(coordinator.getByTestId('steps').innerText()).resolves.toContain('副区长张');
    await pick(coordinator, '新审签人', '副区长孙（第2级）');
    await screenshot(coordinator, 'signoff-reassign');
    await dialog.getByTestId('decision-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await coordinator.getByTestId('steps').getByText('副区长孙').waitFor();
    const state = (await w.api.http.get(`/documents/${id}`).set('authorization', w.coordinator.auth)).body.signOff;
    expect(state.levels.map((l: { signer: { id: string } }) => l.signer.id)).toEqual([w.s1b.id, w.s2b.id, w.s3.id]);
    const trail = (await w.api.http.get(`/documents/${id}/trail`).set('authorization', w.auditor.auth)).body;
    expect(trail.entries.map((e: { event: string }) => e.event)).toEqual(expect.arrayContaining(['attribute_proposed', 'delegated', 'reassigned']));
    await expect(coordinator.getByTestId('trail-valid').isVisible()).resolves.toBe(true);
  });
});
