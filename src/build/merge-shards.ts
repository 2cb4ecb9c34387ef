/**
 * The merge of a sharded build (`npm run build -- --merge DIR…`): joins the outputs of all N shards (shard-build.ts)
 * into one site, then does what only the whole site can: the sitemap, the search index and the output check. What it
 * writes is byte for byte what one build of the whole site writes (tests/site/shard.test.ts compares).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { checkPages, knownPagesText, readPages } from './check-site.ts';
import { indexSite } from './index-site.ts';
import { linkOrCopy } from './incremental.ts';
import { readShardRecord, SHARD_RECORD, type ShardRecord } from './shard-build.ts';

/** The files of a shard's sitemap, which lists its own pages only: the merge writes the site's from all of them. */
const SITEMAP_FILE = /^sitemap-(index|\d+)\.xml$/;

/** What the merge did. */
export interface Merged {
  shards: number;
  files: number;
  pages: number;
  indexed: number;
  /** The base path the shards were built for. */
  base: string;
}

/**
 * Where the merge writes the records of its output that the build command keeps for the next build
 * (build/incremental.ts): the plan's digests and what the output check read of each page.
 */
export interface MergeRecords {
  digests?: string;
  pages?: string;
}

/**
 * Merges the shard outputs in `dirs` into `into` (an empty folder); throws a message for the person running the
 * build when the shards are not all N of one build, when two shards wrote one file differently, or when the merged
 * site fails the output check.
 */
export async function mergeShards(dirs: readonly string[], into: string, records: MergeRecords = {}): Promise<Merged> {
  const shards = dirs.map((dir) => ({ dir, record: readShardRecord(dir) }));
  const first = checkComplete(shards);
  const locs = new Map<string, string | undefined>();
  const from = new Map<string, string>();
  let files = 0;
  for (const { dir } of shards) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      const path = relative(dir, file).split(sep).join('/');
      if (path === SHARD_RECORD) continue;
      if (SITEMAP_FILE.test(path)) {
        if (path !== 'sitemap-index.xml') for (const [loc, lastmod] of sitemapEntries(file)) locs.set(loc, lastmod);
        continue;
      }
      const target = join(into, path);
      const earlier = from.get(path);
      if (earlier !== undefined) {
        // Every shard writes the bundled assets and the public files; they must be the same bytes.
        if (!readFileSync(earlier).equals(readFileSync(file)))
          throw new Error(`${path} differs between ${dirname(earlier)} and ${dir}: the shards were not built alike.`);
        continue;
      }
      from.set(path, file);
      linkOrCopy(file, target);
      files++;
    }
  }
  await writeSitemap(into, first, locs);
  const parts = { shards: new Map(first.search), reuses: () => false };
  const search = await indexSite(into, () => readPages(into), parts);
  const problems = checkPages(search.meanwhile, first.base);
  if (problems.length)
    throw new Error(`The merged site has ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  // The merged site is what a full build writes, so it gets a full build's records: the next build is incremental.
  const plan = shards.find(({ record }) => record.plan)?.record.plan;
  if (records.digests && plan) writeFileSync(records.digests, plan);
  if (records.pages) writeFileSync(records.pages, knownPagesText(search.meanwhile));
  return {
    shards: shards.length,
    files,
    pages: search.meanwhile.pages.size,
    indexed: search.pages,
    base: first.base,
  };
}

/** The common record of the shards, once each of 1…N is there exactly once and all were built alike. */
function checkComplete(records: ReadonlyArray<{ dir: string; record: ShardRecord }>): ShardRecord {
  const first = records[0]?.record;
  if (!first) throw new Error('--merge needs the output folders of the shards: --merge DIR1 DIR2 …');
  const count = first.shard.count;
  const seen = new Map<number, string>();
  for (const { dir, record } of records) {
    const { index, count: n } = record.shard;
    if (n !== count)
      throw new Error(
        `${dir} is shard ${index} of ${n}, but ${records[0]!.dir} is one of ${count}: merge one build's shards.`,
      );
    if (seen.has(index)) throw new Error(`${seen.get(index)} and ${dir} are both shard ${index} of ${count}.`);
    seen.set(index, dir);
    if (record.site !== first.site || record.url !== first.url || record.base !== first.base)
      throw new Error(
        `${dir} was built from other content, code or settings than ${records[0]!.dir}: build every shard of the same commit and content, with the same SITE_URL and BASE_PATH.`,
      );
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length)
    throw new Error(`Shard(s) ${missing.join(', ')} of ${count} missing: give --merge the output of every shard.`);
  return first;
}

/** The addresses in one file of a sitemap, with their lastmod. */
function sitemapEntries(file: string): Array<[string, string | undefined]> {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/<url><loc>([^<]*)<\/loc>(?:<lastmod>([^<]*)<\/lastmod>)?/g)].map((m) => [
    unescapeXml(m[1]!),
    m[2],
  ]);
}

const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
  );

/**
 * Writes the site's sitemap from every shard's entries through @astrojs/sitemap itself, as one build's would be
 * written (the same sorting, chunking and index), each address keeping the lastmod its shard gave it.
 */
async function writeSitemap(dir: string, record: ShardRecord, locs: Map<string, string | undefined>): Promise<void> {
  const plugin = sitemap({
    customPages: [...locs.keys()],
    serialize: (item) => {
      const lastmod = locs.get(item.url);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
  const hooks = plugin.hooks as Record<string, (params: unknown) => Promise<void> | void>;
  const config = { site: record.url, base: record.base, trailingSlash: 'always', build: { format: 'directory' } };
  await hooks['astro:config:done']!({ config: config as unknown as AstroConfig });
  await hooks['astro:routes:resolved']!({ routes: [] });
  const quiet = { info() {}, warn: console.warn, error: console.error } as unknown as AstroIntegrationLogger;
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages: [], logger: quiet });
  if (!existsSync(join(dir, 'sitemap-index.xml')))
    throw new Error('The merged site has no sitemap: no shard listed a page.');
}
