/**
 * A reader's path through the site with real clicks: the home page, an article, a person named in its body, another
 * article from that person's page, and back through the browser's history.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hrefs, page as builtPage, SITE } from '../site/site.ts';
import { launchBrowser, serveSite, type SiteServer } from './browser.ts';

/** From the build: an article, a person linked in its body, and another article on that person's page. */
function route(): { article: string; person: string; other: string } {
  for (const article of hrefs(builtPage('/'), '.card-title a')) {
    for (const person of hrefs(builtPage(article), '.prose a[data-entity="person"]')) {
      const other = hrefs(builtPage(person), 'main a[href^="/articles/"]')
        .map((href) => href.replace(/#.*$/, ''))
        .find((href) => href !== article);
      if (other) return { article, person, other };
    }
  }
  throw new Error('no article names, in its body, a person who appears in another article');
}

let browser: Browser;
let server: SiteServer;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE)]);
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page's address within the site and its main heading. */
async function where(): Promise<{ path: string; h1: string }> {
  return { path: new URL(page.url()).pathname, h1: (await page.locator('h1').innerText()).trim() };
}

describe('a reader’s flow', () => {
  it('goes home → article → person → another article, and back', async () => {
    const { article, person, other } = route();
    await page.goto(server.url());
    const home = await where();
    expect(home.path).toBe('/');

    await Promise.all([page.waitForURL(`**${article}`), page.locator(`.card-title a[href="${article}"]`).click()]);
    const atArticle = await where();
    expect(atArticle.path).toBe(article);

    await Promise.all([
      page.waitForURL(`**${person}`),
      page.locator(`.prose a[data-entity="person"][href="${person}"]`).first().click(),
    ]);
    const atPerson = await where();
    expect(atPerson.path).toBe(person);
    expect(atPerson.h1).not.toBe(atArticle.h1);

    await Promise.all([
      page.waitForURL((url) => url.pathname === other),
      page.locator(`main a[href^="${other}"]`).first().click(),
    ]);
    const atOther = await where();
    expect(atOther.path).toBe(other);
    expect(atOther.h1).not.toBe(atArticle.h1);

    await page.goBack();
    expect(await where()).toEqual(atPerson);
    await page.goBack();
    expect(await where()).toEqual(atArticle);
    await page.goBack();
    expect(await where()).toEqual(home);
    await page.goForward();
    expect(await where()).toEqual(atArticle);
  });
});
