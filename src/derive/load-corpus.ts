/**
 * The corpus for pages: the parse stage's one reading of the content folder (parse/content-cache.ts), rendered and
 * indexed once, and shared by every page of a build. In the dev server the content loaders drop that reading when a
 * file under content/ changes, so the next page load finds a new one here and derives the site again. One shard of
 * a sharded build reads the corpus the derive stage wrote to disk instead (corpus-index.ts, deriveToDisk), loading
 * an article's body only when one of its pages asks for it.
 */
import { readContentOnce } from '../parse/content-cache.ts';
import { contentRoot } from '../parse/content-root.ts';
import type { SiteContent } from '../parse/read-content.ts';
import { urls, type Urls } from '../model/urls.ts';
import { buildCorpus, derivationKeys, type Article, type Corpus } from './corpus.ts';
import { buildDatasets, lazyDatasets, type Datasets, type QuoteRecord } from './datasets.ts';
import { codeInUse, openDerivedStore, type DiskStore } from './derived-store.ts';
import { recordDerivation } from './build-report.ts';
import { articleIntegrity, integrityWarnings, renderMarks, type ArticleIntegrity } from './integrity.ts';
import { articleDigests, pageDigests, pageFolder } from './page-digests.ts';
import { CORPUS_INDEX_VARIABLE, corpusIndexDir, openCorpusIndex, writeCorpusIndex } from './corpus-index.ts';
import type { EntityType } from '../model/entity.ts';
import { currentShard } from '../model/shard.ts';
import { PLAN_VARIABLES, publishPlan, readRecord, renderPlan, type RenderPlan } from './render-plan.ts';
import { searchShards, shardDigests } from './search-shards.ts';

interface Derived {
  content: SiteContent;
  corpus: Promise<Corpus>;
  datasets?: Promise<Datasets>;
  integrity?: Promise<IntegrityLookup>;
  plan?: Promise<RenderPlan>;
  /** In a shard, each article's page digest, from the derive stage. */
  digests?: ReadonlyMap<string, string>;
}

/** Each article's integrity record, by slug, made when first asked for. */
export interface IntegrityLookup {
  get(slug: string): ArticleIntegrity | undefined;
}

let derived: Derived | undefined;

/** What is derived from the content as it is now: reused while the parse stage's reading is the same object. */
function current(): Derived {
  const content = readContentOnce(contentRoot());
  if (derived?.content !== content)
    derived = currentShard() ? fromIndex(content) : { content, corpus: deriveCorpus(content) };
  return derived;
}

/** A shard's corpus: the one the derive stage wrote (`npm run build -- --derive`), read from disk as pages ask. */
function fromIndex(content: SiteContent): Derived {
  const dir = process.env[CORPUS_INDEX_VARIABLE] || corpusIndexDir(contentRoot(), urls.home(), codeInUse());
  const store = openDerivedStore();
  const indexed = openCorpusIndex(content, dir, (key) => store.get(key));
  const { corpus } = indexed;
  recordDerivation(0, corpus.articles.length, [...content.warnings, ...corpus.warnings, ...integrityWarnings(content)]);
  return {
    content,
    corpus: Promise.resolve(corpus),
    datasets: Promise.resolve(lazyDatasets(corpus, indexed.quotesBySpeaker)),
    digests: indexed.digests,
  };
}

/** The site's corpus, built on first use and reused by every page of the build. */
export function getCorpus(): Promise<Corpus> {
  return current().corpus;
}

/** The site's data sets (quotations, attributions, timeline…), computed once from the corpus. */
export function getDatasets(): Promise<Datasets> {
  const now = current();
  now.datasets ??= now.corpus.then(buildDatasets);
  return now.datasets;
}

/** Each article's integrity record (received text, edits, analyser reports), computed once, when first asked for. */
export function getIntegrity(): Promise<IntegrityLookup> {
  const now = current();
  now.integrity ??= now.corpus.then((corpus) => {
    const records = new Map<string, ArticleIntegrity>();
    return {
      get(slug) {
        const article = corpus.bySlug.get(slug);
        if (!article) return undefined;
        let record = records.get(slug);
        if (!record)
          records.set(slug, (record = articleIntegrity(now.content.ledgers.get(slug), article.body, article)));
        return record;
      },
    };
  });
  return now.integrity;
}

