import type { Page } from 'playwright-core';
import { ADMIN } from '../support/test-api';
import { waitFor } from '../support/wait-for';
import { openPage, screenshot, signIn } from './support/browser';
import { startConsoleWorld, type ConsoleWorld } from './support/console-stack';
import { navEntries, openNav } from './support/navigation';

/** The office's screens: a laptop's 1280 px and a desktop monitor's 1440 px. */
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

/** How the header lies on the screen: whether the menu holds its headings and the name stays in sight. */
async function headerFit(page: Page) {
  const brand = (await page.locator('.brand').boundingBox())!;
  const who = (await page.getByTestId('who').boundingBox())!;
  return {
    overflow: await page.locator('.nav').evaluate((nav) => nav.scrollWidth - nav.clientWidth),
    brandLeft: brand.x,
    whoRight: who.x + who.width,
    width: page.viewportSize()!.width,
  };
}

describe("console: the header's navigation", () => {
  let world: ConsoleWorld;
  beforeAll(async () => {
    world = await startConsoleWorld();
  });
  afterAll(() => world?.stop());

  const signedIn = async (who: { email: string; password: string }, viewport: { width: number; height: number }) => {
    const page = await openPage(world.browser, world.baseURL, { viewport });
    await signIn(page, who.email, who.password);
    await page.waitForURL('**/desk');
    return page;
  };

  it.each(SCREENS)("reaches every one of a coordinator's entries, all in the header at $width px", async (viewport) => {
    const page = await signedIn(world.coordinator, viewport);
    try {
      await expect(navEntries(page)).resolves.toEqual(['工作台', '督办台账', '督办单', '电话调度', '季度通报', '审签', '审签留痕', '依申请公开', '年度报告', '机构与人员', '迁入', '日历调整待决', '邮件日志']);
      const fit = await headerFit(page);
      expect(fit.overflow).toBeLessThanOrEqual(0);
      expect(fit.brandLeft).toBeGreaterThanOrEqual(0);
      expect(fit.whoRight).toBeLessThanOrEqual(fit.width);
      await expect(page.getByRole('button', { name: '退出登录' }).isVisible()).resolves.toBe(true);

      await page.locator('.nav [data-nav-entries~="电话调度"]').hover();
      await page.getByRole('menuitem', { name: '电话调度', exact: true }).waitFor();
      await screenshot(page, `navigation-coordinator-${viewport.width}`);

      for (const title of await navEntries(page)) {
        await openNav(page, title);
        // Each page is titled as its entry, and highlights its entry and the heading over it.
        await waitFor(`the page of ${title}`, async () => (await page.title()) === `${title} · 政务公开督办工作台`);
        await page.locator('.el-menu-item.is-active').filter({ hasText: new RegExp(`^${title}$`) }).waitFor({ state: 'attached' });
        await page.locator(`.nav > li.is-active[data-nav-entries~="${title}"]`).waitFor();
      }
    } finally {
      await page.context().close();
    }
  });

  it('fits an admin’s fourteen entries and a unit contact’s seven at 1280 px', async () => {
    const viewport = SCREENS[0];
    for (const [who, name] of [
      [ADMIN, 'admin'],
      [world.bureauContact, 'unit-contact'],
    ] as const) {
      const page = await signedIn(who, viewport);
      try {
        const fit = await headerFit(page);
        expect(fit.overflow).toBeLessThanOrEqual(0);
        expect(fit.whoRight).toBeLessThanOrEqual(fit.width);
        await screenshot(page, `navigation-${name}-1280`);
      } finally {
        await page.context().close();
      }
    }
  });
});
