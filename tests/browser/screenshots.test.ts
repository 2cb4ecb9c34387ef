/**
 * Screenshots of the main page types at a phone and a desktop width, written to test-results/screenshots/ for review
 * (the folder is not committed).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hrefs, page as builtPage, SITE } from '../site/site.ts';
import { launchBrowser, serveSite, type SiteServer } from './browser.ts';

/** Where the screenshots go. */
const OUT = resolve('test-results/screenshots');
const WIDTHS = [390, 1280];

/** The pages to show: home, the newest article, and a person and an organisation named in its body. */
function subjects(): Record<string, string> {
  const article = hrefs(builtPage('/'), '.card-title a')[0]!;
  const body = builtPage(article);
  return {
    home: '/',
    article,
    person: hrefs(body, '.prose a[data-entity="person"]')[0]!,
    organisation: hrefs(body, '.prose a[data-entity="organisation"]')[0]!,
  };
}

let browser: Browser;
let server: SiteServer;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('screenshots', () => {
  for (const width of WIDTHS) {
    it(`of home, an article, a person and an organisation at ${width}px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 800 } });
      for (const [name, path] of Object.entries(subjects())) {
        await page.goto(server.url(path));
        const file = join(OUT, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        // A PNG's width is the big-endian number at byte 16 of its header.
        expect(readFileSync(file).readUInt32BE(16), file).toBe(width);
      }
      await page.close();
    });
  }
});
