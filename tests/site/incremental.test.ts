/**
 * Incremental builds: a build that replaces an output the build command wrote renders only the pages whose inputs
 * changed and carries the rest over, and what it writes is byte-identical to a build from nothing. Checked for a
 * new article (the newest, taken out and put back), an edited headline, and nothing changed, with the search index
 * split as a large archive's is (SEARCH_SHARD_MINIMUM=1), so that carrying its unchanged parts over is checked too.
 * A build with nothing changed does nothing at all (build/unchanged.ts) unless the output was touched since, a
 * setting differs or its record is lost; then it carries every planned folder over.
 * The content has short generated articles naming one person, so that person's articles run to several numbered
 * pages, each planned on its own inside the person's folder, and the new article is one of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/derive/corpus.ts';
import { pageDigests } from '../../src/derive/page-digests.ts';
import { createUrls } from '../../src/model/urls.ts';
import { readContent } from '../../src/parse/read-content.ts';
import { inputsFileFor } from '../../src/build/unchanged.ts';
import { buildEnv, copyContent, fingerprint } from '../helpers.ts';
import { writeArticlesNaming } from '../many-articles.ts';

const copy = copyContent();
const seed = readContent(copy.root);
const person = seed.people[0]!.id;
writeArticlesNaming(copy.root, { person, publication: seed.organisations[0]!.id }, 1, 44);
const scratch = mkdtempSync(join(tmpdir(), 'news-incremental-'));
afterAll(() => {
  copy.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

/** Builds the copy into `out` with `env` besides; returns everything it printed. */
function run(out: string, flags: string[] = [], env: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, ['src/build/cli.ts', '--out', out, ...flags], {
    encoding: 'utf8',
    env: buildEnv({ CONTENT_DIR: copy.root, SEARCH_SHARD_MINIMUM: '1', ...env }),
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Builds the copy into `out`; returns the summary line, which a build that had nothing to do does not print. */
function build(out: string, ...flags: string[]): string {
  return (
    run(out, flags)
      .split('\n')
      .find((line) => line.startsWith('Built ')) ?? ''
  );
}

/** Every file of `dir` with its inode: a file a build did not touch keeps it. */
const inodes = (dir: string) =>
  Object.fromEntries(Object.keys(fingerprint(dir)).map((path) => [path, statSync(join(dir, path)).ino]));
/** What a build that had nothing to do says, and that Astro did not start. */
const NOTHING = /^Nothing to build: the content, code and settings are those of the last build of /m;
const ASTRO = /\[build\]|\[content\]/;

const carried = (summary: string) => Number(/(\d+) folders of pages carried over/.exec(summary)?.[1] ?? 0);
/** The parts of the search index carried over, and all parts. */
const parts = (summary: string): [number, number] => {
  const m = /\((\d+) of (\d+) parts of the index carried over\)/.exec(summary);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
};

describe('an incremental build', () => {
  const content = readContent(copy.root);
  const newest = [...content.articles].sort((a, b) => b.data.date.localeCompare(a.data.date))[0]!;
  const file = join(copy.root, 'articles', `${newest.slug}.md`);
  // The article with its ledger and received text, when it has them: what an editor adds in one go.
  const files = [
    file,
    join(copy.root, 'ledgers', `${newest.slug}.yaml`),
    join(copy.root, 'received', `${newest.slug}.txt`),
  ].filter((f) => existsSync(f));
  const aside = (f: string) => join(scratch, basename(f));
  const out = join(scratch, 'incremental');
  const full = join(scratch, 'full');
  // Every article's and entity's folder, and each numbered page of articles.
  let planned = 0;
  beforeAll(async () => {
    const urls = createUrls('/');
    const corpus = await buildCorpus(content, urls, content.vocabulary);
    planned = pageDigests(corpus, content, urls, { code: '', site: '', base: '/' }).size;
    expect(planned).toBeGreaterThan(content.articles.length + content.people.length + content.organisations.length);
  });
  /** The identity of a built file: a page carried over is a hard link to the previous output's. */
  const inode = (path: string) => statSync(join(out, path)).ino;
  const own = `people/${person}/index.html`;
  const oldest = `people/${person}/articles/1/index.html`;

  it('adds a new article by rendering what it touches and carrying the rest, as a full build would write', () => {
    for (const f of files) renameSync(f, aside(f));
    expect(carried(build(out))).toBe(0);
    const before = [inode(own), inode(oldest)];
    for (const f of files) renameSync(aside(f), f);
    const summary = build(out);
    const kept = carried(summary);
    // The person's own page is rendered again; their oldest page of articles, which the new one does not change, not.
    expect(inode(own)).not.toBe(before[0]);
    expect(inode(oldest)).toBe(before[1]);
    // Kept: every folder but the new article's, its neighbour's and those of the people and organisations it names.
    expect(kept, summary).toBeGreaterThan(0);
    expect(kept, summary).toBeLessThan(planned - 1);
    // The parts of the index holding the new article, its neighbour and the entities it names are built again.
    const [reused, all] = parts(summary);
    expect(reused, summary).toBeLessThan(all);
    build(full, '--full');
    expect(fingerprint(out)).toEqual(fingerprint(full));
  });

  it('does nothing when nothing changed: Astro does not start and the output is left as it was', () => {
    const before = fingerprint(out);
    const files = inodes(out);
    const said = run(out);
    expect(said).toMatch(NOTHING);
    expect(said).not.toMatch(ASTRO);
    // The warnings of the build that wrote the output are said again.
    expect(said).toMatch(/SITE_URL: not set/);
    expect(inodes(out)).toEqual(files);
    expect(fingerprint(out)).toEqual(before);
  });

  it('builds again when the output was touched since, a setting changed or --full is given', () => {
    const page = join(out, 'index.html');
    const home = readFileSync(page);
    writeFileSync(page, 'edited by hand');
    expect(run(out)).not.toMatch(NOTHING);
    expect(readFileSync(page)).toEqual(home);
    expect(run(out)).toMatch(NOTHING);
    rmSync(join(out, 'search', 'index.html'));
    expect(run(out)).not.toMatch(NOTHING);
    expect(existsSync(join(out, 'search', 'index.html'))).toBe(true);
    const other = run(out, [], { SITE_URL: 'https://news.example.org' });
    expect(other).not.toMatch(NOTHING);
    expect(other).toMatch(/^Built /m);
    expect(run(out, [], { SITE_URL: 'https://news.example.org' })).toMatch(NOTHING);
    expect(run(out)).not.toMatch(NOTHING);
    expect(run(out, ['--full'])).not.toMatch(NOTHING);
  });

  it('carries every planned folder over when nothing changed but the record of the last build is lost', () => {
    const before = fingerprint(out);
    rmSync(inputsFileFor(out));
    const summary = build(out);
    expect(carried(summary)).toBe(planned);
    const [reused, all] = parts(summary);
    expect(reused, summary).toBe(all);
    expect(fingerprint(out)).toEqual(before);
  });

  it('renders again the pages an edited headline appears on, and matches a full build', () => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/["']/g, '')} (updated)`),
    );
    const summary = build(out);
    expect(summary).toMatch(/^Built /);
    expect(carried(summary), summary).toBeLessThan(planned);
    build(full, '--full');
    expect(fingerprint(out)).toEqual(fingerprint(full));
  });
});
