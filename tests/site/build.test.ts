import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, buildSite as build, copyContent, fingerprint } from '../helpers.ts';
import { SITE } from './site.ts';
import { vnuErrors } from './vnu.ts';

const scratch = mkdtempSync(join(tmpdir(), 'news-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the build command', () => {
  it('is reproducible: a second build is byte-identical', () => {
    const again = join(scratch, 'again');
    expect(build(again).status).toBe(0);
    expect(fingerprint(again)).toEqual(fingerprint(SITE));
  });

  it('renders only what changed: a build from the cache of an earlier one renders no article and is byte-identical', () => {
    const cache = join(scratch, 'cache');
    const cold = build(join(scratch, 'cold'), { CACHE_DIR: cache });
    expect(cold.status, cold.stderr).toBe(0);
    expect(cold.stdout).toMatch(/Built \d+ pages: [1-9]\d* articles rendered, 0 from the cache;/);
    const warm = build(join(scratch, 'warm'), { CACHE_DIR: cache });
    expect(warm.status, warm.stderr).toBe(0);
    expect(warm.stdout).toMatch(/Built \d+ pages: 0 articles rendered, [1-9]\d* from the cache;/);
    expect(fingerprint(join(scratch, 'warm'))).toEqual(fingerprint(SITE));
    expect(fingerprint(join(scratch, 'cold'))).toEqual(fingerprint(SITE));
  });

  it('is the same build as a plain `astro build`, search index and output check included', () => {
    const plain = join(scratch, 'plain');
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: buildEnv({ OUT_DIR: plain }),
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Built \d+ pages: .* pages indexed for search;/);
    expect(fingerprint(plain)).toEqual(fingerprint(SITE));
  });

  it('speaks: prints the warnings and one summary line, and leaves out the line per page', () => {
    const copy = copyContent();
    try {
      const path = join(copy.root, 'articles/biden-backchannel-to-russia.md');
      const text = readFileSync(path, 'utf8');
      // A registered name in the text that the frontmatter does not list.
      writeFileSync(path, text.replace('  - antony-blinken\n', ''));
      const result = build(join(scratch, 'speaks'), { CONTENT_DIR: copy.root });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(
        /articles\/biden-backchannel-to-russia\.md → people: the text names "[^"]*Blinken"/,
      );
      expect(result.stdout).toMatch(/SITE_URL: not set/);
      expect(result.stdout).toMatch(
        /^Built \d+ pages: \d+ articles rendered, \d+ from the cache; \d+ social cards drawn, \d+ reused; \d+ pages indexed for search; \d+ warnings?; [\d.]+ s\.$/m,
      );
      expect(result.stdout).not.toMatch(/[├└]─ \//);
    } finally {
      copy.cleanup();
    }
  });

  it('fails on an unknown id with file, field and id, without a stack trace, and keeps the old output', () => {
    const copy = copyContent();
    try {
      const path = join(copy.root, 'articles/biden-backchannel-to-russia.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('  - antony-blinken\n', '  - anthony-blinken\n'));
      const out = join(scratch, 'kept');
      expect(build(out).status).toBe(0);
      const before = fingerprint(out);
      const result = build(out, { CONTENT_DIR: copy.root });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        'articles/biden-backchannel-to-russia.md → people (5th): no person has the id "anthony-blinken". Did you mean "antony-blinken"?',
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(fingerprint(out)).toEqual(before);
    } finally {
      copy.cleanup();
    }
  });

  it('builds new articles dropped into content/ with no code change, paginating long lists', () => {
    const copy = copyContent();
    try {
      // 45 new articles naming one person: the home page and the person's page must stay bounded.
      for (let i = 1; i <= 45; i++) {
        writeFileSync(
          join(copy.root, `articles/new-article-${i}.md`),
          [
            '---',
            `title: New article number ${i}`,
            `date: 2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
            'publication: politico',
            'authors: [eli-stokols]',
            'people: [joe-biden]',
            'provenance:',
            '  received: none',
            '---',
            '',
            `President Biden spoke on Friday, the ${i}th time this month.`,
            '',
          ].join('\n'),
        );
      }
      const out = join(scratch, 'many');
      const result = build(out, { CONTENT_DIR: copy.root });
      expect(result.status, result.stderr).toBe(0);
      const article = readFileSync(join(out, 'articles/new-article-7/index.html'), 'utf8');
      expect(article).toContain('href="/people/joe-biden/"');
      expect(article).not.toContain('integrity-notice');
      const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
      expect(count(readFileSync(join(out, 'index.html'), 'utf8'), /class="card"/g)).toBe(20);
      // 47 articles name Joe Biden (45 new, 2 real): the newest 20 on his page, and numbered pages counted from the
      // oldest, of 20, 20 and the newest 7.
      const pages = [
        'people/joe-biden/index.html',
        'people/joe-biden/articles/1/index.html',
        'people/joe-biden/articles/2/index.html',
        'people/joe-biden/articles/3/index.html',
      ];
      const html = pages.map((p) => readFileSync(join(out, p), 'utf8'));
      expect(html.map((page) => count(page, /<li id="article-/g))).toEqual([20, 20, 20, 7]);
      // His page goes on to the 21st newest article, on page 2; page 3 goes back to his page, page 1 has no older.
      expect(html[0]).toMatch(/href="\/people\/joe-biden\/articles\/2\/#article-[^"]+"/);
      expect(html[0]).toContain('href="/people/joe-biden/articles/"');
      expect(html[3]).toContain('href="/people/joe-biden/"');
      expect(html[3]).toContain('href="/people/joe-biden/articles/2/"');
      expect(html[1]).not.toMatch(/Older articles/);
      expect(html[1]).toContain('href="/people/joe-biden/articles/2/"');
      const index = join(out, 'people/joe-biden/articles/index.html');
      expect(vnuErrors([...pages.map((p) => join(out, p)), index], out)).toEqual([]);
    } finally {
      copy.cleanup();
    }
  });

  it('builds under a sub-path with no root-relative link left', () => {
    const out = join(scratch, 'sub');
    const result = build(out, { BASE_PATH: '/news/' });
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(join(out, 'people/joe-biden/index.html'), 'utf8');
    const outside = [...html.matchAll(/(?:href|src)="(\/[^"]*)"/g)]
      .map((m) => m[1])
      .filter((u) => !u!.startsWith('/news/'));
    expect(outside).toEqual([]);
  });
});
