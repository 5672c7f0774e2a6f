import type { Page } from 'playwright-core';
import { sha256, startSignOffWorld, type Member } from '../support/signoff-fixtures';
import { PHONE, screenshot } from './support/browser';
import { peopleInBrowsers } from './support/people-in-browsers';

describe('console: a three-level sign-off by four people, each in their own browser', () => {
  const people = peopleInBrowsers(startSignOffWorld);
  const as = (member: Member, phone = false) => people.as(member, phone ? PHONE : undefined);
  let w: typeof people.world;
  beforeAll(() => (w = people.world));

  const status = (page: Page, text: string) => page.getByTestId('status').filter({ hasText: text }).waitFor();
  // Element Plus lays its placeholder over the combobox input: a person clicks the box around it.
  const openSelect = (page: Page, field: string) => page.locator('.el-select__wrapper', { has: page.getByRole('combobox', { name: field }) }).click();
  const pick = async (page: Page, field: string, option: string) => {
    await openSelect(page, field);
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  const decide = async (page: Page, action: string) => {
    await page.getByTestId('actions').getByRole('button', { name: action }).click();
    return page.getByRole('dialog');
  };

  it('drafts, is returned, resubmits, is signed on a phone, is published with a wrong file and then the right one', async () => {
    const drafter = await as(w.drafter);
    await drafter.goto('/signoff/new');
    await expect(drafter.getByRole('button', { name: '登记' }).isDisabled()).resolves.toBe(true);
    await drafter.locator('label.el-radio', { hasText: '不予公开' }).click();
    await openSelect(drafter, '不予公开依据');
    for (const basis of ['属于国家秘密', '危及“三安全一稳定”', '属于四类过程性信息', '属于行政查询事项']) {
      await drafter.getByRole('option', { name: basis, exact: true }).waitFor();
    }
    await expect(drafter.getByRole('option').count()).resolves.toBe(8);
    await drafter.keyboard.press('Escape');
    await drafter.locator('label.el-radio', { hasText: '主动公开' }).click();
    await expect(drafter.getByRole('combobox', { name: '不予公开依据' }).count()).resolves.toBe(0);
    await drafter.getByLabel('标题').fill('区教育局2026年政务公开工作要点');
    await pick(drafter, '文件类型', '行政规范性文件');
    await drafter.getByRole('textbox', { name: '正文' }).fill('第一条 总则（第一稿）');
    await screenshot(drafter, 'signoff-register');
    await drafter.getByRole('button', { name: '登记' }).click();
    await drafter.waitForURL(/\/signoff\/[0-9a-f-]{36}$/);
    const documentPath = new URL(drafter.url()).pathname;
    await status(drafter, '起草中');
    await (await decide(drafter, '提交审签')).getByTestId('decision-confirm').click();
    await status(drafter, '审签中');

    // Level 1 returns it: the comment is asked for before anything is sent.
    const s1 = await as(w.s1);
    await s1.goto('/signoff');
    const queued = s1.getByTestId('queue').getByRole('listitem').filter({ hasText: '区教育局2026年政务公开工作要点' });
    await expect(queued.getByTestId('level-clock').innerText()).resolves.toMatch(/^(剩余\d+个工作日|今日到期)$/);
    await screenshot(s1, 'signoff-queue');
    await queued.getByRole('link').click();
    await s1.waitForURL(`**${documentPath}`);
    const returning = await decide(s1, '退回修改');
    await returning.getByTestId('decision-confirm').click();
    await returning.getByText('退回须填写意见，说明要修改什么').waitFor();
    await returning.getByLabel('退回意见').fill('第三条表述不准确，请修改。');
    await returning.getByTestId('decision-confirm').click();
    await status(s1, '退回修改');

    // The drafter reads why, and an unchanged revision is refused with the API's reason.
    await drafter.reload();
    await expect(drafter.getByTestId('returned').innerText()).resolves.toContain('第三条表述不准确，请修改。');
    let dialog = await decide(drafter, '提交修改稿');
    await dialog.getByRole('textbox', { name: '正文' }).fill('第一条 总则（第一稿）');
    await dialog.getByTestId('decision-confirm').click();
    await dialog.getByText('请上传修改后的文本或文件：此版本就是被退回的版本').first().waitFor();
    await screenshot(drafter, 'signoff-refused-revision');
    await expect(drafter.getByTestId('status').innerText()).resolves.toBe('退回修改');
    await dialog.getByRole('textbox', { name: '正文' }).fill('第一条 总则（修改稿）');
    await dialog.getByTestId('decision-confirm').click();
    await status(drafter, '审签中');
    const versions = drafter.getByTestId('versions');
    await expect(versions.innerText()).resolves.toContain(sha256('第一条 总则（第一稿）'));
    await expect(versions.innerText()).resolves.toContain(sha256('第一条 总则（修改稿）'));

    // A decision overtaken in another window is refused with the API's reason; the page stays as it was.
    await s1.reload();
    dialog = await decide(s1, '同意');
    await dialog.getByLabel('审签意见（可不填）').fill('同意');
    const id = documentPath.split('/').pop()!;
    expect((await w.api.http.post(`/documents/${id}/approve`).set('authorization', w.s1.auth).send({ comment: '同意' })).status).toBe(200);
    await dialog.getByTestId('decision-confirm').click();
    await dialog.getByTestId('decision-error').filter({ hasText: '您已审签第1级；现在由第2级审签' }).waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();

    const s2 = await as(w.s2);
    await s2.goto(documentPath);
    await expect(s2.getByTestId('steps').innerText()).resolves.toContain('已审签');
    await (await decide(s2, '同意')).getByTestId('decision-confirm').click();
    await s2.getByTestId('steps').getByText('科长李').waitFor();

    // The principal leader signs on a phone.
    const s3 = await as(w.s3, true);
    await s3.goto('/signoff');
    const onPhone = s3.getByTestId('queue').getByRole('listitem').filter({ hasText: '区教育局2026年政务公开工作要点' });
    await onPhone.waitFor();
    const box = (await onPhone.boundingBox())!;
    expect(box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await screenshot(s3, 'signoff-phone-queue');
    await onPhone.getByRole('link').click();
    await s3.getByTestId('steps').waitFor();
    await screenshot(s3, 'signoff-phone-document');
    const approve = s3.getByTestId('actions').getByRole('button', { name: '同意' });
    const button = (await approve.boundingBox())!;
    expect(button.x + button.width <= 390).toBe(true);
    await approve.tap();
    await s3.getByRole('dialog').getByTestId('decision-confirm').tap();
    await status(s3, '待公开');

    // Published first with a file that is not the signed version, then with the right one.
    await drafter.reload();
    await status(drafter, '待公开');
    dialog = await decide(drafter, '登记公开');
    await dialog.getByLabel('公开网址').fill('https://jyj.test.cn/zwgk/1.html');
    await dialog.getByLabel('公开的文件', { exact: true }).setInputFiles({ name: 'gk.txt', mimeType: 'text/plain', buffer: Buffer.from('第一条 总则（第一稿）') });
    await dialog.getByTestId('decision-confirm').click();
    await status(drafter, '公开文件与签发版本不一致');
    const mismatch = drafter.getByTestId('publication-mismatch');
    await expect(mismatch.getByTestId('signed-sha').innerText()).resolves.toBe(sha256('第一条 总则（修改稿）'));
    await expect(mismatch.getByTestId('published-sha').innerText()).resolves.toBe(sha256('第一条 总则（第一稿）'));
    await screenshot(drafter, 'signoff-publication-mismatch');

    dialog = await decide(drafter, '登记公开');
    await dialog.getByLabel('公开网址').fill('https://jyj.test.cn/zwgk/1.html');
    await dialog.getByLabel('公开的文件', { exact: true }).setInputFiles({ name: 'gk.txt', mimeType: 'text/plain', buffer: Buffer.from('第一条 总则（修改稿）') });
    await dialog.getByTestId('decision-confirm').click();
    await status(drafter, '已公开');
    await expect(drafter.getByTestId('publication').innerText()).resolves.toContain('https://jyj.test.cn/zwgk/1.html');
    await expect(drafter.getByTestId('trail-valid').isVisible()).resolves.toBe(true);
    await screenshot(drafter, 'signoff-published');
  });

  it("lets a coordinator set a unit's levels and time limits, checked before they are sent", async () => {
    const coordinator = await as(w.coordinator);
    await coordinator.goto('/signoff');
    await coordinator.getByRole('button', { name: '审签设置' }).click();
    await pick(coordinator, '单位', '区教育局');
    const levels = coordinator.getByTestId('levels');
    await expect(levels.getByLabel('第1级职务').inputValue()).resolves.toBe('科室负责人');
    await expect(levels.locator('tbody tr').count()).resolves.toBe(3);
    await expect(levels.locator('tbody tr').first().innerText()).resolves.toContain('科长李');

    await levels.getByLabel('第1级时限').fill('0wd');
    await coordinator.getByLabel('签发后公开时限（不超过20wd）').fill('25wd');
    await coordinator.getByRole('button', { name: '保存' }).click();
    await coordinator.getByText('时限须大于零，写作如 3wd（工作日）、4h（小时）').waitFor();
    await coordinator.getByText('《条例》第二十六条：不得超过20个工作日（20wd）').waitFor();
    await screenshot(coordinator, 'signoff-settings-refused');
    expect((await w.api.http.get(`/units/${w.bureau.id}/signoff-config`).set('authorization', w.coordinator.auth)).body.levels[0].due).toBe('3wd');

    await levels.getByLabel('第1级时限').fill('2wd');
    await coordinator.getByLabel('签发后公开时限（不超过20wd）').fill('15wd');
    await coordinator.getByRole('button', { name: '保存' }).click();
    await coordinator.getByText('审签设置已保存，自下一次提交审签起适用').waitFor();
    const saved = (await w.api.http.get(`/units/${w.bureau.id}/signoff-config`).set('authorization', w.coordinator.auth)).body;
    expect([saved.levels[0].due, saved.levels[0].signerId, saved.publication.due]).toEqual(['2wd', w.s1.id, '15wd']);
  });
});
