/**
 * Search in a real browser (Debian's Chromium through playwright-core), on the test build served as a static host
 * would serve it, with the site's Content-Security-Policy <meta> in force: the shortcut opens search, a ?q= address
 * runs its query, each result says what kind of page it is, an article naming someone ranks above pages that only
 * list them, hits link to their paragraphs, and the filters show only values with results.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hrefs, page as builtPage, SITE, texts } from '../site/site.ts';

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

  // Someone the newest article names, found from the built site rather than named here: any content will do.
  const article = hrefs(builtPage('/'), '.card-title a')[0]!;
  const articleTitle = texts(builtPage(article), 'h1')[0]!.trim();
  const person = hrefs(builtPage(article), '.prose a[data-entity="person"]')[0]!;
  const name = texts(builtPage(person), 'h1')[0]!.trim();
  const surname = name.split(/\s+/).at(-1)!;

  /** The results as shown once every one has loaded: title, and the link and text of each sub-result. */
  async function results(page: Page) {
    const read = () =>
      page.locator('.pagefind-ui__result').evaluateAll((nodes) =>
        nodes.map((n) => ({
          title: n.querySelector('.pagefind-ui__result-title a')?.textContent?.trim() ?? '',
          subs: [...n.querySelectorAll('.pagefind-ui__result-nested')].map((s) => ({
            href: s.querySelector('a')?.getAttribute('href') ?? '',
            text: s.textContent ?? '',
          })),
        })),
      );
    // Results are drawn first and filled in as their data loads, so poll until none is still empty.
    await expect
      .poll(
        async () => {
          const shown = await read();
          return shown.length > 0 && shown.every((r) => r.title) && shown.some((r) => r.title === `Person · ${name}`);
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    return read();
  }

  it('says what kind of page each result is, and ranks an article that names someone above pages that list them', async () => {
    const page = await open('/search/');
    await page.locator('.pagefind-ui__search-input').fill(surname);
    // Enter must not submit Pagefind's form (its action is a javascript: URL, which the CSP would block and report).
    await page.keyboard.press('Enter');
    const shown = await results(page);
    const titles = shown.map((r) => r.title);
    expect(
      titles.every((t) => /^(Article|Person|Organisation) · /.test(t)),
      titles.join('\n'),
    ).toBe(true);
    const at = titles.indexOf(`Article · ${articleTitle}`);
    expect(at, titles.join('\n')).toBeGreaterThan(-1);
    const organisations = titles.flatMap((t, i) => (t.startsWith('Organisation · ') ? [i] : []));
    expect(
      organisations.every((i) => i > at),
      titles.join('\n'),
    ).toBe(true);
    await page.close();
  });

  it('links each hit in an article to the paragraph it is in, with an excerpt free of page furniture', async () => {
    const page = await open(`/search/?q=${encodeURIComponent(surname)}`);
    const hit = (await results(page)).find((r) => r.title === `Article · ${articleTitle}`)!;
    expect(hit.subs.length).toBeGreaterThan(0);
    const tree = builtPage(article);
    for (const sub of hit.subs) {
      const [path, id] = sub.href.split('#');
      expect(path).toBe(article);
      expect(id).toMatch(/^p-\d+$/);
      expect(texts(tree, `p#${id}`)[0]).toContain(surname);
      expect(sub.text).toContain(surname);
      expect(sub.text).not.toMatch(/¶|[”’]\d/);
    }
    await page.close();
  });

  it('offers filters by person, organisation, outlet, year and type, each with results', async () => {
    const page = await open(`/search/?q=${encodeURIComponent(surname)}`);
    await results(page);
    // The filters of every part of the split index arrive one part at a time, after the first results: poll for
    // them rather than read whatever has arrived when the results show. Alone this takes under a second; on a
    // machine busy with other work the last part once took over 20 s, so the wait is bounded at 60 s.
    await expect
      .poll(
        async () =>
          (await page.locator('.pagefind-ui__filter-name').allTextContents()).map((f) => f.trim().toLowerCase()),
        { timeout: 60_000 },
      )
      .toEqual(expect.arrayContaining(['person', 'organisation', 'outlet', 'year', 'type']));
    const counts = await page.locator('.pagefind-ui__filter-value').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((c) => /\(0\)/.test(c))).toEqual([]);
    await page.close();
  }, 90_000);

  it('runs under the site’s Content-Security-Policy without errors', () => {
    expect(errors).toEqual([]);
  });
});
