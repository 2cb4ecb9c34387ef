import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { outputFile, startPageIndexer } from '../../src/search/page-indexer.ts';

const scratch = mkdtempSync(join(tmpdir(), 'page-indexer-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav>${body}</body></html>`;
const PAGES: Record<string, string> = {
  'index.html': page('Home', '<p>Front page</p>'),
  'articles/talks/index.html': page(
    'Talks',
    '<main data-pagefind-body><h1>Talks resume</h1><p>Negotiators met in Geneva.</p></main>',
  ),
  'people/ana/index.html': page(
    'Ana',
    '<main data-pagefind-body><h1>Ana Silva</h1><p data-pagefind-filter="type">person</p></main>',
  ),
};

describe('outputFile', () => {
  it.each([
    ['', 'index.html'],
    ['/', 'index.html'],
    ['articles/talks/', 'articles/talks/index.html'],
    ['404', '404.html'],
    ['robots.txt', 'robots.txt'],
    ['caf%C3%A9/', 'café/index.html'],
  ])('maps %j to %j', (path, file) => {
    expect(outputFile(path)).toBe(file);
  });
});

describe('startPageIndexer', () => {
  it('makes from pages handed over in memory the index Pagefind makes from the same pages on disk', async () => {
    const indexer = startPageIndexer();
    for (const [path, html] of Object.entries(PAGES)) indexer.add(path, html);
    const fed = join(scratch, 'fed');
    expect(await indexer.finish(fed)).toBe(3);

    const site = join(scratch, 'site');
    for (const [path, html] of Object.entries(PAGES)) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), html);
    }
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    await index!.addDirectory({ path: site });
    await index!.writeFiles({ outputPath: join(site, 'pagefind') });
    await pagefind.close();

    const entry = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    expect(entry(fed).languages.en.page_count).toBe(2);
    expect(entry(fed).languages.en.page_count).toBe(entry(join(site, 'pagefind')).languages.en.page_count);
    // Each page's fragment (its URL, title, text and filters) is named by its content hash.
    expect(readdirSync(join(fed, 'fragment')).sort()).toEqual(readdirSync(join(site, 'pagefind', 'fragment')).sort());
  });
});
