/**
 * One more build, as a publisher would make it for a GitHub Pages project site: a sub-path (BASE_PATH=/news/), a
 * real site URL, a machine far from UTC, and an article whose headline tries to break out of every format.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUrls } from '../../src/model/urls.ts';
import { buildEnv, copyContent } from '../helpers.ts';
import { child, children, parseXml, text } from '../xml.ts';
import { allPages, jsonLd, searchFragments } from './expected.ts';

const HOSTILE = 'Hostile </script><script>alert(1)</script> ]]> & <b>bold</b> <!-- ]]> "quoted"';
const SLUG = 'hostile-headline';
const ORIGIN = 'https://example.org';
const urls = createUrls('/news/');
const absolute = (path: string) => `${ORIGIN}${path}`;

const scratch = mkdtempSync(join(tmpdir(), 'news-deploy-'));
const out = join(scratch, 'site');
const read = (path: string) => readFileSync(join(out, path.replace(/^\/news\//, '')), 'utf8');
const tree = (path: string) => fromHtml(read(path.endsWith('/') ? `${path}index.html` : path));
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  const copy = copyContent();
  try {
    writeFileSync(
      join(copy.root, `articles/${SLUG}.md`),
      [
        '---',
        `title: ${JSON.stringify(HOSTILE)}`,
        'date: 2024-01-05',
        'publication: politico',
        'authors: [eli-stokols]',
        'people: [joe-biden]',
        'provenance:',
        '  received: none',
        '---',
        '',
        'President Biden spoke on Friday.',
        '',
      ].join('\n'),
    );
    build = spawnSync(process.execPath, ['src/build/cli.ts', '--out', out], {
      encoding: 'utf8',
      // Kiritimati is UTC+14: a date computed in local time would fall on the wrong day.
      env: buildEnv({
        CONTENT_DIR: copy.root,
        ASTRO_CACHE_DIR: join(scratch, 'cache'),
        BASE_PATH: '/news/',
        SITE_URL: ORIGIN,
        TZ: 'Pacific/Kiritimati',
        CACHE_DIR: join(scratch, 'site-cache'),
      }),
    });
  } finally {
    copy.cleanup();
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a sub-path build with a hostile headline', () => {
  it('builds', () => {
    expect(build.status, String(build.stderr)).toBe(0);
    expect(existsSync(join(out, `articles/${SLUG}/index.html`))).toBe(true);
  });

  it('leaves no root-relative address outside the base path on any page', () => {
    for (const path of allPages(out)) {
      const outside = selectAll('[href], [src], [action]', tree(`/news${path}`))
        .map((e) => String(e.properties.href ?? e.properties.src ?? e.properties.action))
        .filter((u) => u.startsWith('/') && !u.startsWith('/news/'));
      expect(outside, path).toEqual([]);
    }
  });

  it('keeps the headline inside its JSON-LD block, intact', () => {
    const page = tree(urls.article(SLUG));
    // Only the site's own scripts: the headline opened none, and every JSON-LD block still parses.
    expect(selectAll('script', page).map((s) => s.properties.src ?? s.properties.type)).toEqual([
      'application/ld+json',
      '/news/site.js',
      'application/ld+json',
    ]);
    expect(select('meta[property="og:title"]', page)?.properties.content).toBe(HOSTILE);
    expect(toString(select('h1', page)!)).toBe(HOSTILE);
    const news = jsonLd(page).find((d) => d['@type'] === 'NewsArticle')!;
    expect(news.headline).toBe(HOSTILE);
    expect(news.url).toBe(absolute(urls.article(SLUG)));
    const crumbs = jsonLd(page).find((d) => d['@type'] === 'BreadcrumbList')!;
    expect(JSON.stringify(crumbs)).toContain(JSON.stringify(HOSTILE));
  });

  it('writes feeds under the base path that carry the headline as written, on the right day', () => {
    const rss = child(parseXml(read(urls.feed('rss'))), 'channel');
    expect(text(child(rss, 'link'))).toBe(absolute('/news/'));
    const item = children(rss, 'item').find((i) => text(child(i, 'link')) === absolute(urls.article(SLUG)))!;
    expect(text(child(item, 'title'))).toBe(HOSTILE);
    expect(text(child(item, 'pubDate'))).toBe('Fri, 05 Jan 2024 00:00:00 GMT');
    const content = fromHtml(text(child(item, 'content:encoded')), { fragment: true });
    expect(selectAll('a', content).map((a) => a.properties.href)).toEqual([absolute(urls.person('joe-biden'))]);

    const atom = parseXml(read(urls.feed('atom')));
    const entry = children(atom, 'entry').find((e) => text(child(e, 'id')) === absolute(urls.article(SLUG)))!;
    expect(toString(fromHtml(text(child(entry, 'title')), { fragment: true }))).toBe(HOSTILE);
    expect(text(child(entry, 'updated'))).toBe('2024-01-05T00:00:00.000Z');

    const json = JSON.parse(read(urls.entityFeed({ type: 'person', id: 'joe-biden' }, 'json')));
    expect(json.feed_url).toBe(absolute(urls.entityFeed({ type: 'person', id: 'joe-biden' }, 'json')));
    expect(json.items[0]).toMatchObject({ id: absolute(urls.article(SLUG)), title: HOSTILE });
  });

  it('announces the feeds, the sitemap and the search action at the sub-path', () => {
    expect(selectAll('link[rel="alternate"]', tree('/news/')).map((l) => l.properties.href)).toEqual([
      '/news/feed.xml',
      '/news/atom.xml',
      '/news/feed.json',
    ]);
    expect(read('/news/robots.txt')).toContain(`Sitemap: ${absolute('/news/sitemap-index.xml')}\n`);
    const sitemap = read(new URL(text(child(child(parseXml(read(urls.sitemap())), 'sitemap'), 'loc'))).pathname);
    const locs = children(parseXml(sitemap), 'url').map((u) => text(child(u, 'loc')));
    expect(locs).toContain(absolute(urls.article(SLUG)));
    expect(locs.every((loc) => loc.startsWith(absolute('/news/')))).toBe(true);
    const site = jsonLd(tree('/news/')).find((d) => d['@type'] === 'WebSite')!;
    expect(JSON.stringify(site)).toContain(`"urlTemplate":"${absolute('/news/search/')}?q={search_term_string}"`);
  });

  it('points the search page at the index under the base path, and indexes the new article', () => {
    const container = select('#search', tree(urls.search()))!;
    expect([container.properties.dataBundlePath, container.properties.dataBaseUrl]).toEqual([
      '/news/pagefind/',
      '/news/',
    ]);
    expect(selectAll('link[href*="pagefind"]', tree(urls.search())).map((l) => l.properties.href)).toEqual([
      '/news/pagefind/pagefind-ui.css',
    ]);
    const indexed = searchFragments(out).map((f) => f.url);
    // Pagefind stores paths from the site root; the interface adds the base path (data-base-url).
    expect(indexed).toContain(`/articles/${SLUG}/`);
  });

  it('is served at its base path by npm run preview, with nothing more said', async () => {
    const served = await preview(out, { CACHE_DIR: join(scratch, 'site-cache') });
    try {
      expect(await status(served.origin, '/news/')).toBe(200);
      expect(await status(served.origin, `/news/articles/${SLUG}/`)).toBe(200);
      expect(await status(served.origin, '/articles/')).toBe(404);
    } finally {
      served.stop();
    }
  });
});

describe('a nested sub-path build, for hosts that serve a folder at the root of a domain', () => {
  it('puts the site under <out>/news/ and _headers at <out>, and preview serves it at /news/', async () => {
    const nested = join(scratch, 'nested');
    const env = { ASTRO_CACHE_DIR: join(scratch, 'cache'), BASE_PATH: '/news/', SITE_URL: ORIGIN };
    const result = spawnSync(process.execPath, ['src/build/cli.ts', '--out', nested, '--nested'], {
      encoding: 'utf8',
      env: buildEnv({ ...env, CACHE_DIR: join(scratch, 'nested-cache') }),
    });
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(join(nested, 'news', 'index.html'))).toBe(true);
    expect(existsSync(join(nested, 'index.html'))).toBe(false);
    expect(readFileSync(join(nested, '_headers'), 'utf8')).toMatch(/^\/news\/\*$/m);
    expect(existsSync(join(nested, 'news', '_headers'))).toBe(false);
    const served = await preview(nested, { CACHE_DIR: join(scratch, 'nested-cache') });
    try {
      expect(await status(served.origin, '/news/')).toBe(200);
      expect(await status(served.origin, '/news/pagefind/pagefind-entry.json')).toBe(200);
    } finally {
      served.stop();
    }
  });
});

/** Starts `npm run preview` (src/build/preview.ts) on a free port for `dir`; resolves once it answers. */
async function preview(dir: string, env: Record<string, string>): Promise<{ origin: string; stop: () => void }> {
  const port = 4500 + Math.floor(Math.random() * 400);
  const server = spawn(process.execPath, ['src/build/preview.ts', '--out', dir, '--port', String(port)], {
    env: buildEnv(env),
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => server.pid && process.kill(-server.pid, 'SIGTERM');
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 150; tries++) {
    if ((await status(origin, '/').catch(() => 0)) !== 0) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`preview did not answer on ${origin}`);
}

/** The HTTP status of one address. */
async function status(origin: string, path: string): Promise<number> {
  return (await fetch(`${origin}${path}`)).status;
}
