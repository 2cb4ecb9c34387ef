/** The corpus for pages: the content collections, rendered and indexed once per build and shared by every page. */
import { buildCorpus, type Corpus } from './derive/corpus.ts';
import { buildDatasets, type Datasets } from './derive/datasets.ts';
import { articleIntegrity, type ArticleIntegrity } from './derive/integrity.ts';
import { readIntegrity } from './pipeline/read-integrity.ts';
import { readContentOnce } from './pipeline/content-cache.ts';
import { contentRoot } from './pipeline/content-root.ts';
import { openDerivedStore, type DiskStore } from './pipeline/derived-store.ts';
import { readAttributionVocabulary } from './pipeline/read-policy.ts';
import { urls } from './urls.ts';

let cached: Promise<Corpus> | undefined;
let datasets: Promise<Datasets> | undefined;
let integrity: Promise<Map<string, ArticleIntegrity>> | undefined;

/** The site's corpus, built on first use and reused by every page of the build. */
export function getCorpus(): Promise<Corpus> {
  cached ??= load();
  return cached;
}

/** The site's data sets (quotations, attributions, timeline…), computed once from the corpus. */
export function getDatasets(): Promise<Datasets> {
  datasets ??= getCorpus().then(buildDatasets);
  return datasets;
}

/** Each article's integrity record (received text, edits, analyser reports), computed once. */
export function getIntegrity(): Promise<Map<string, ArticleIntegrity>> {
  integrity ??= getCorpus().then((corpus) => {
    const files = readIntegrity(
      contentRoot(),
      corpus.articles.map((a) => a.slug),
    );
    return new Map(corpus.articles.map((a) => [a.slug, articleIntegrity(files.get(a.slug))]));
  });
  return integrity;
}

/**
 * The content as the collections hold it, from the parse the content loaders made in this process
 * (pipeline/content-cache.ts): the pages render in the process that synced the collections, so this reuses that
 * parse rather than copying every entry out of Astro's data store again (some 5 s at 10,000 articles).
 */
async function load(): Promise<Corpus> {
  // Articles rendered by an earlier build of the same code are read back, not rendered again (derived-store.ts).
  let store: DiskStore | undefined;
  try {
    store = openDerivedStore();
  } catch (error) {
    console.warn(
      `Rendering every article: the cache of rendered articles cannot be opened (${(error as Error).message}).`,
    );
  }
  const corpus = await buildCorpus(
    readContentOnce(contentRoot()),
    urls,
    readAttributionVocabulary(contentRoot()),
    store,
  );
  if (store) {
    store.prune();
    const { hits } = store.counts;
    console.log(`Articles: ${corpus.articles.length - hits} rendered, ${hits} read from the cache of an earlier build`);
  }
  return corpus;
}
