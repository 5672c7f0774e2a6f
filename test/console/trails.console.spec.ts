import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { TrailEntryEntity } from '../../libs/persistence/src/entities/trail-entry.entity';
import { decide, register, startSignOffWorld, type SignOffWorld } from '../support/signoff-fixtures';
import { openPage, screenshot, signIn } from './support/browser';
import { serveConsole } from './support/console-stack';
import { openNav } from './support/navigation';

describe("console: the auditor's review of sign-off trails", () => {
  let w: Awaited<ReturnType<typeof serveConsole<SignOffWorld>>>;
  let page: Page;
  let withheldId: string;

  beforeAll(async () => {
    w = await serveConsole(startSignOffWorld);
    const signed = async (body: Record<string, unknown>) => {
      const { body: doc } = await register(w, body);
      await decide(w, doc.id, 'submit', w.drafter.auth);
      for (const signer of [w.s1, w.s2, w.s3]) await decide(w, doc.id, 'approve', signer.auth, { comment: '同意' });
      return doc.id as string;
    };
    await signed({ title: '区教育局2026年政务公开工作要点', attribute: 'proactive' });
    withheldId = await signed({ title: '关于某校学生处分的决定', attribute: 'withheld', withholdingBasis: 'third_party_rights' });
    await register(w, { title: '卫健委的工作文件', attribute: 'withheld', withholdingBasis: 'internal_affairs' }, w.outsider.auth);
  }, 90_000);
  afterAll(async () => {
    await page?.context().close();
    await w?.stop();
  });

  it('filters, opens a trail that verifies, prints its certificate, exports it, and sees an altered entry named', async () => {
    page = await openPage(w.browser, w.baseURL);
    await signIn(page, w.auditor.email, w.auditor.password);
    await page.waitForURL('**/desk');
    await openNav(page, '审签留痕');
    await page.waitForURL('**/trails');
    await page.getByTestId('trail-documents').getByText('卫健委的工作文件').waitFor();

    const choose = async (field: string, option: string) => {
      await page.locator('.el-select__wrapper', { has: page.getByRole('combobox', { name: field }) }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    await choose('单位', '区教育局');
    await choose('公开属性', '不予公开');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL((url) => url.searchParams.get('attribute') === 'withheld' && url.searchParams.get('unitId') === w.bureau.id);
    const rows = page.getByTestId('trail-documents').locator('tbody tr');
    await rows.filter({ hasText: '关于某校学生处分的决定' }).waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().innerText()).resolves.toContain('不予公开（保护第三方合法权益）');
    await screenshot(page, 'trails-review');

    // The archive of the same filters holds the same documents, each with its chain head.
    const [archive] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-all').click()]);
    const exported = JSON.parse(fs.readFileSync((await archive.path())!, 'utf8'));
    expect(exported.manifest.map((m: { documentId: string }) => m.documentId)).toEqual([withheldId]);
    expect(exported.filters).toEqual({ unitId: w.bureau.id, attribute: 'withheld' });

    await rows.first().getByRole('link').click();
    await page.waitForURL(`**/trails/${withheldId}`);
    await expect(page.getByTestId('trail-valid').innerText()).resolves.toContain('留痕校验通过：共8条记录');
    await screenshot(page, 'trail-valid');

    const [certificate] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('certificate').click()]);
    await certificate.waitForLoadState();
    await expect(certificate.title()).resolves.toBe('审签留痕证明：关于某校学生处分的决定');
    await screenshot(certificate, 'trail-certificate');
    await certificate.close();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-trail').click()]);
    expect(download.suggestedFilename()).toBe(`trail-${withheldId}.json`);
    expect(JSON.parse(fs.readFileSync((await download.path())!, 'utf8')).verification.valid).toBe(true);

    // Someone edits the first approval's comment in the database: the check names that entry.
    await w.api.db.dataSource.getRepository(TrailEntryEntity).update({ documentId: withheldId, seq: 4 }, { comment: '不同意' });
    await page.getByRole('button', { name: '重新校验' }).click();
    await expect(page.getByTestId('trail-broken').innerText()).resolves.toContain('留痕校验未通过：第4条记录不符');
    const broken = page.getByTestId('broken-entry');
    await expect(broken.innerText()).resolves.toContain('审签通过');
    await expect(broken.innerText()).resolves.toContain('此条记录不符：记录内容与其校验值不符：写入后被改动');
    await broken.scrollIntoViewIfNeeded();
    await screenshot(page, 'trail-broken');
  });
});
