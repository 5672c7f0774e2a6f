import { startRequestWorld, type Member } from '../support/request-fixtures';
import { screenshot } from './support/browser';
import { peopleInBrowsers } from './support/people-in-browsers';

describe("console: the annual report's texts, its export, its publication with the lock, and an amendment", () => {
  const people = peopleInBrowsers(startRequestWorld);
  const as = (member: Member) => people.as(member);

  it('writes sections 一, 五 and 六 with the suggested sentences, exports, publishes and locks, amends with a reason and republishes', async () => {
    const w = people.world;
    const coordinator = await as(w.coordinator);
    await coordinator.goto('/reports?year=2025');
    const texts = coordinator.getByTestId('report-texts');
    await expect(texts.getByLabel('报告机关（标题中的名称）').inputValue()).resolves.toBe((await w.api.http.get('/annual-reports/2025/texts').set('authorization', w.coordinator.auth)).body.bodyName);

    await texts.getByLabel('一、总体情况').fill('本年度，我办坚持以公开为常态。');
    await texts.getByRole('button', { name: '在“总体情况”末尾插入本年数据的建议语句' }).click();
    const { sentences } = (await w.api.http.get('/annual-reports/2025/texts/suggestions').set('authorization', w.coordinator.auth)).body;
    await expect(texts.getByLabel('一、总体情况').inputValue()).resolves.toBe(`本年度，我办坚持以公开为常态。\n${sentences.join('')}`);
    await texts.getByLabel('五、存在的主要问题及改进情况').fill('依申请公开答复说理不够充分，下一步加强培训。');
    await texts.getByLabel('六、其他需要报告的事项').fill('本年度未收取信息处理费。');
    await texts.getByRole('button', { name: '保存正文' }).click();
    await coordinator.getByTestId('texts-saved').waitFor();
    const stored = (await w.api.http.get('/annual-reports/2025/texts').set('authorization', w.coordinator.auth)).body;
    expect([stored.problems, stored.otherMatters]).toEqual(['依申请公开答复说理不够充分，下一步加强培训。', '本年度未收取信息处理费。']);

    // The export is the file the office downloads, in the session the page has.
    const txt = await coordinator.request.get((await coordinator.getByTestId('export-txt').getAttribute('href'))!);
    expect(txt.status()).toBe(200);
    const body = await txt.text();
    for (const part of ['一、总体情况', sentences[0], '五、存在的主要问题及改进情况', '依申请公开答复说理不够充分，下一步加强培训。', '本年度未收取信息处理费。']) expect(body).toContain(part);
    const docx = await coordinator.request.get((await coordinator.getByTestId('export-docx').getAttribute('href'))!);
    expect([docx.status(), docx.headers()['content-type']]).toEqual([200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    await screenshot(coordinator, 'report-texts');

    // Publishing asks first, then locks the year: the texts can no longer be changed, here or through the API.
    await coordinator.getByRole('button', { name: '发布并锁定' }).click();
    await coordinator.locator('.el-message-box').getByRole('button', { name: '发布' }).click();
    await coordinator.getByTestId('locked').waitFor();
    await expect(coordinator.getByTestId('published').innerText()).resolves.toMatch(/^已于\d{4}-\d{2}-\d{2} \d{2}:\d{2}发布第1版$/);
    await expect(texts.getByLabel('五、存在的主要问题及改进情况').isDisabled()).resolves.toBe(true);
    await expect(texts.getByRole('button', { name: '保存正文' }).count()).resolves.toBe(0);
    const refused = await w.api.http.put('/annual-reports/2025/texts').set('authorization', w.coordinator.auth).send({ overview: '改', problems: '', otherMatters: '' });
    expect([refused.status, refused.body.code]).toEqual([409, 'YEAR_LOCKED']);
    await screenshot(coordinator, 'report-published');

    // An amendment needs its reason, unlocks the year, and the next publication closes it.
    await coordinator.getByRole('button', { name: '登记更正' }).click();
    const dialog = coordinator.getByRole('dialog', { name: '登记更正' });
    await dialog.getByLabel('更正理由').fill('补');
    await dialog.getByTestId('amend-confirm').click();
    await dialog.getByText('请说明更正的理由（至少4个字）').waitFor();
    await dialog.getByLabel('更正理由').fill('第六部分漏报了信息处理费的说明');
    await dialog.getByTestId('amend-confirm').click();
    await coordinator.getByTestId('locked').waitFor({ state: 'detached' });
    // The list reloads after each step: wait for the row as it should then read (its text
    // content, cells run together).
    const amendmentRow = (text: RegExp) => coordinator.getByTestId('amendments').locator('tbody tr').first().filter({ hasText: text }).waitFor();
    await amendmentRow(/第六部分漏报了信息处理费的说明[\s\S]*第1版 → 待重新发布\s*更正中/);
    await texts.getByLabel('六、其他需要报告的事项').fill('本年度未收取信息处理费，未发生行政复议、行政诉讼。');
    await texts.getByRole('button', { name: '保存正文' }).click();
    await coordinator.getByTestId('texts-saved').waitFor();
    await coordinator.getByRole('button', { name: '重新发布' }).click();
    await coordinator.locator('.el-message-box').getByRole('button', { name: '发布' }).click();
    await coordinator.getByTestId('published').filter({ hasText: '发布第2版' }).waitFor();
    await amendmentRow(/第1版 → 第2版\s*已重新发布/);
    await screenshot(coordinator, 'report-amended');
    const amendments = (await w.api.http.get('/annual-reports/2025/amendments').set('authorization', w.coordinator.auth)).body;
    expect(amendments.map((a: { reason: string; fromVersion: number; toVersion: number }) => [a.reason, a.fromVersion, a.toVersion])).toEqual([['第六部分漏报了信息处理费的说明', 1, 2]]);
  });

  it('shows the auditor the texts and the publication without a way to change them', async () => {
    const auditor = await as(people.world.auditor);
    await auditor.goto('/reports?year=2025');
    await auditor.getByTestId('published').waitFor();
    await expect(auditor.getByTestId('report-texts').getByLabel('一、总体情况').isDisabled()).resolves.toBe(true);
    for (const action of ['保存正文', '发布并锁定', '重新发布', '登记更正']) await expect(auditor.getByRole('button', { name: action }).count()).resolves.toBe(0);
  });
});
