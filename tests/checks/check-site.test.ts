import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkPages,
  checkSite,
  knownPagesText,
  pageReader,
  readKnownPages,
  readPages,
} from '../../src/build/check-site.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a small built site: path → HTML body. */
function site(pages: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'check-site-'));
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `<!doctype html><html><body>${body}</body></html>`);
  }
  return dir;
}

describe('checkSite', () => {
  it('reports a broken address once per page and element, however often the page repeats it', () => {
    const root = site({
      'index.html': '<a href="/gone/">1</a> <a href="/gone/">2</a> <img src="/gone/" alt=""> <a href="/b/">b</a>',
      'b/index.html': '<a href="/gone/">again</a> <a href="../">home</a>',
    });
    expect(checkSite(root, '/')).toEqual([
      'b/index.html: <a> points to a missing file: /gone/',
      'index.html: <a> points to a missing file: /gone/',
      'index.html: <img> points to a missing file: /gone/',
    ]);
  });

  it('passes a sound site', () => {
    const root = site({
      'index.html':
        '<a href="/a/">A</a> <a href="/a/#x">x</a> <link href="/style.css"> <a href="https://example.org/">out</a>',
      'a/index.html': '<p id="x">X</p><a href="../">home</a>',
      'style.css': '',
      '404.html': '<p>Not found</p>',
    });
    expect(checkSite(root, '/')).toEqual([]);
  });

  it.each([
    [
      'a missing page',
      { 'index.html': '<a href="/nowhere/">x</a>' },
      'index.html: <a> points to a missing file: /nowhere/',
    ],
    [
      'a missing fragment',
      { 'index.html': '<a href="/a/#nope">x</a>', 'a/index.html': '<p id="x"></p>' },
      'index.html: link to a missing #nope on a/index.html: /a/#nope',
    ],
    [
      'an orphan page',
      { 'index.html': '<p>home</p>', 'lost/index.html': '<p>lost</p>' },
      'lost/index.html: no link reaches this page from the home page',
    ],
    [
      'a missing asset',
      { 'index.html': '<script src="/app.js"></script>' },
      'index.html: <script> points to a missing file: /app.js',
    ],
  ])('reports %s', (_, pages, problem) => {
    expect(checkSite(site(pages), '/')).toContain(problem);
  });

  it('reports a link that escapes the base path', () => {
    const root = site({ 'index.html': '<a href="/other/">x</a>' });
    expect(checkSite(root, '/news/')).toContain('index.html: <a> points outside the base path /news/: /other/');
  });

  it('decodes entities and percent-encoding in addresses', () => {
    const root = site({ 'index.html': '<a href="/caf%C3%A9/?a=1&amp;b=2">x</a>', 'café/index.html': '<p>x</p>' });
    expect(checkSite(root, '/')).toEqual([]);
  });

  it('checks pages read earlier against the files there when it checks (the search index is written between)', () => {
    const root = site({ 'index.html': '<link rel="stylesheet" href="/pagefind/ui.css">' });
    const pages = readPages(root);
    expect(checkPages(pages, '/')).toEqual(['index.html: <link> points to a missing file: /pagefind/ui.css']);
    mkdirSync(join(root, 'pagefind'));
    writeFileSync(join(root, 'pagefind/ui.css'), '');
    expect(checkPages(pages, '/')).toEqual([]);
  });
});

describe('pageReader', () => {
  it('reads pages early and the rest at the end, again any that changed, and forgets those gone', () => {
    const root = site({
      'index.html': '<a href="/a/">A</a> <a href="/b/">B</a>',
      'a/index.html': '<p id="early">A</p>',
      'b/index.html': '<p id="b">B</p>',
      'gone/index.html': '<p>soon removed</p>',
    });
    const reader = pageReader(root);
    reader.read('a/index.html');
    reader.read('gone/index.html');
    reader.read('not-written-yet/index.html');
    writeFileSync(join(root, 'a/index.html'), '<!doctype html><p id="late">A, rewritten</p>');
    rmSync(join(root, 'gone'), { recursive: true });
    const { pages } = reader.finish();
    expect([...pages.keys()]).toEqual(['a/index.html', 'b/index.html', 'index.html']);
    expect([...pages.get('a/index.html')!.ids]).toEqual(['late']);
    expect([...pages.get('b/index.html')!.ids]).toEqual(['b']);
  });

  it('gives the same pages whether they were read early or not', () => {
    const root = site({
      'index.html': '<a href="/a/#x">A</a> <a href="/missing/">M</a>',
      'a/index.html': '<p id="x">X</p><a href="../">home</a>',
    });
    const early = pageReader(root);
    early.read('a/index.html');
    early.read('index.html');
    expect(checkPages(early.finish(), '/')).toEqual(checkPages(readPages(root), '/'));
    expect(checkPages(readPages(root), '/')).toEqual(['index.html: <a> points to a missing file: /missing/']);
  });
});

describe('the record of pages read', () => {
  it('gives back, by file identity, what was read of each page, and the check reuses it without reading the page', () => {
    const root = site({
      'index.html': '<a href="/a/#x">A</a> <a href="/a/">again</a> <img src="/a/" alt=""> <a href="/b/" id="top">B</a>',
      'a/index.html': '<p id="x">X</p><a href="../">home</a><a name="old">old</a>',
      'b/index.html': '<p id="x">X on b</p><a href="/a/#x">A</a><a href="/missing/">M</a>',
    });
    const first = readPages(root);
    const record = join(root, '..', `${root.split(/[\\/]/).at(-1)}.pages.json`);
    writeFileSync(record, knownPagesText(first));
    try {
      const known = readKnownPages(record);
      expect(known.size).toBe(3);
      for (const [file, page] of first.pages) expect(known.get(first.identities.get(file)!)).toEqual(page);
      // A page whose file is as it was is not read again: what the record holds stands for it.
      known.set(first.identities.get('b/index.html')!, { ids: new Set(), links: [] });
      expect(checkPages(readPages(root, known), '/')).toEqual([]);
      expect(checkPages(readPages(root), '/')).toEqual(['b/index.html: <a> points to a missing file: /missing/']);
    } finally {
      rmSync(record, { force: true });
    }
  });

  it('is empty for a record it cannot read', () => {
    const root = site({ 'index.html': '<p>Home</p>' });
    writeFileSync(join(root, 'old.json'), JSON.stringify([['1:2:3:4', ['x'], [['/', 'a']]]]));
    expect(readKnownPages(join(root, 'old.json')).size).toBe(0);
    expect(readKnownPages(join(root, 'none.json')).size).toBe(0);
  });
});
