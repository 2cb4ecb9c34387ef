/**
 * Keyboard use, with real key presses: the skip link is the first tab stop (one Shift+Tab from a field the page
 * focuses on load) and moves focus to <main>, Tab reaches every link and control, and each shows a visible focus
 * outline. Run on one page of each template: the one with
 * the most links.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, pathOf, SITE } from '../site/site.ts';
import { launchBrowser, serveSite, type SiteServer } from './browser.ts';

/** What a keyboard user can reach with Tab. */
const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** One page per template (home, an index, a person, an article …): the one with the most links. */
function pagesToTest(): string[] {
  const best = new Map<string, { file: string; links: number }>();
  for (const file of htmlFiles()) {
    const template = file.replace(/\/[^/]+\/index\.html$/, '/*/');
    const links = readFileSync(join(SITE, file), 'utf8').split('href=').length;
    if ((best.get(template)?.links ?? -1) < links) best.set(template, { file, links });
  }
  return [...best.values()].map(({ file }) => pathOf(file)).sort();
}

let browser: Browser;
let server: SiteServer;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE)]);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether focus is on an element of the page (not on the body, or outside the page). */
const focusInPage = (p: Page) =>
  p.evaluate(() => document.activeElement !== null && document.activeElement !== document.body);

describe('keyboard', () => {
  for (const path of pagesToTest()) {
    it(`/${path}: skip link first, every link and control reachable, focus visible`, async () => {
      await page.goto(server.url(path));
      // A page may focus a field on load (search does): go back past the top of the page, so Tab starts from there.
      for (let presses = 0; presses < 50 && (await focusInPage(page)); presses++)
        await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const a = document.activeElement as HTMLAnchorElement;
        return { className: a.className, href: a.getAttribute('href'), visible: a.getBoundingClientRect().top >= 0 };
      });
      expect(first).toEqual({ className: 'skip-link', href: '#main', visible: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

      // Number every rendered focusable element, log every focus the page sees, and Tab once round the page from
      // the top: each element, out of the page, and back to the first.
      await page.goto(server.url(path));
      for (let presses = 0; presses < 50 && (await focusInPage(page)); presses++)
        await page.keyboard.press('Shift+Tab');
      const count = await page.evaluate((selector) => {
        const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
          (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden',
        );
        elements.forEach((e, i) => (e.dataset.kbd = String(i)));
        const log: Array<{ index: string | null; name: string; visible: boolean }> = [];
        (window as unknown as { focusLog: typeof log }).focusLog = log;
        document.addEventListener('focusin', (event) => {
          const element = event.target as HTMLElement;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          log.push({
            index: element.dataset.kbd ?? null,
            name: `<${element.localName}> ${(element.textContent ?? '').trim().slice(0, 60)}`,
            visible:
              style.outlineStyle !== 'none' &&
              parseFloat(style.outlineWidth) > 0 &&
              box.width > 0 &&
              box.height > 0 &&
              box.bottom > 0 &&
              box.top < innerHeight,
          });
        });
        return elements.length;
      }, FOCUSABLE);
      // Queued, not awaited one by one: the presses still arrive in order, without a round trip each.
      await Promise.all(Array.from({ length: count + 2 }, () => page.keyboard.press('Tab')));
      const log = await page.evaluate(
        () =>
          (window as unknown as { focusLog: Array<{ index: string | null; name: string; visible: boolean }> }).focusLog,
      );
      const reached = new Set(log.map((entry) => entry.index).filter((index) => index !== null));
      const invisible = [...new Set(log.filter((entry) => !entry.visible).map((entry) => entry.name))];
      const unreached = await page.evaluate(
        (seen) =>
          [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
            .filter((e) => !seen.includes(e.dataset.kbd!))
            .map((e) => `<${e.tagName.toLowerCase()}> ${(e.textContent ?? '').trim().slice(0, 60)}`),
        [...reached],
      );
      expect({ unreached, invisible }).toEqual({ unreached: [], invisible: [] });
      expect(reached.size).toBe(count);
    });
  }
});
