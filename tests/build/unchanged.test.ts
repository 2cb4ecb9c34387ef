/**
 * build/unchanged.ts: the digest of what a build reads changes with any file of the content, the code or the
 * project's settings files, and with any setting; the state of an output changes with any file edited, added or
 * removed there; a record matches only the same inputs over the same output.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, unlinkSync, linkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildInputs, outputState, recordInputs, unchangedSince } from '../../src/build/unchanged.ts';

const scratch = mkdtempSync(join(tmpdir(), 'news-unchanged-'));
const previousCache = process.env.CACHE_DIR;
process.env.CACHE_DIR = join(scratch, 'cache');
afterAll(() => {
  if (previousCache === undefined) delete process.env.CACHE_DIR;
  else process.env.CACHE_DIR = previousCache;
  rmSync(scratch, { recursive: true, force: true });
});

const project = join(scratch, 'project');
const content = join(scratch, 'content');
const out = join(scratch, 'dist');
const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};
const settings = { SITE_URL: 'https://news.example.org', BASE_PATH: '/' };
const digest = (given: Record<string, string | undefined> = settings) => buildInputs(project, content, given);

beforeEach(() => {
  for (const dir of [project, content, out]) rmSync(dir, { recursive: true, force: true });
  write(join(project, 'src/pages/index.astro'), '<h1>Home</h1>');
  write(join(project, 'src/model/urls.ts'), 'export const x = 1;');
  write(join(project, 'public/favicon.svg'), '<svg/>');
  write(join(project, 'astro.config.mjs'), 'export default {};');
  write(join(project, 'package-lock.json'), '{}');
  write(join(project, 'package.json'), '{"name":"site"}');
  write(join(project, 'tsconfig.json'), '{}');
  write(join(content, 'articles/a.md'), '---\ntitle: A\n---\nText.');
  write(join(content, 'people/ana.yaml'), 'name: Ana');
  write(join(out, 'index.html'), '<h1>Home</h1>');
  write(join(out, 'articles/a/index.html'), '<p>Text.</p>');
});

describe('the digest of what a build reads', () => {
  it('is the same when nothing changed', () => {
    expect(digest()).toBe(digest());
  });

  const edits: Array<[string, () => void]> = [
    ['an article edited', () => write(join(content, 'articles/a.md'), '---\ntitle: A\n---\nText, edited.')],
    ['an article added', () => write(join(content, 'articles/b.md'), '---\ntitle: B\n---\nMore.')],
    ['an article removed', () => unlinkSync(join(content, 'articles/a.md'))],
    ['an article renamed', () => copyFileSync(join(content, 'articles/a.md'), join(content, 'articles/c.md'))],
    ['a registry entry edited', () => write(join(content, 'people/ana.yaml'), 'name: Ana B')],
    ['a page edited', () => write(join(project, 'src/pages/index.astro'), '<h1>Home!</h1>')],
    ['a rendering stage edited', () => write(join(project, 'src/model/urls.ts'), 'export const x = 2;')],
    ['a public file edited', () => write(join(project, 'public/favicon.svg'), '<svg></svg>')],
    ['the Astro config edited', () => write(join(project, 'astro.config.mjs'), 'export default { a: 1 };')],
    ['the lockfile edited', () => write(join(project, 'package-lock.json'), '{"v":2}')],
    ['package.json edited', () => write(join(project, 'package.json'), '{"name":"site2"}')],
    ['tsconfig.json edited', () => write(join(project, 'tsconfig.json'), '{"a":1}')],
    ['a .env file added', () => write(join(project, '.env.production'), 'PUBLIC_X=1')],
  ];
  it.each(edits)('changes with %s', (_, edit) => {
    const before = digest();
    edit();
    expect(digest()).not.toBe(before);
  });

  it('changes with any setting, and not with the order they are given in', () => {
    expect(digest({ ...settings, SITE_URL: 'https://other.example.org' })).not.toBe(digest());
    expect(digest({ ...settings, BASE_PATH: '/news/' })).not.toBe(digest());
    expect(digest({ ...settings, OUTPUT_CHECK: 'report' })).not.toBe(digest());
    expect(digest({ BASE_PATH: '/', SITE_URL: 'https://news.example.org' })).toBe(digest());
  });
});

describe('the state of an output', () => {
  it('is the same when nothing touched it, and null when there is none', () => {
    expect(outputState(out)).toBe(outputState(out));
    expect(outputState(join(scratch, 'nowhere'))).toBeNull();
  });

  const touches: Array<[string, () => void]> = [
    ['a page rewritten with the same size', () => write(join(out, 'index.html'), '<h1>Hume</h1>')],
    ['a page added', () => write(join(out, 'extra/index.html'), 'x')],
    ['a page removed', () => unlinkSync(join(out, 'articles/a/index.html'))],
    [
      'a page replaced by another file of the same bytes and time',
      () => {
        const page = join(out, 'index.html');
        const copy = join(scratch, 'copy.html');
        copyFileSync(page, copy);
        unlinkSync(page);
        linkSync(copy, page);
        utimesSync(page, new Date(0), new Date(0));
      },
    ],
  ];
  it.each(touches)('changes with %s', (_, touch) => {
    const before = outputState(out);
    touch();
    expect(outputState(out)).not.toBe(before);
  });
});

describe('the record of the last build', () => {
  const said = { warnings: '', summary: 'Built 2 pages.' };

  it('matches the same inputs over the output as the build left it', () => {
    recordInputs(out, digest(), said);
    expect(unchangedSince(out, digest())?.said).toEqual(said);
  });

  it('does not match other inputs, an output touched since, or an output with no record', () => {
    recordInputs(out, digest(), said);
    expect(unchangedSince(out, digest({ ...settings, BASE_PATH: '/news/' }))).toBeNull();
    write(join(out, 'index.html'), 'changed by hand');
    expect(unchangedSince(out, digest())).toBeNull();
    expect(unchangedSince(join(scratch, 'other-dist'), digest())).toBeNull();
  });
});
