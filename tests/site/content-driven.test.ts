/**
 * content/ as the editors leave it, whatever they have added, plus the articles of tests/fixtures/extra-articles
 * (drafted by `npm run ingest` from two texts and not edited since): the site builds, which means its own output
 * check passed, and holds what must hold for any content. Nothing here names an article, a person or an
 * organisation; every other site test reads the frozen seed content instead (tests/helpers.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/parse/read-content.ts';
import { buildSite, copyContent, REAL_CONTENT } from '../helpers.ts';

const EXTRA = 'tests/fixtures/extra-articles';
const VNU_JAR = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');

describe('content/ with articles added as an editor adds them', () => {
  const copy = copyContent(REAL_CONTENT);
  cpSync(EXTRA, copy.root, { recursive: true, force: false, errorOnExist: true });
  const out = join(mkdtempSync(join(tmpdir(), 'news-content-driven-')), 'site');
  const result = buildSite(out, { CONTENT_DIR: copy.root });
  const content = readContent(copy.root);
  const extras = readdirSync(join(EXTRA, 'articles')).map((name) => name.replace(/\.md$/, ''));
  afterAll(() => {
    copy.cleanup();
    rmSync(join(out, '..'), { recursive: true, force: true });
  });

  it('builds, its output check passing, with no code change', () => {
    expect(result.status, result.stderr).toBe(0);
  });

  it('gives every article, person and organisation its page, and lists every article in the sitemap', () => {
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    for (const a of content.articles) {
      expect(existsSync(join(out, 'articles', a.slug, 'index.html')), a.slug).toBe(true);
      expect(sitemap, a.slug).toContain(`/articles/${a.slug}/`);
    }
    for (const p of content.people) expect(existsSync(join(out, 'people', p.id, 'index.html')), p.id).toBe(true);
    for (const o of content.organisations)
      expect(existsSync(join(out, 'organisations', o.id, 'index.html')), o.id).toBe(true);
  });

  it('links the people and organisations each added article names, and shows its received text', () => {
    for (const slug of extras) {
      const article = content.articles.find((a) => a.slug === slug)!;
      const html = readFileSync(join(out, 'articles', slug, 'index.html'), 'utf8');
      for (const id of article.data.people) expect(html, `${slug} → ${id}`).toContain(`href="/people/${id}/"`);
      for (const id of article.data.organisations)
        expect(html, `${slug} → ${id}`).toContain(`href="/organisations/${id}/"`);
      expect(existsSync(join(out, 'articles', slug, 'received', 'index.html')), slug).toBe(true);
    }
  });

  it('writes valid HTML for the added articles and the pages of the names they brought', () => {
    const files = extras.flatMap((slug) => {
      const article = content.articles.find((a) => a.slug === slug)!;
      return [
        join(out, 'articles', slug, 'index.html'),
        join(out, 'articles', slug, 'received', 'index.html'),
        ...article.data.people.map((id) => join(out, 'people', id, 'index.html')),
        ...article.data.organisations.map((id) => join(out, 'organisations', id, 'index.html')),
      ];
    });
    const nu = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(nu.stdout) as { messages: { url?: string; message: string }[] };
    expect(messages.map((m) => `${m.url ?? ''}: ${m.message}`)).toEqual([]);
    expect(files.length).toBeGreaterThan(4);
  });
});
