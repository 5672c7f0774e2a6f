import type { Page } from 'playwright-core';
import type { SupervisionWorld } from '../../support/supervision-fixtures';
import { openPage, signIn } from './browser';
import { serveConsole, type Served } from './console-stack';

type Screen = Parameters<typeof openPage>[2];
type World = { api: SupervisionWorld['api']; stop(): Promise<void> };

/**
 * One world for a describe block where several people work, each signed in through the login
 * page in a browser profile of their own (closed with the world): read `people.world` inside the tests.
 */
export function peopleInBrowsers<W extends World>(start: (env: Record<string, string>) => Promise<W>) {
  const pages: Page[] = [];
  const people = {
    world: undefined as unknown as W & Served,
    async as(member: { email: string; password: string }, screen?: Screen): Promise<Page> {
      const page = await openPage(people.world.browser, people.world.baseURL, screen);
      pages.push(page);
      await signIn(page, member.email, member.password);
      await page.waitForURL('**/desk');
      return page;
    },
  };
  beforeAll(async () => {
    people.world = await serveConsole(start);
  }, 90_000);
  afterAll(async () => {
    for (const p of pages) await p.context().close();
    await people.world?.stop();
  });
  return people;
}
