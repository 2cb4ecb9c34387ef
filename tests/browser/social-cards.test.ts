/**
 * Every social card of the build, opened in Chromium as a link preview would fetch it: the PNG decodes at 1200×630,
 * and its pixels are the card's (the accent rule along the top, the paper, dark text), not noise.
 */
import { select } from 'hast-util-select';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, page as builtPage, pathOf, SITE } from '../site/site.ts';
import { launchBrowser, serveSite, type SiteServer } from './browser.ts';

let browser: Browser;
let server: SiteServer;
let tab: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE)]);
  tab = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The path inside the site of every page's og:image, once each. */
const cards = [
  ...new Set(
    htmlFiles().flatMap((file) => {
      const image = select('meta[property="og:image"]', builtPage(`/${pathOf(file)}`))?.properties.content;
      return image ? [new URL(String(image)).pathname] : [];
    }),
  ),
];

describe('social cards in Chromium', () => {
  it('are found on the pages', () => {
    expect(cards.length).toBeGreaterThan(3);
  });

  for (const path of cards) {
    it(`${path} decodes at 1200×630 with the card's colours`, async () => {
      const response = await tab.goto(server.url(path));
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toBe('image/png');
      const seen = await tab.evaluate(async () => {
        const image = document.querySelector('img')!;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        const pixel = (x: number, y: number) =>
          Array.from(data.subarray((y * canvas.width + x) * 4, (y * canvas.width + x) * 4 + 4));
        let ink = 0;
        for (let at = 0; at < data.length; at += 4) if (data[at]! < 0x40 && data[at + 1]! < 0x40) ink++;
        return { size: [canvas.width, canvas.height], rule: pixel(600, 8), paper: pixel(1190, 620), ink };
      });
      expect(seen.size).toEqual([1200, 630]);
      expect(seen.rule).toEqual([0x8a, 0x1c, 0x1c, 255]);
      expect(seen.paper).toEqual([0xfd, 0xfc, 0xf9, 255]);
      expect(seen.ink).toBeGreaterThan(1000);
    });
  }
});
