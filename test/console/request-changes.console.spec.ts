import type { Page } from 'playwright-core';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { act, registerRequest, startRequestWorld, type Member } from '../support/request-fixtures';
import { screenshot } from './support/browser';
import { formItem, openSection } from './support/forms';
import { peopleInBrowsers } from './support/people-in-browsers';

describe('console: a request is transferred (转办) and its registration corrected', () => {
  const people = peopleInBrowsers(startRequestWorld);
  const as = (member: Member) => people.as(member);
  let w: typeof people.world;
  beforeAll(() => (w = people.world));

  const changes = (page: Page) => page.getByTestId('request-changes');
  const openChange = (page: Page, title: string) => openSection(page, changes(page), title);
  const confirmBox = (page: Page) => page.locator('.el-message-box');
  const list = async (page: Page) => {
    await page.goto('/requests');
    return page.getByTestId('requests');
  };

  it('the office transfers a request to another unit, which sees it with its due date unchanged and corrects the name; the office corrects the receipt date', async () => {
    const today = shanghaiDate(new Date());
    const registered = await registerRequest(w, { receivedOn: addDays(today, -3), requesterName: '张某' });
    expect(registered.status).toBe(201);
    const { id, dueOn } = registered.body as { id: string; dueOn: string };

    // The bureau's contact is offered only the correction of their own fields: 转办 and the receipt date are the office's.
    const contact = await as(w.contact);
    await contact.goto(`/requests/${id}`);
    const contactCorrection = await openChange(contact, '更正登记信息');
    await expect(changes(contact).locator('.el-collapse-item__header', { hasText: '转办' }).count()).resolves.toBe(0);
    await expect(formItem(contactCorrection, '收到申请日期').count()).resolves.toBe(0);
    await expect(formItem(contactCorrection, '申请人类型').count()).resolves.toBe(0);

    const coordinator = await as(w.coordinator);
    await coordinator.goto(`/requests/${id}`);
    await expect(coordinator.getByTestId('handling-unit').innerText()).resolves.toBe('区自然资源局');
    const transfer = await openChange(coordinator, '转办');
    await transfer.getByRole('button', { name: '转办', exact: true }).click();
    await formItem(transfer, '接办单位').getByText('请选择接办单位').waitFor();
    await coordinator.locator('.el-select__wrapper', { has: coordinator.getByRole('combobox', { name: '接办单位' }) }).click();
    // Its own unit is not offered: 转办 goes elsewhere.
    await expect(coordinator.getByRole('option', { name: '区自然资源局', exact: true }).count()).resolves.toBe(0);
    await coordinator.getByRole('option', { name: '区市场监管局', exact: true }).click();
    await formItem(transfer, '转办理由').locator('textarea').fill('申请事项属市场监管职责');
    await transfer.getByRole('button', { name: '转办', exact: true }).click();
    await expect(confirmBox(coordinator).innerText()).resolves.toContain(`答复期限仍为 ${dueOn}`);
    await screenshot(coordinator, 'request-transfer-confirm');
    await confirmBox(coordinator).getByRole('button', { name: '转办', exact: true }).click();
    await coordinator.getByTestId('handling-unit').filter({ hasText: '区市场监管局' }).waitFor();
    await expect(coordinator.getByTestId('due-on').innerText()).resolves.toBe(dueOn);
    const transferred = coordinator.getByTestId('event-transferred');
    await expect(transferred.innerText()).resolves.toMatch(/转办 · 公开办刘\s+由区自然资源局转办至区市场监管局\s+理由：申请事项属市场监管职责/);

    // The new unit has it in its list, the old one no longer.
    const outsider = await as(w.outsider);
    await (await list(outsider)).getByText('张某（自然人）').waitFor();
    await (await list(contact)).getByText('没有政府信息公开申请').waitFor();

    // The new unit corrects the mistyped name; the record keeps the old and new value.
    await outsider.goto(`/requests/${id}`);
    await expect(outsider.getByTestId('due-on').innerText()).resolves.toBe(dueOn);
    const correction = await openChange(outsider, '更正登记信息');
    await formItem(correction, '申请人姓名（名称）').locator('input').fill('张某某');
    await correction.getByRole('button', { name: '更正', exact: true }).click();
    await outsider.getByTestId('requester').filter({ hasText: '张某某' }).waitFor();
    await expect(outsider.getByTestId('event-registration_corrected').innerText()).resolves.toMatch(/更正登记信息 · 联络员吴\s+申请人姓名（名称）：张某 → 张某某/);
    await screenshot(outsider, 'request-corrected-name');

    // The office moves the receipt date one day back, with a reason: the clock follows it.
    await coordinator.reload();
    const officeCorrection = await openChange(coordinator, '更正登记信息');
    const receipt = formItem(officeCorrection, '收到申请日期').locator('input');
    await receipt.fill(addDays(today, -4));
    await receipt.press('Enter');
    await officeCorrection.getByRole('button', { name: '更正', exact: true }).click();
    await formItem(officeCorrection, '更正理由').getByText('更正收到申请日期或申请人类型须说明理由').waitFor();
    await formItem(officeCorrection, '更正理由').locator('textarea').fill('收件登记时误录');
    await officeCorrection.getByRole('button', { name: '更正', exact: true }).click();
    await confirmBox(coordinator).getByRole('button', { name: '更正', exact: true }).click();
    const corrected = coordinator.getByTestId('event-registration_corrected').last();
    await corrected.filter({ hasText: '收到申请日期' }).waitFor();
    await expect(corrected.innerText()).resolves.toMatch(new RegExp(`收到申请日期：${addDays(today, -3)} → ${addDays(today, -4)}\\s+理由：收件登记时误录`));
    const now = (await w.api.http.get(`/requests/${id}`).set('authorization', w.coordinator.auth)).body as { dueOn: string; receivedOn: string };
    expect(now.receivedOn).toBe(addDays(today, -4));
    await expect(coordinator.getByTestId('due-on').innerText()).resolves.toBe(now.dueOn);
    await screenshot(coordinator, 'request-history-corrections');

    // Answered in another window meanwhile: the API refuses the next correction from the form still open, and the page says why.
    const outsiderForm = correction;
    const closed = await act(w, id, 'close', w.outsider.auth, { outcome: 'granted', answeredOn: today, answerText: '予以公开，见附件。' });
    expect(closed.status).toBe(200);
    await formItem(outsiderForm, '联系方式').locator('input').fill('13900000000');
    await outsiderForm.getByRole('button', { name: '更正', exact: true }).click();
    const refusal = outsider.getByTestId('form-refusal');
    await expect(refusal.innerText()).resolves.toMatch(/办结[\s\S]*错误代码 REQUEST_CLOSED/);
    await screenshot(outsider, 'request-correction-refused-closed');
    await outsider.reload();
    await outsider.getByTestId('request-status').waitFor();
    await expect(outsider.getByTestId('request-changes').count()).resolves.toBe(0);
  });
});
