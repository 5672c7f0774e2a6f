import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { anchorFinishedDays } from '../../libs/activities/src/trail-anchoring';
import { addDays, shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { AuditEntryEntity } from '../../libs/persistence/src/entities/audit-entry.entity';
import { startSignOffWorld, type SignOffWorld } from '../support/signoff-fixtures';
import { openPage, screenshot, signIn } from './support/browser';
import { serveConsole } from './support/console-stack';
import { openNav } from './support/navigation';

describe("console: the auditor's review of the operation log (操作日志)", () => {
  let w: Awaited<ReturnType<typeof serveConsole<SignOffWorld>>>;
  let page: Page;

  beforeAll(async () => {
    w = await serveConsole(startSignOffWorld);
    const renamed = await w.api.http.patch(`/units/${w.bureau.id}`).set('authorization', w.api.adminAuth).send({ name: '区教育体育局' });
    expect(renamed.status).toBe(200);
  }, 90_000);
  afterAll(async () => {
    await page?.context().close();
    await w?.stop();
  });

  it('sees the log verified, finds a change with who made it and what it was before, exports it, and sees a deleted entry caught by the anchor', async () => {
    page = await openPage(w.browser, w.baseURL);
    await signIn(page, w.auditor.email, w.auditor.password);
    await page.waitForURL('**/desk');
    await openNav(page, '操作日志');
    await page.waitForURL('**/audit-log');
    const entries = (await w.api.http.get('/audit-log/export').set('authorization', w.api.adminAuth)).body.entries.length as number;
    await expect(page.getByTestId('audit-valid').innerText()).resolves.toContain(`操作日志校验通过：共${entries}条记录`);
    await expect(page.getByTestId('audit-valid').innerText()).resolves.toContain('尚无每日锚定');

    await page.locator('.el-select__wrapper', { has: page.getByRole('combobox', { name: '类别' }) }).click();
    await page.getByRole('option', { name: '单位', exact: true }).click();
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL((url) => url.searchParams.get('entityType') === 'unit');
    const rename = page.getByTestId('audit-table').locator('tbody tr', { hasText: 'PATCH' }).first();
    await rename.waitFor();
    await expect(rename.innerText()).resolves.toContain('单位');
    await expect(rename.innerText()).resolves.toContain(w.bureau.id);
    await rename.locator('.el-table__expand-icon').click();
    const change = page.getByTestId('audit-change').first();
    await expect(change.innerText()).resolves.toMatch(/变更前[\s\S]*"name": "区教育局"[\s\S]*变更后[\s\S]*"name": "区教育体育局"/);
    await screenshot(page, 'audit-log');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-audit-log').click()]);
    expect(download.suggestedFilename()).toBe('audit-log.json');
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(exported.verification).toMatchObject({ valid: true, entries });

    // The day is anchored; then someone deletes the log's last entry, which the chain alone cannot see.
    const [anchor] = await anchorFinishedDays(w.api.db.dataSource, addDays(shanghaiDate(Date.now()), 1), () => undefined);
    await page.getByRole('button', { name: '重新校验' }).click();
    await expect(page.getByTestId('audit-valid').innerText()).resolves.toContain(`与 ${anchor.day} 的每日锚定核对一致`);
    await w.api.db.dataSource.getRepository(AuditEntryEntity).delete({ seq: entries });
    await page.getByRole('button', { name: '重新校验' }).click();
    const broken = page.getByTestId('audit-broken');
    await expect(broken.innerText()).resolves.toContain(`操作日志校验未通过：第${entries}条记录不符`);
    await expect(broken.innerText()).resolves.toContain('有记录被删除（与每日锚定核对不符）');
    await page.getByTestId('audit-table').locator('tbody tr', { hasText: 'PATCH' }).waitFor({ state: 'detached' });
    await screenshot(page, 'audit-log-broken');
  });
});
