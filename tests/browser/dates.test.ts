/** Dates in the reader's language: the built page has English dates; the browser shows the reader's format. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../site/site.ts';
import { launchBrowser, serveSite, type SiteServer } from './browser.ts';

const ARTICLE = 'articles/us-general-urges-ukraine-diplomacy/';
let browser: Browser;
let server: SiteServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The text of the article's first date, read in a browser context with the given language and time zone. */
async function firstDate(locale: string, timezoneId: string): Promise<{ text: string; datetime: string | null }> {
  const context = await browser.newContext({ locale, timezoneId });
  const page = await context.newPage();
  await page.goto(server.url(ARTICLE));
  const time = page.locator('.article-header time').first();
  const result = { text: (await time.innerText()).trim(), datetime: await time.getAttribute('datetime') };
  await context.close();
  return result;
}

describe('dates', () => {
  it.each([
    ['en-GB', 'Europe/London', 'Thursday, 10 November 2022'],
    ['de-DE', 'Europe/Berlin', 'Donnerstag, 10. November 2022'],
    ['en-US', 'Pacific/Honolulu', 'Thursday, November 10, 2022'],
    ['fr-FR', 'Pacific/Kiritimati', 'jeudi 10 novembre 2022'],
  ])('in %s (%s) read %s, the same calendar day, still machine-readable', async (locale, zone, expected) => {
    const { text, datetime } = await firstDate(locale, zone);
    expect(text).toBe(expected);
    expect(datetime).toBe('2022-11-10');
  });
});
