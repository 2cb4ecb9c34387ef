/**
 * Search in a real browser (Debian's Chromium through playwright-core), on the test build served as a static host
 * would serve it, with the site's Content-Security-Policy <meta> in force: the shortcut opens search, Pagefind's
 * interface finds articles and entities and shows the filters, and a ?q= address runs its query.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE } from '../site/site.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

let server: Server;
let browser: Browser;
let origin: string;
const errors: string[] = [];

beforeAll(async () => {
  server = createServer(async (request, response) => {
    let path = join(SITE, normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
  });
  await page.goto(`${origin}${path}`);
  return page;
}

describe('search in the browser', () => {
  it('opens from any page with "/" and focuses the search field', async () => {
    const page = await open('/people/joe-biden/');
    await page.keyboard.press('/');
    await page.waitForURL(`${origin}/search/#search-input`);
    await page.waitForSelector('.pagefind-ui__search-input:focus');
    await page.close();
  });

  it('opens with Ctrl+K too', async () => {
    const page = await open('/');
    await page.keyboard.press('Control+k');
    await page.waitForURL(`${origin}/search/#search-input`);
    await page.waitForSelector('.pagefind-ui__search-input:focus');
    await page.close();
  });

  it('focuses the field on the search page itself with the shortcut, and not on a plain visit', async () => {
    const page = await open('/search/');
    await page.waitForSelector('.pagefind-ui__search-input');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('/');
    await page.waitForSelector('.pagefind-ui__search-input:focus');
    await page.close();
  });

  it('gives the search field a visible label that names it', async () => {
    const page = await open('/search/');
    const label = page.locator('label[for="search-input"]');
    await label.waitFor();
    expect(await label.isVisible()).toBe(true);
    expect((await label.boundingBox())!.height).toBeGreaterThan(10);
    expect(
      await page.locator('#search-input').evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent),
    ).toBe('Search articles, people and organisations');
    await page.close();
  });

  it('finds the article and the people it names, with filters by person, organisation, outlet and year', async () => {
    const page = await open('/search/');
    await page.locator('.pagefind-ui__search-input').fill('Milley');
    // Enter must not submit Pagefind's form (its action is a javascript: URL, which the CSP would block and report).
    await page.keyboard.press('Enter');
    await page.waitForSelector('.pagefind-ui__result');
    await expect
      .poll(() => page.locator('.pagefind-ui__result-link').allTextContents())
      .toEqual(
        expect.arrayContaining([
          'Mark A. Milley',
          'Top U.S. General Urges Diplomacy in Ukraine While Biden Advisers Resist',
        ]),
      );
    const filters = await page.locator('.pagefind-ui__filter-name').allTextContents();
    expect(filters.map((f) => f.trim().toLowerCase())).toEqual(
      expect.arrayContaining(['person', 'organisation', 'outlet', 'year', 'type']),
    );
    await page.close();
  });

  it('runs the query in a ?q= address (the WebSite SearchAction)', async () => {
    const page = await open('/search/?q=Sullivan');
    await page.waitForSelector('.pagefind-ui__result');
    // Results are drawn first and filled in as their data loads, so poll rather than read once.
    await expect.poll(() => page.locator('.pagefind-ui__result-link').allTextContents()).toContain('Jake Sullivan');
    await page.close();
  });

  it('runs under the site’s Content-Security-Policy without errors', () => {
    expect(errors).toEqual([]);
  });
});