/**
 * Which planned pages this build renders (render-plan.ts): every page, unless the build command handed over the
 * previous output's digests and the code's, in which case only what changed.
 */
export function getRenderPlan(): Promise<RenderPlan> {
  const now = current();
  now.plan ??= now.corpus.then((corpus) => {
    const code = process.env[PLAN_VARIABLES.code];
    const settings = { code: code ?? '', site: import.meta.env?.SITE ?? '', base: urls.home() };
    const digests = pageDigests(corpus, now.content, urls, settings, now.digests);
    const shards = searchShards(corpus, urls);
    const previous = code ? readRecord(process.env[PLAN_VARIABLES.previous]) : null;
    const plan = renderPlan(digests, previous, shards, shardDigests(shards, digests), currentShard());
    publishPlan(plan);
    return plan;
  });
  return now.plan;
}

/** The articles whose pages this build renders (derive/render-plan.ts), newest first. */
export async function articlesToRender(): Promise<Article[]> {
  const [corpus, plan] = await Promise.all([getCorpus(), getRenderPlan()]);
  return corpus.articles.filter((a) => plan.renders(pageFolder(urls, urls.article(a.slug))));
}

/** The ids of one type of entity whose pages (page, later pages, feeds) this build renders. */
export async function entitiesToRender(type: EntityType): Promise<string[]> {
  const [corpus, plan] = await Promise.all([getCorpus(), getRenderPlan()]);
  const ids = [...(type === 'person' ? corpus.people.keys() : corpus.organisations.keys())];
  return ids.filter((id) => plan.renders(pageFolder(urls, urls.entity({ type, id }))));
}

/**
 * Derives the corpus of `content` for a site whose addresses are `at`, reading back what the store of rendered
 * articles holds and adding what it lacks: the pages' corpus, and what `npm run build -- --derive` does before the
 * shards of a sharded build, so that none of them renders an article.
 */
export async function deriveCorpus(content: SiteContent, at: Urls = urls): Promise<Corpus> {
  // Articles rendered by an earlier build of the same code are read back, not rendered again (derived-store.ts).
  let store: DiskStore | undefined;
  try {
    store = openDerivedStore();
  } catch (error) {
    console.warn(
      `Rendering every article: the cache of rendered articles cannot be opened (${(error as Error).message}).`,
    );
  }
  const corpus = await buildCorpus(content, at, content.vocabulary, store, marksIn(content));
  store?.prune();
  const cached = store?.counts.hits ?? 0;
  recordDerivation(corpus.articles.length - cached, cached, [
    ...content.warnings,
    ...corpus.warnings,
    ...integrityWarnings(content),
  ]);
  return corpus;
}

/** What the ledger of each article of `content` marks in its text. */
const marksIn = (content: SiteContent) => (article: Article | SiteContent['articles'][number]) =>
  renderMarks(content.ledgers.get(article.slug), article.data.provenance.copies);

/**
 * The derive stage of a sharded build (`npm run build -- --derive`): derives the corpus of `content` as a build
 * does, and writes it to disk (corpus-index.ts) for the shards to read; `root` is the content folder.
 */
export async function deriveToDisk(content: SiteContent, root: string, at: Urls = urls): Promise<Corpus> {
  const corpus = await deriveCorpus(content, at);
  const keyOf = derivationKeys(content, at, content.vocabulary);
  const marks = marksIn(content);
  writeCorpusIndex(corpusIndexDir(root, at.home(), codeInUse()), {
    corpus,
    keys: new Map(corpus.articles.map((a) => [a.slug, keyOf(a, marks(a))])),
    digests: articleDigests(corpus, content),
    quotesBySpeaker: buildDatasets(corpus).quotesBySpeaker as ReadonlyMap<string, QuoteRecord[]>,
  });
  return corpus;
}
