/**
 * How the search index is split, so that publishing one article rebuilds a small part of it: one index per year of
 * articles and one each for people and organisations, which the search page loads together (Pagefind merges
 * indexes in one search). A small archive keeps one index: its per-index word statistics, which Pagefind ranks by,
 * are only sound over a few thousand pages, and below that one index costs little to rebuild.
 */
import { createHash } from 'node:crypto';
import type { Urls } from '../model/urls.ts';
import type { Corpus } from './corpus.ts';
import type { PageDigests } from './page-digests.ts';
import { pageFolder } from './page-digests.ts';

/** Policy: the number of indexed pages from which the index is split. SEARCH_SHARD_MINIMUM overrides it (tests). */
export const SEARCH_SHARDING = { minimumPages: 2000 } as const;

/** The shards: name → the folders of the pages in it ("articles/x/"). One shard named "" is the unsplit index. */
export type SearchShards = Map<string, string[]>;

/** The shards of the corpus's indexed pages: every article's, person's and organisation's own page. */
export function searchShards(corpus: Corpus, urls: Urls, minimum = minimumPages()): SearchShards {
  const articles = corpus.articles.map((a) => ({
    folder: pageFolder(urls, urls.article(a.slug)),
    year: a.data.date.slice(0, 4),
  }));
  const people = [...corpus.people.keys()].map((id) => pageFolder(urls, urls.person(id)));
  const organisations = [...corpus.organisations.keys()].map((id) => pageFolder(urls, urls.organisation(id)));
  const shards: SearchShards = new Map();
  if (articles.length + people.length + organisations.length < minimum) {
    shards.set('', [...articles.map((a) => a.folder), ...people, ...organisations]);
    return shards;
  }
  // Newest year first: the first index is the one the search page starts with.
  for (const { folder, year } of [...articles].sort((a, b) => (a.year < b.year ? 1 : a.year > b.year ? -1 : 0))) {
    const name = `articles-${year}`;
    shards.set(name, [...(shards.get(name) ?? []), folder]);
  }
  if (people.length) shards.set('people', people);
  if (organisations.length) shards.set('organisations', organisations);
  return shards;
}

function minimumPages(): number {
  const given = Number(process.env.SEARCH_SHARD_MINIMUM);
  return Number.isInteger(given) && given > 0 ? given : SEARCH_SHARDING.minimumPages;
}

/** A digest of each shard: its pages and their digests, so an unchanged shard's index can be carried over. */
export function shardDigests(shards: SearchShards, digests: PageDigests): Map<string, string> {
  return new Map(
    [...shards].map(([name, folders]) => {
      const hash = createHash('sha256').update(name);
      for (const folder of [...folders].sort()) hash.update(`\0${folder}\0${digests.get(folder) ?? ''}`);
      return [name, hash.digest('hex').slice(0, 32)];
    }),
  );
}
