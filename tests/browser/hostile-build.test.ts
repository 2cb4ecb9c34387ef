/**
 * A real build with hostile articles: one with markup and `</script>` in every frontmatter string, and one per payload
 * of the corpus (one each, because some payloads, such as an unclosed <plaintext>, turn the rest of a body into
 * text). Every page is loaded in Chromium with the pages' CSP switched off, so what is tested is the escaping and
 * sanitising, not the CSP behind them: no dialog opens, nothing logs, and no markup that could run survives.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../src/emit/headers.ts';
import { createUrls } from '../../src/model/urls.ts';
import { buildEnv, copyContent } from '../helpers.ts';
import { after, PAYLOADS, surround, type Payload } from '../markdown/hostile-payloads.ts';
import { htmlFiles, pathOf } from '../site/site.ts';
import { launchBrowser, serveSite, type SiteServer } from './browser.ts';

const SLUG = 'hostile-frontmatter';
/** Frontmatter strings that would run if a page put them into HTML, an attribute or an inline script unescaped. */
const FRONTMATTER = {
  title: `Hostile </title></script><script>alert("XSS-title")</script><img src=x onerror=alert("XSS-title")> headline`,
  dek: `</script><script>alert("XSS-dek")</script>"><svg onload=alert("XSS-dek")> '-alert("XSS-dek")-' summary`,
  section: `<img src=x onerror=alert("XSS-section")>`,
  dateline: `</title><script>alert("XSS-dateline")</script>`,
  updated: `"><iframe src="javascript:alert('XSS-updated')">`,
  place: `<a href="javascript:alert('XSS-place')">Kyiv</a>`,
  who: `"><script>alert("XSS-who")</script>`,
  note: `</script><!--<script>alert("XSS-note")</script>-->`,
};

/** YAML single-quoted string: only the quote itself needs escaping. */
const yaml = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The article whose frontmatter strings are all hostile. */
const FRONTMATTER_ARTICLE = [
  '---',
  `title: ${yaml(FRONTMATTER.title)}`,
  `dek: ${yaml(FRONTMATTER.dek)}`,
  // The newest article, so that it is among those the home page lists.
  'date: 2024-02-02',
  `updated: ${yaml(FRONTMATTER.updated)}`,
  `dateline: ${yaml(FRONTMATTER.dateline)}`,
  'publication: politico',
  `section: ${yaml(FRONTMATTER.section)}`,
  'authors: [eli-stokols]',
  'contributors:',
  '  - person: lauren-egan',
  `    note: ${yaml(FRONTMATTER.note)}`,
  `places: [${yaml(FRONTMATTER.place)}]`,
  'sources:',
  '  - kind: anonymous',
  `    who: ${yaml(FRONTMATTER.who)}`,
  'provenance:',
  '  received: none',
  `  note: ${yaml(FRONTMATTER.note)}`,
  '---',
  '',
  'An ordinary paragraph.',
  '',
].join('\n');

/** An article whose body holds one payload between two ordinary paragraphs. */
const payloadArticle = (payload: Payload) =>
  [
    '---',
    `title: Payload ${payload.id}`,
    'date: 2024-02-01',
    'publication: politico',
    'authors: [eli-stokols]',
    'provenance:',
    '  received: none',
    '---',
    '',
    surround(payload),
  ].join('\n');

// Inside the project, as src/build/cli.ts does: Astro writes its prerender chunks beside an output folder in the
// working directory, and into a shared ./.astro/ for one outside it.
const OUT = resolve('.build-tmp', `hostile-${process.pid}`);
const copy = copyContent();
let browser: Browser;
let server: SiteServer;
let context: BrowserContext;
const dialogs: string[] = [];
const messages: string[] = [];

beforeAll(async () => {
  writeFileSync(join(copy.root, 'articles', `${SLUG}.md`), FRONTMATTER_ARTICLE);
  for (const payload of PAYLOADS)
    writeFileSync(join(copy.root, 'articles', `hostile-${payload.id}.md`), payloadArticle(payload));
  // The payloads hold links to files that do not exist (`[a](x)`), which the output check rightly refuses; this test is
  // about what reaches the browser, so the check only reports. The search index is built as for any build: search
  // results show titles and excerpts of these pages.
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: buildEnv({ CONTENT_DIR: copy.root, OUT_DIR: OUT, OUTPUT_CHECK: 'report' }),
  });
  if (result.status !== 0) throw new Error(`The hostile build failed:\n${result.stdout}\n${result.stderr}`);
  expect(result.stdout).toMatch(/The built site has \d+ problem/);
  [browser, server] = await Promise.all([launchBrowser(), serveSite(OUT)]);
  context = await browser.newContext({ bypassCSP: true });
  context.on('page', (page) => {
    const at = () => new URL(page.url()).pathname;
    page.on('dialog', (dialog) => {
      dialogs.push(`${at()}: ${dialog.type()} "${dialog.message()}"`);
      void dialog.dismiss();
    });
    page.on('console', (message) => messages.push(`${at()}: ${message.text()}`));
    page.on('pageerror', (error) => messages.push(`${at()}: ${error.message}`));
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  copy.cleanup();
  rmSync(OUT, { recursive: true, force: true });
});

