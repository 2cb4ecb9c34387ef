/**
 * Builds the Pagefind search index of a built site, in place: reads every page marked data-pagefind-body (articles,
 * people, organisations: INDEXED_PAGES) with its filters, and writes the index and Pagefind's interface to
 * <site>/pagefind/. A large archive's index is split (derive/search-shards.ts) into <site>/pagefind/<shard>/, and a
 * shard whose pages are all as the previous output had them is carried over from it rather than built again.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchShards } from '../derive/search-shards.ts';
import { carryOver } from './incremental.ts';
import { createUrls } from '../model/urls.ts';
import { SITE_LANGUAGE } from '../emit/views/site.ts';

/** The folder of the index inside the site, so it follows the base path like every other file. */
export const SEARCH_FOLDER = 'pagefind';

const paths = createUrls('/');
/**
 * The files of the pages marked data-pagefind-body: an article's, a person's and an organisation's own page (not
 * their pages of older articles, not an article's received text). Naming them spares Pagefind reading the other
 * pages only to find nothing to index: some 5,700 of 17,000 at 10,000 articles, 5 s and 300 MB.
 */
export const INDEXED_PAGES = `{${[paths.article('*'), paths.person('*'), paths.organisation('*')]
  .map((path) => `${path.slice(1)}index.html`)
  .join(',')}}`;

/** How to split the index, and which shards the previous output (in `previous`) already holds. */
export interface ShardPlan {
  shards: SearchShards;
  reuses(shard: string): boolean;
  previous?: string | undefined;
}

/** How many parts of a split index Pagefind builds at once: each holds its pages' words in memory meanwhile. */
const PARTS_AT_ONCE = 2;

/** A new, empty index in Pagefind's process. */
async function newIndex(): Promise<pagefind.PagefindIndex> {
  // One language for every page, so the index does not depend on what Pagefind would guess from the text.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** What indexing did: pages indexed, and shards built and carried over. */
export interface Indexed {
  pages: number;
  built: number;
  reused: number;
}

/**
 * Indexes the site built in `dir`; resolves to what it did, rejects with Pagefind's errors. `meanwhile` runs once
 * Pagefind (a process of its own) is reading the pages, so synchronous work such as the output check uses the other
 * core; what it returns is handed back.
 */
export async function indexSite<T>(
  dir: string,
  meanwhile: () => T = () => undefined as T,
  plan?: ShardPlan,
): Promise<Indexed & { meanwhile: T }> {
  const shards = plan?.shards ?? new Map([['', []]]);
  const reused = [...shards.keys()].filter((name) => name && plan?.previous && plan.reuses(name));
  for (const name of reused) carryOver(plan!.previous!, dir, [`${SEARCH_FOLDER}/${name}/`]);
  const toBuild = [...shards].filter(([name]) => !reused.includes(name));
  let result: T | undefined;
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    result = meanwhile();
  };
  let pages = 0;
  /** Indexes one part's pages and writes its index; `index` is a new index of Pagefind's. */
  const build = async (name: string, folders: readonly string[], index: pagefind.PagefindIndex) => {
    const glob = name ? `{${folders.map((f) => `${f}index.html`).join(',')}}` : INDEXED_PAGES;
    const added = await index.addDirectory({ path: dir, glob });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const outputPath = name ? join(dir, SEARCH_FOLDER, name) : join(dir, SEARCH_FOLDER);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    pages += added.page_count;
    await index.deleteIndex();
  };
  /** Takes the next part off the list and builds it, until none is left. */
  const queue = [...toBuild];
  const worker = async (first?: pagefind.PagefindIndex): Promise<void> => {
    for (let index = first; queue.length; index = undefined) {
      const [name, folders] = queue.shift()!;
      await build(name, folders, index ?? (await newIndex()));
    }
  };
  try {
    // Two parts at a time, one per core: Pagefind's process indexes them together. Their indexes are made first, so
    // that their requests go out before the work meanwhile holds this process.
    const starts = await Promise.all(toBuild.slice(0, PARTS_AT_ONCE).map(() => newIndex()));
    const workers = starts.map((index) => worker(index));
    run();
    await Promise.all(workers);
  } finally {
    await pagefind.close();
  }
  run();
  return { pages, built: toBuild.length, reused: reused.length, meanwhile: result as T };
}
