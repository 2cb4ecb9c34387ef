/**
 * Search over an index split in parts, as a large archive's is (derive/search-shards.ts; SEARCH_SHARD_MINIMUM=1 splits
 * the small test content too): the search page merges the parts, so one query finds an article in the part of its
 * year and a person in the part of people, with the filters of both.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers.ts';
import { hrefs, page as builtPage, texts } from '../site/site.ts';
import { launchBrowser, serveSite, type SiteServer } from './browser.ts';

const scratch = mkdtempSync(join(tmpdir(), 'news-search-split-'));
const out = join(scratch, 'site');
let browser: Browser;
let server: SiteServer;

beforeAll(async () => {
  const result = buildSite(out, { SEARCH_SHARD_MINIMUM: '1' });
  expect(result.status, result.stderr).toBe(0);
  [browser, server] = await Promise.all([launchBrowser(), serveSite(out)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('search over a split index', () => {
  it('writes one part per year of articles and per kind of entity', () => {
    expect(existsSync(join(out, 'pagefind', 'people', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(out, 'pagefind', 'organisations', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(out, 'pagefind', 'pagefind-entry.json'))).toBe(false);
  });

  it('finds an article and a person it names from different parts in one search, with their filters', async () => {
    const article = hrefs(builtPage('/'), '.card-title a')[0]!;
    const title = texts(builtPage(article), 'h1')[0]!.trim();
    const person = hrefs(builtPage(article), '.prose a[data-entity="person"]')[0]!;
    const name = texts(builtPage(person), 'h1')[0]!.trim();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url(`search/?q=${encodeURIComponent(name.split(/\s+/).at(-1)!)}`));
    const titles = () => page.locator('.pagefind-ui__result-title a').allTextContents();
    // Results load part by part and five at a time: poll, asking for more while there are more.
    await expect
      .poll(
        async () => {
          const more = page.locator('button.pagefind-ui__button');
          if (await more.isVisible()) await more.click();
          const shown = (await titles()).map((t) => t.trim());
          return shown.includes(`Person · ${name}`) && shown.includes(`Article · ${title}`);
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    const filters = (await page.locator('.pagefind-ui__filter-name').allTextContents()).map((f) =>
      f.trim().toLowerCase(),
    );
    expect(filters).toEqual(expect.arrayContaining(['person', 'organisation', 'type']));
    expect(errors).toEqual([]);
    await page.close();
  });
});
