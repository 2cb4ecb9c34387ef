/** The corpus for pages: the content collections, rendered and indexed once per build and shared by every page. */
import { getCollection } from 'astro:content';
import { buildCorpus, type Corpus } from './derive/corpus.ts';
import { urls } from './urls.ts';

let cached: Promise<Corpus> | undefined;

/** The site's corpus, built on first use and reused by every page of the build. */
export function getCorpus(): Promise<Corpus> {
  cached ??= load();
  return cached;
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
  );
}
