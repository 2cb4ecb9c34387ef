/**
 * Sharded builds: `--shard K/N` builds one slice of the site and `--merge` joins the N slices. Each page of a whole
 * build is written by exactly one shard (the files every build writes, the bundled assets and the public folder, by
 * all), and the merge of all shards is byte-identical to a build of the whole site, search index and sitemap
 * included. A shard loads the texts of its own slice's articles only (the designated shard, whose pages read the
 * whole archive, every one). A wrong argument or an incomplete set of shards stops the command with a message
 * saying what to give.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/parse/read-content.ts';
import type { ShardRecord } from '../../src/build/shard-build.ts';
import { shardOfFolder } from '../../src/model/shard.ts';
import { buildEnv, copyContent, fingerprint } from '../helpers.ts';

const copy = copyContent();
const scratch = mkdtempSync(join(tmpdir(), 'news-shard-'));
afterAll(() => {
  copy.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

/** Runs the build command on the copy; returns its exit status and what it printed. */
function run(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['src/build/cli.ts', ...args], {
    encoding: 'utf8',
    env: buildEnv({ CONTENT_DIR: copy.root, SEARCH_SHARD_MINIMUM: '1' }),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Files every shard writes alike: Astro's bundle and the public folder. */
const PUBLIC = new Set(readdirSync('public'));
const everyShardWrites = (path: string) => path.startsWith('_astro/') || PUBLIC.has(path);
/** Files only the merge writes, from the whole site. */
const mergeWrites = (path: string) => path.startsWith('pagefind/') || /^sitemap-(index|\d+)\.xml$/.test(path);

/** Each test builds the site once or twice, and the hook four times: on a loaded machine, more than a minute. */
const LONG = 600_000;

describe('a sharded build', () => {
  const COUNT = 3;
  const full = join(scratch, 'full');
  const shards = Array.from({ length: COUNT }, (_, i) => join(scratch, `shard-${i + 1}`));
  const merged = join(scratch, 'merged');

  // The four builds that the first two tests read, made once.
  const builds: Array<{ status: number | null; output: string }> = [];
  beforeAll(() => {
    builds.push(run('--out', full, '--full'));
    shards.forEach((dir, i) => builds.push(run('--shard', `${i + 1}/${COUNT}`, '--out', dir)));
  }, LONG);

  it('writes each page of the site in exactly one shard', () => {
    for (const build of builds) expect(build.status, build.output).toBe(0);
    builds.slice(1).forEach((build, i) => expect(build.output).toContain(`Built shard ${i + 1} of ${COUNT}:`));
    const written = shards.map((dir) => new Set(Object.keys(fingerprint(dir))));
    const files = Object.keys(fingerprint(full)).filter((path) => !mergeWrites(path));
    // The seed content has pages enough that each shard gets some of the planned folders.
    for (const set of written) expect([...set].filter((p) => p.endsWith('index.html')).length).toBeGreaterThan(0);
    for (const path of files) {
      const owners = written.filter((set) => set.has(path)).length;
      expect(owners, path).toBe(everyShardWrites(path) ? COUNT : 1);
    }
    // And nothing a whole build does not write (but the shard's record, which the merge leaves out).
    for (const set of written)
      for (const path of set)
        expect(files.includes(path) || path === '.shard.json' || mergeWrites(path), path).toBe(true);
  });

  it("loads the texts of its own slice's articles only, outside the designated shard", () => {
    const slugs = readContent(copy.root).articles.map((a) => a.slug);
    const loaded = shards.map(
      (dir) => (JSON.parse(readFileSync(join(dir, '.shard.json'), 'utf8')) as ShardRecord).bodies,
    );
    // The designated shard's pages of the whole archive (data files, analysis pages) read every article.
    expect(loaded[0]).toEqual([...slugs].sort());
    for (let k = 2; k <= COUNT; k++) {
      const own = slugs.filter((slug) => shardOfFolder(`articles/${slug}/`, COUNT) === k).sort();
      expect(loaded[k - 1], `shard ${k}`).toEqual(own);
    }
    // The seed content puts an article in a shard other than the designated one, and not every article.
    const others = loaded.slice(1).flat();
    expect(others.length).toBeGreaterThan(0);
    expect(others.length).toBeLessThan(slugs.length);
  });

  it(
    'merges into the bytes a build of the whole site writes',
    () => {
      const result = run('--merge', ...shards, '--out', merged);
      expect(result.status, result.output).toBe(0);
      expect(result.output).toMatch(/Merged 3 shards: \d+ pages/);
      expect(fingerprint(merged)).toEqual(fingerprint(full));
    },
    LONG,
  );

  it(
    'leaves a merged site that the next build updates incrementally',
    () => {
      const content = readContent(copy.root);
      const planned = content.articles.length + content.people.length + content.organisations.length;
      const next = run('--out', merged);
      expect(next.status, next.output).toBe(0);
      // Every article's, person's and organisation's folder is carried over: the merge recorded what it holds.
      const carried = Number(/(\d+) folders of pages carried over/.exec(next.output)?.[1] ?? 0);
      expect(carried, next.output).toBe(planned);
      expect(fingerprint(merged)).toEqual(fingerprint(full));
    },
    LONG,
  );

  it(
    'will not merge an incomplete or mixed set of shards',
    () => {
      const missing = run('--merge', shards[0]!, shards[2]!, '--out', join(scratch, 'partial'));
      expect(missing.status).toBe(1);
      expect(missing.output).toContain('Shard(s) 2 of 3 missing: give --merge the output of every shard.');
      const twice = run('--merge', shards[0]!, shards[0]!, shards[1]!, '--out', join(scratch, 'partial'));
      expect(twice.status).toBe(1);
      expect(twice.output).toContain('are both shard 1 of 3');
      const notShard = run('--merge', full, '--out', join(scratch, 'partial'));
      expect(notShard.status).toBe(1);
      expect(notShard.output).toContain(`${full} is not the output of a shard`);
    },
    LONG,
  );

  it.each([
    [
      ['--shard'],
      '--shard needs a value. Give it as K/N, the shard to build and how many shards there are, for example --shard 2/4.',
    ],
    [['--shard', '3/2'], '--shard "3/2": K must be between 1 and 2 (the shards are numbered from 1).'],
    [['--shard', 'two'], '--shard "two" is not of the form K/N.'],
    [['--merge'], '--merge needs the output folders of the shards: --merge DIR1 DIR2 …'],
  ])('stops at %j with a message saying what to give', (args, message) => {
    const result = run(...args, '--out', join(scratch, 'bad'));
    expect(result.status).toBe(1);
    expect(result.output).toContain(message);
  });
});
