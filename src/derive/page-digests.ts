/**
 * What each page of the site is built from, as a digest, so that a build with the previous build's output renders
 * only the pages whose digest changed and carries the others over (src/build/incremental.ts). A digest covers
 * everything its page reads: the site's code and settings, the registries, and the articles it shows.
 *
 * Only the pages that grow with the archive are planned this way: an article and its received text, and each
 * person's and organisation's page, its later pages of articles, their index and its three feeds. The few pages that
 * read the whole corpus (home, indexes, analysis pages, site feeds, data files, the sitemap) are always rendered.
 *
 * The digests are deliberately coarse where precision would be fragile: any change to a registry entry changes every
 * entity page (they print each other's names). An entity's own folder (its page, its feeds and the index of its
 * pages) changes whenever an article naming it changes; each numbered page of its articles has a digest of its own,
 * over just the articles it holds, since page numbers count from the oldest article (page-numbers.ts) and a new
 * article changes only the last page (or, when that is full, adds a page after it). A page is never carried over when anything it could read has changed.
 */
import { createHash } from 'node:crypto';
import { entityKey, type EntityRef, type EntityType } from '../model/entity.ts';
import type { Urls } from '../model/urls.ts';
import type { SiteContent } from '../parse/read-content.ts';
import type { Article, Corpus } from './corpus.ts';
import { numberedPageCount, numberedPageRange } from './page-numbers.ts';

const sha256 = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);

/**
 * The folders of the planned pages, relative to the site's root ("articles/x/", "people/ana/"), with the digest of
 * everything in them: an article's folder holds its page and its received text, an entity's its page, the index of
 * its numbered pages and its feeds, and each numbered page ("people/ana/articles/3/") is a folder of its own, nested
 * in its entity's and planned apart from it. Nothing else is written there.
 */
export type PageDigests = Map<string, string>;

/** What every page depends on besides its content: a digest of the code, and the settings it is built with. */
export interface SiteSettings {
  /** Digest of the code that builds pages (all of src/, public/, the lockfile, the Astro config). */
  code: string;
  /** The site's URL and base path. */
  site: string;
  base: string;
}

/** The folder of a page at a site path, from the site's root: "/news/people/ana/" → "people/ana/". */
export function pageFolder(urls: Urls, path: string): string {
  return path.slice(urls.home().length);
}

/**
 * A digest of what each article's pages print (its text, analysis and ledger), by slug. Where the corpus knows an
 * article's derivation key, that stands for its derived body (rendered text and analysis), which the code makes
 * from what the key covers alone: hashing the key rather than the body is several times less to hash.
 */
export function articleDigests(corpus: Corpus, content: SiteContent): Map<string, string> {
  const digests = new Map<string, string>();
  for (const article of corpus.articles) {
    const ledger = content.ledgers.get(article.slug);
    const key = corpus.derivationKeys?.get(article.slug);
    const inputs = key === undefined ? articleInputs(article) : ['derived', article.slug, article.data, key];
    digests.set(article.slug, sha256(inputs, ledger ? [ledger.ledger, ledger.received] : null));
  }
  return digests;
}

/**
 * Digests of every planned page of the corpus; `articleDigest` may come from the derive stage (one shard of a
 * sharded build holds only its own articles' texts, derive/corpus-index.ts).
 */
export function pageDigests(
  corpus: Corpus,
  content: SiteContent,
  urls: Urls,
  settings: SiteSettings,
  articleDigest: ReadonlyMap<string, string> = articleDigests(corpus, content),
): PageDigests {
  const digests: PageDigests = new Map();
  const site = sha256(settings, content.vocabulary);
  const registry = sha256(
    [...corpus.people.values()].map((p) => [p.id, p.data]),
    [...corpus.organisations.values()].map((o) => [o.id, o.data]),
  );
  // An article's page also shows its neighbours' headlines and dates.
  corpus.articles.forEach((article, i) => {
    const near = [corpus.articles[i - 1], corpus.articles[i + 1]].map((a) => a && [a.slug, a.data.title, a.data.date]);
    const digest = sha256(site, registry, articleDigest.get(article.slug), near);
    digests.set(pageFolder(urls, urls.article(article.slug)), digest);
  });
  for (const type of ['person', 'organisation'] as const satisfies readonly EntityType[]) {
    const ids = type === 'person' ? corpus.people.keys() : corpus.organisations.keys();
    for (const id of ids) {
      const ref: EntityRef = { type, id };
      const key = entityKey(ref);
      const appearances = corpus.appearances.get(key) ?? [];
      // An appearance (how the article is tied to the entity, the sentences naming it) is made from the article
      // alone, whose digest stands for it: the slugs in order and those digests are all there is to hash.
      const digest = sha256(
        site,
        registry,
        key,
        appearances.map((a) => a.slug),
        appearances.map((a) => articleDigest.get(a.slug)),
        corpus.connections.get(key) ?? [],
        // The feed of an entity no article names yet is dated by the site's newest article.
        appearances.length === 0 ? (corpus.articles[0]?.data.date ?? null) : null,
      );
      digests.set(pageFolder(urls, urls.entity(ref)), digest);
      // A numbered page prints its number, its articles and links to its neighbours: the older page, and the newer
      // one or, from the last page, the entity's own page. Nothing of the rest of the list.
      const pages = numberedPageCount(appearances.length);
      for (let n = 1; n <= pages; n++) {
        const { from, to } = numberedPageRange(appearances.length, n);
        const shown = appearances.slice(from, to);
        const articles = shown.map((a) => articleDigest.get(a.slug));
        const slugs = shown.map((a) => a.slug);
        const pageDigest = sha256(site, registry, key, n, n === pages, slugs, articles);
        digests.set(pageFolder(urls, urls.entityArticles(ref, n)), pageDigest);
      }
    }
  }
  return digests;
}

/** What of an article its pages print: all of it but what is derived again from the rest. */
function articleInputs(article: Article): unknown {
  return [
    article.slug,
    article.data,
    article.html,
    article.paragraphs,
    article.mentions,
    article.quotes,
    article.timeline,
    article.attributions,
    article.wordCount,
    article.policyNotes,
  ];
}
