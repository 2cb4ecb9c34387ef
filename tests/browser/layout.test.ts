/**
 * The layout of every page type in Chromium at a phone's width and a desktop's, in the light and the dark scheme: no
 * page scrolls sideways, no text is cut off by the box it is in, no two labels of a drawing overlap or fall outside
 * it, labels of a drawing shown read at 12 px or more, and the header is the same height on every page. Each view is
 * kept as a screenshot in test-results/screenshots/ for review (the folder is not committed).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { selectAll } from 'hast-util-select';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPage, hrefs, page as builtPage, SITE } from '../site/site.ts';
import { launchBrowser, serveSite, type SiteServer } from './browser.ts';

const OUT = resolve('test-results/screenshots');
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

/** One page of each type, found from the built site rather than named, so any content will do. */
function subjects(): Record<string, string> {
  const article = hrefs(builtPage('/'), '.card-title a')[0]!;
  const body = builtPage(article);
  const person = hrefs(body, '.prose a[data-entity="person"]')[0]!;
  const organisation = hrefs(body, '.prose a[data-entity="organisation"]')[0]!;
  const received = `${article}received/`;
  const year = hrefs(builtPage('/archive/'), 'main a[href*="/archive/"]')[0];
  const all: Record<string, string | undefined> = {
    home: '/',
    articles: '/articles/',
    article,
    received: hasPage(received) ? received : undefined,
    person,
    organisation,
    people: '/people/',
    organisations: '/organisations/',
    archive: '/archive/',
    year,
    quotes: '/quotes/',
    sources: '/sources/',
    network: '/network/',
    timeline: '/timeline/',
    data: '/data/',
    search: '/search/?q=the',
  };
  return Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined));
}

/** What the page breaks, measured in the browser. */
async function problemsOn(page: Page): Promise<{ problems: string[]; header: number }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`scrolls sideways: ${root.scrollWidth}px of content in ${root.clientWidth}px`);
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`;
    // Text cut off: a box that hides what overflows it, holding text wider or taller than itself.
    for (const e of document.querySelectorAll('body *')) {
      const style = getComputedStyle(e);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      if (!(hides(style.overflowX) || hides(style.overflowY)) || !e.textContent?.trim()) continue;
      if (e.classList.contains('sr-only') || style.display === 'none') continue;
      if (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
        problems.push(`text cut off in ${name(e)}: "${e.textContent.trim().slice(0, 40)}"`);
    }
    // Drawings: labels inside the drawing, apart from each other, and legible where the drawing is shown.
    for (const svg of document.querySelectorAll('main svg')) {
      if (svg.getClientRects().length === 0) continue;
      const box = svg.getBoundingClientRect();
      const labels = [...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim());
      const boxes = labels.map((t) => ({ text: t.textContent!.trim(), r: t.getBoundingClientRect(), t }));
      for (const { text, r, t } of boxes) {
        if (
          r.left < box.left - 0.5 ||
          r.right > box.right + 0.5 ||
          r.top < box.top - 0.5 ||
          r.bottom > box.bottom + 0.5
        )
          problems.push(`label "${text}" outside its drawing ${name(svg)}`);
        const size = parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1);
        if (size < 11.5) problems.push(`label "${text}" drawn at ${size.toFixed(1)}px in ${name(svg)}`);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!.r, boxes[j]!.r];
          const overlap =
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
          if (overlap) problems.push(`labels "${boxes[i]!.text}" and "${boxes[j]!.text}" overlap in ${name(svg)}`);
        }
    }
    const header = document.querySelector('body > header, .site-header')?.getBoundingClientRect().height ?? 0;
    return { problems, header };
  });
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

describe('layout in Chromium', () => {
  for (const width of WIDTHS)
    for (const scheme of SCHEMES)
      it(`holds on every page type at ${width}px, ${scheme}`, async () => {
        const page = await browser.newPage({
          viewport: { width, height: width < 600 ? 844 : 800 },
          colorScheme: scheme,
        });
        const found: Record<string, string[]> = {};
        const headers = new Map<string, number>();
        for (const [name, path] of Object.entries(subjects())) {
          await page.goto(server.url(path.replace(/^\//, '')), { waitUntil: 'load' });
          if (name === 'search') await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
          const { problems, header } = await problemsOn(page);
          if (problems.length) found[path] = problems;
          headers.set(path, Math.round(header));
          const file = join(OUT, `${name}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          // A PNG's width is the big-endian number at byte 16 of its header.
          expect(readFileSync(file).readUInt32BE(16), file).toBe(width);
        }
        await page.close();
        expect(found).toEqual({});
        expect(new Set(headers.values()), JSON.stringify(Object.fromEntries(headers))).toHaveProperty('size', 1);
      });
});

describe('a quiet article in Chromium', () => {
  it('folds its people and organisations before the body on a phone, and keeps them beside it on a desktop', async () => {
    const path = subjects().article!;
    for (const [width, folded] of [
      [390, true],
      [1280, false],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(server.url(path.replace(/^\//, '')));
      const shown = await page.evaluate(() => {
        const visible = (selector: string) => {
          const e = document.querySelector(selector);
          return e ? e.getClientRects().length > 0 : false;
        };
        const summary = document.querySelector('.article-summary');
        const prose = document.querySelector('.prose');
        const before =
          !!summary && !!prose && !!(summary.compareDocumentPosition(prose) & Node.DOCUMENT_POSITION_FOLLOWING);
        return {
          summary: visible('.article-summary'),
          rail: visible('.article-aside'),
          before,
          open: (summary as HTMLDetailsElement | null)?.open,
        };
      });
      expect(shown).toEqual({ summary: folded, rail: !folded, before: true, open: false });
      await page.close();
    }
  });

  it('shows a paragraph’s permalink only when the reader points at the paragraph or tabs to the link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url(subjects().article!.replace(/^\//, '')));
    const link = page.locator('.prose p .permalink').nth(1);
    const opacity = () => link.evaluate((e) => getComputedStyle(e).opacity);
    await page.mouse.move(0, 0);
    expect(await opacity()).toBe('0');
    await link.locator('xpath=..').hover();
    expect(await opacity()).toBe('1');
    await page.mouse.move(0, 0);
    await link.focus();
    expect(await opacity()).toBe('1');
    await page.close();
  });

  it('links a name once in a section and leaves later mentions as quiet text that lights up under the pointer', async () => {
    // An article that names someone twice, found from the built pages (any content will do).
    const articles = hrefs(builtPage('/'), '.card-title a');
    const path = articles.find((a) => selectAll('.prose span.entity', builtPage(a)).length > 0) ?? articles[0]!;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url(path.replace(/^\//, '')));
    const counts = await page.evaluate(() => {
      const ids = (selector: string) =>
        [...document.querySelectorAll(selector)].map((a) => a.getAttribute('data-entity-id'));
      const links = ids('.prose a.entity');
      return {
        links: links.length,
        distinct: new Set(links).size,
        quiet: ids('.prose span.entity').length,
        sections: document.querySelectorAll('.prose h2, .prose h3').length,
      };
    });
    // With no heading, each entity is linked once; a heading starts a section where it may be linked again.
    if (counts.sections === 0) expect(counts.links).toBe(counts.distinct);
    if (counts.quiet > 0) {
      const quiet = page.locator('.prose span.entity').first();
      const colour = () => quiet.evaluate((e) => getComputedStyle(e).color);
      const before = await colour();
      await quiet.hover();
      expect(await colour()).not.toBe(before);
    }
    await page.close();
  });
});
