/**
 * Every HTML page of the build in Chromium, served as a static host serves it and with its own Content-Security-Policy
 * in force: axe-core finds no WCAG 2.2 AA violation in the light or the dark colour scheme, the page requests nothing
 * from outside the site and nothing missing, and the policy blocks nothing. axe is evaluated through the DevTools
 * protocol, which the page's policy does not govern.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, pathOf, SITE } from '../site/site.ts';
import { launchBrowser, recordProblems, serveSite, type SiteServer } from './browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_22_AA = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } as const;
/** The rules among those that depend on colours, the only thing the dark scheme changes: checked again in dark. */
const COLOUR_RULES = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } as const;

let browser: Browser;
let server: SiteServer;
let page: Page;
let problems: ReturnType<typeof recordProblems>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(SITE)]);
  const context = await browser.newContext();
  page = await context.newPage();
  problems = recordProblems(context, page, server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe's violations on the current page, one line per rule with the first few elements it failed on. */
async function violations(page: Page, runOnly: typeof WCAG_22_AA | typeof COLOUR_RULES): Promise<string[]> {
  const found = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, {
      runOnly: { ...only, values: [...only.values] },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      rule: `${v.id} (${v.impact ?? 'unknown'}): ${v.help}`,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  }, runOnly);
  return found.map(({ rule, nodes }) => `${rule}\n    ${nodes.slice(0, 3).join('\n    ')}`);
}

// One page at a time, reused: Chromium throttles the timers of background tabs, which axe runs on.
describe('every page in Chromium', () => {
  for (const file of htmlFiles()) {
    const path = pathOf(file);
    it(`/${path}: no axe violation in light or dark, no outside or failed request, nothing blocked`, async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.evaluate(AXE_SOURCE);
      const light = await violations(page, WCAG_22_AA);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await violations(page, COLOUR_RULES);
      const requests = problems.take(`/${path}`);
      expect({ light, dark, requests }).toEqual({ light: [], dark: [], requests: [] });
    });
  }
});
