/**
 * A build under a sub-path (BASE_PATH=/news/), served under that path: loading any page requests nothing outside it
 * and nothing missing, and its policy blocks nothing. (The root build gets the same check in every-page.test.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers.ts';
import { htmlFiles, pathOf } from '../site/site.ts';
import { launchBrowser, recordProblems, serveSite } from './browser.ts';

const scratch = mkdtempSync(join(tmpdir(), 'news-requests-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('requests under a sub-path', () => {
  it('stay inside the base path on every page, and all succeed', async () => {
    const out = join(scratch, 'news');
    const result = buildSite(out, { BASE_PATH: '/news/' });
    expect(result.status, result.stderr).toBe(0);
    const server = await serveSite(out, '/news/');
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = recordProblems(context, page, server);
    const found: string[] = [];
    const files = htmlFiles(out);
    try {
      for (const file of files) {
        await page.goto(server.url(pathOf(file)), { waitUntil: 'load' });
        found.push(...problems.take(`/news/${pathOf(file)}`));
      }
    } finally {
      await context.close();
      await server.close();
    }
    expect(found).toEqual([]);
    expect(files.length).toBeGreaterThan(3);
  });
});