/** Inline scripts the policy allows: those whose hash is in script-src (none today). */
const HASHED = new Set(CSP_DIRECTIVES['script-src']);

/**
 * What in the live page could run or load: an inline script the policy does not list, a script from elsewhere, an on*
 * attribute, a non-web URL, an embedding element anywhere, or markup in the article body that authors may not use.
 */
async function liveFindings(p: Page): Promise<string[]> {
  const { found, inline } = await p.evaluate(() => {
    const found: string[] = [];
    const inline: string[] = [];
    for (const script of document.scripts) {
      if (/json/.test(script.type)) continue;
      if (!script.src) inline.push(script.text);
      else if (new URL(script.src).origin !== location.origin) found.push(`a script from elsewhere: ${script.src}`);
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`<${element.localName} ${attribute.name}>`);
        // Pagefind's own search form (not content) has action="javascript:void(0);"; its results sit inside it.
        const pagefindForm = element.matches('form.pagefind-ui__form') && attribute.name === 'action';
        if (
          !pagefindForm &&
          /^(href|src|action|formaction|xlink:href|srcdoc|data|poster|cite)$/i.test(attribute.name)
        ) {
          const { protocol } = new URL(attribute.value, location.href);
          if (!['http:', 'https:', 'mailto:'].includes(protocol))
            found.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
        }
      }
    }
    const anywhere = 'iframe, frame, object, embed, body base, body meta, body link';
    const inBody = '.prose :is(form, input, button, select, textarea, img, svg, math, style, video, audio)';
    for (const element of document.querySelectorAll(`${anywhere}, ${inBody}`))
      found.push(`<${element.localName}> where it may not be`);
    return { found, inline };
  });
  for (const text of inline) {
    const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    if (!HASHED.has(hash)) found.push(`an inline <script> not in the policy: ${text.slice(0, 80)}`);
  }
  return found;
}

/** Runs `visit` on every file with a few pages at once (one context, so dialogs and messages are all recorded). */
async function visitAll(files: string[], visit: (page: Page, file: string) => Promise<void>): Promise<void> {
  const queue = [...files];
  const worker = async () => {
    const page = await context.newPage();
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) await visit(page, file);
    await page.close();
  };
  await Promise.all([worker(), worker(), worker()]);
}

describe('hostile articles, built and loaded in Chromium', () => {
  it('runs nothing, leaves nothing that could run, and keeps the text around every payload', async () => {
    // Every page that shows something of a hostile article links to it or quotes it; the others cannot hold a payload.
    const files = htmlFiles(OUT).filter((file) => /hostile-|XSS/.test(readFileSync(join(OUT, file), 'utf8')));
    for (const slug of [SLUG, ...PAYLOADS.map((p) => `hostile-${p.id}`)])
      expect(files).toContain(`articles/${slug}/index.html`);
    const findings: string[] = [];
    const lost: string[] = [];
    await visitAll(files, async (page, file) => {
      await page.goto(server.url(pathOf(file)), { waitUntil: 'load' });
      // Give animations, autofocus and load handlers a moment, should any have survived.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      findings.push(...(await liveFindings(page)).map((f) => `/${pathOf(file)}: ${f}`));
      const payload = PAYLOADS.find((p) => file === `articles/hostile-${p.id}/index.html`);
      if (payload && !payload.swallowsRest) {
        const text = (await page.locator('.prose').innerText()).replace(/\s+/g, ' ');
        if (!text.includes(after(payload))) lost.push(payload.id);
      }
    });
    expect({ dialogs, messages: messages.filter((m) => /XSS/.test(m)), findings, lost }).toEqual({
      dialogs: [],
      messages: [],
      findings: [],
      lost: [],
    });
  });

  it('runs nothing from search results that show the hostile pages', async () => {
    const page = await context.newPage();
    const findings: string[] = [];
    for (const query of ['Hostile headline', 'XSS', 'alert', 'Plain words']) {
      await page.goto(server.url(`search/?q=${encodeURIComponent(query)}`));
      await page.waitForSelector('.pagefind-ui__result');
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      findings.push(...(await liveFindings(page)).map((f) => `search "${query}": ${f}`));
      if (query === 'Hostile headline')
        expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toContain(FRONTMATTER.title);
    }
    await page.close();
    expect({ dialogs, findings }).toEqual({ dialogs: [], findings: [] });
  });

  it('shows the frontmatter markup as text', async () => {
    const page = await context.newPage();
    await page.goto(server.url(createUrls('/').article(SLUG).slice(1)));
    expect(await page.locator('h1').innerText()).toBe(FRONTMATTER.title);
    expect(await page.title()).toContain(FRONTMATTER.title);
    expect(await page.locator('.dek').innerText()).toBe(FRONTMATTER.dek);
    await page.goto(server.url());
    expect(await page.locator('.card-title').allInnerTexts()).toContain(FRONTMATTER.title);
    await page.close();
  });
});
