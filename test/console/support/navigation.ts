import type { Page } from 'playwright-core';

/** The heading of the header's navigation that holds the entry (the entry itself when it stands alone). */
const headingOf = (page: Page, title: string) => page.locator(`.nav [data-nav-entries~="${title}"]`);

/** Opens a page by its entry in the header's navigation, hovering its heading first, as a person would. */
export async function openNav(page: Page, title: string): Promise<void> {
  await headingOf(page, title).hover();
  await page.getByRole('menuitem', { name: title, exact: true }).click();
}

/** The titles of every entry the header's navigation reaches, in order, once it is shown. */
export async function navEntries(page: Page): Promise<string[]> {
  const headings = page.locator('.nav [data-nav-entries]');
  await headings.first().waitFor();
  const reached = await headings.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-nav-entries') ?? ''));
  return reached.flatMap((titles) => titles.split(' '));
}
