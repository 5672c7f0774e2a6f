import type { Locator, Page } from 'playwright-core';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { registerRequest, startRequestWorld, type Member } from '../support/request-fixtures';
import { screenshot } from './support/browser';
import { formItem } from './support/forms';
import { peopleInBrowsers } from './support/people-in-browsers';

describe('console: a request is corrected, extended and closed through its step forms', () => {
  const people = peopleInBrowsers(startRequestWorld);
  const as = (member: Member) => people.as(member);
  let w: typeof people.world;
  beforeAll(() => (w = people.world));
  const fillDate = async (scope: Locator, label: string, date: string) => {
    const input = formItem(scope, label).locator('input');
    await input.fill(date);
    await input.press('Enter');
  };
  const step = async (page: Page, name: string) => {
    await page.getByTestId('steps').getByRole('button', { name }).click();
    // By its title: a date picker's panel is a dialog too.
    return page.getByRole('dialog', { name });
  };
  const read = async (id: string) => (await w.api.http.get(`/requests/${id}`).set('authorization', w.coordinator.auth)).body;

  it('asks for a correction, restarts on the corrected request, is extended by the coordinator and closed with a report row', async () => {
    // The steps happen in the last days: a correction deadline already past would count the request as abandoned.
    const today = shanghaiDate(new Date());
    const [received, noticed, correctionDue] = [addDays(today, -2), addDays(today, -1), addDays(today, 14)];
    const registered = await registerRequest(w, { receivedOn: received, requesterName: '李某' });
    expect(registered.status).toBe(201);
    const id = registered.body.id as string;

    const contact = await as(w.contact);
    await contact.goto(`/requests/${id}`);
    await expect(contact.getByTestId('steps').getByRole('button', { name: '延长答复期限' }).count()).resolves.toBe(0);

    // A correction deadline before the notice is refused by the API next to its field, and nothing is recorded.
    let dialog = await step(contact, '发出补正通知');
    await dialog.getByTestId('step-confirm').click();
    await formItem(dialog, '补正期限').getByText('请选择补正期限').waitFor();
    await fillDate(dialog, '发出日期', noticed);
    await fillDate(dialog, '补正期限', received);
    await dialog.getByTestId('step-confirm').click();
    await formItem(dialog, '补正期限').getByText(`补正期限${received}早于补正通知日期${noticed}`).waitFor();
    await screenshot(contact, 'request-correction-refused');
    expect((await read(id)).correctionRequestedOn).toBeNull();
    await fillDate(dialog, '补正期限', correctionDue);
    await dialog.getByTestId('step-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    let now = await read(id);
    await contact.getByTestId('request-status').filter({ hasText: now.statusLabel }).waitFor();
    await expect(contact.getByTestId('due-on').innerText()).resolves.toBe('暂停计时');
    await expect(contact.getByTestId('correction').innerText()).resolves.toBe(`${noticed}发出补正通知，补正期限${correctionDue}`);

    // The corrected request arrives today: the twenty working days run again from it, as the strip draws them.
    dialog = await step(contact, '收到补正申请');
    await fillDate(dialog, '收到补正之日', today);
    await dialog.getByTestId('step-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    // The dialog closes before the page has read the request again.
    const corrected = `${noticed}发出补正通知，补正期限${correctionDue}，${today}收到补正`;
    await contact.getByTestId('correction').filter({ hasText: corrected }).waitFor();
    await expect(contact.getByTestId('correction').innerText()).resolves.toBe(corrected);
    now = await read(id);
    const restartedDue = now.dueOn as string;
    expect(restartedDue > addDays(today, 20)).toBe(true);
    await expect(contact.getByTestId('due-on').innerText()).resolves.toBe(restartedDue);
    await expect(contact.getByTestId('explanation').innerText()).resolves.toBe(now.clock.explanation);
    await expect(contact.getByTestId('deadline-strip').locator('.counted, .makeup').count()).resolves.toBe(20);
    await expect(contact.getByTestId('deadline-strip').locator(`[data-date="${restartedDue}"]`).innerText()).resolves.toContain('届满');
    await screenshot(contact, 'request-corrected');

    // Only the disclosure office approves an extension; the approver is recorded and shown.
    const coordinator = await as(w.coordinator);
    await coordinator.goto(`/requests/${id}`);
    dialog = await step(coordinator, '延长答复期限');
    await fillDate(dialog, '批准日期', today);
    await dialog.getByTestId('step-confirm').click();
    await formItem(dialog, '延期理由').getByText('请填写延期理由').waitFor();
    await dialog.getByLabel('延长工作日数').fill('5');
    await formItem(dialog, '延期理由').locator('input').fill('涉及多个地块，需调取历年档案');
    await screenshot(coordinator, 'request-extension');
    await dialog.getByTestId('step-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    now = await read(id);
    expect([now.extensionWorkingDays, now.extensionApprover]).toEqual([5, '公开办刘']);
    expect(now.dueOn > restartedDue).toBe(true);
    await coordinator.getByTestId('due-on').filter({ hasText: now.dueOn }).waitFor();
    await expect(coordinator.getByTestId('extension').innerText()).resolves.toBe(`经公开办刘于${today}批准，延长5个工作日`);
    await expect(coordinator.getByTestId('deadline-strip').locator('.counted, .makeup').count()).resolves.toBe(25);
    await expect(coordinator.getByTestId('steps').getByRole('button', { name: '延长答复期限' }).count()).resolves.toBe(0);

    // The contact closes it with the report's row, grouped as the national table groups them.
    await contact.reload();
    dialog = await step(contact, '答复办结');
    await dialog.getByTestId('step-confirm').click();
    await formItem(dialog, '办理结果').getByText('请选择办理结果').waitFor();
    await formItem(dialog, '答复内容').getByText('请填写答复内容').waitFor();
    await dialog.locator('.el-select__wrapper').click();
    const group = contact.locator('.el-select-group__wrap', { has: contact.locator('.el-select-group__title', { hasText: '(四) 无法提供' }) });
    await group.getByRole('option', { name: '1. 本机关不掌握相关政府信息', exact: true }).click();
    await fillDate(dialog, '答复日期', today);
    await dialog.getByLabel('答复内容').fill('经检索，本机关未制作或获取该地块的征收补偿方案。');
    await screenshot(contact, 'request-close');
    await dialog.getByTestId('step-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    now = await read(id);
    expect([now.outcome, now.answeredOn, now.answerKind]).toEqual(['unavailable.not_held', today, 'text']);
    await contact.getByText(`${now.outcomeRow}（${today}答复）`).waitFor();
    await contact.getByTestId('request-status').filter({ hasText: now.statusLabel }).waitFor();
    await expect(contact.getByTestId('steps').count()).resolves.toBe(0);
    await screenshot(contact, 'request-closed');
  });
});
