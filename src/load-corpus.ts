/** The corpus for pages: the content collections, rendered and indexed once per build and shared by every page. */
import { getCollection } from 'astro:content';
import { buildCorpus, type Corpus } from './derive/corpus.ts';
import { buildDatasets, type Datasets } from './derive/datasets.ts';
import { articleIntegrity, type ArticleIntegrity } from './derive/integrity.ts';
import { readIntegrity } from './pipeline/read-integrity.ts';
import { contentRoot } from './pipeline/content-root.ts';
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

async function load(): Promise<Corpus> {
  const [articles, people, organisations] = await Promise.all([
    getCollection('articles'),
    getCollection('people'),
    getCollection('organisations'),
  ]);
  return buildCorpus(
    {
      articles: articles.map((e) => ({ slug: e.id, file: e.filePath ?? e.id, data: e.data, body: e.body ?? '' })),
      people: people.map((e) => ({ id: e.id, file: e.filePath ?? e.id, data: e.data })),
      organisations: organisations.map((e) => ({ id: e.id, file: e.filePath ?? e.id, data: e.data })),
    },
    urls,
    readAttributionVocabulary(contentRoot()),
  );
}
