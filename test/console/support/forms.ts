import type { Locator, Page } from 'playwright-core';

/** The form item whose label reads `label`: the inner locator of `has` starts from the page, as Playwright asks. */
export const formItem = (scope: Locator, label: string) => scope.locator('.el-form-item', { has: scope.page().locator('label', { hasText: label }) });

/**
 * Opens the section of a collapse (in `card`) headed `title`, as a person clicks it, and gives its
 * content: the heading is itself a button, often of the same name as the form's own.
 */
export async function openSection(page: Page, card: Locator, title: string): Promise<Locator> {
  const section = card.locator('.el-collapse-item').filter({ has: page.locator('.el-collapse-item__header', { hasText: title }) });
  await section.locator('.el-collapse-item__header').click();
  return section.locator('.el-collapse-item__wrap');
}
