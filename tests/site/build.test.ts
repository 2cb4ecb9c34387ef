import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite as build, copyContent, fingerprint } from '../helpers.ts';
import { SITE } from './site.ts';

const scratch = mkdtempSync(join(tmpdir(), 'news-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the build command', () => {
  it('is reproducible: a second build is byte-identical', () => {
    const again = join(scratch, 'again');
    expect(build(again).status).toBe(0);
    expect(fingerprint(again)).toEqual(fingerprint(SITE));
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
        'articles/biden-backchannel-to-russia.md → people.4: no person has the id "anthony-blinken". Did you mean "antony-blinken"?',
      );
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(fingerprint(out)).toEqual(before);
    } finally {
      copy.cleanup();
    }
  });

  it('builds a third article dropped into content/ with no code change', () => {
    const copy = copyContent();
    try {
      writeFileSync(
        join(copy.root, 'articles/third-article.md'),
        [
          '---',
          'title: A third article',
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
      const out = join(scratch, 'third');
      const result = build(out, { CONTENT_DIR: copy.root });
      expect(result.status, result.stderr).toBe(0);
      const html = readFileSync(join(out, 'articles/third-article/index.html'), 'utf8');
      expect(html).toContain('href="/people/joe-biden/"');
      expect(readFileSync(join(out, 'people/joe-biden/index.html'), 'utf8')).toContain(
        'href="/articles/third-article/"',
      );
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
