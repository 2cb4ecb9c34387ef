/**
 * The derived corpus on disk, for the shards of a sharded build: `npm run build -- --derive` writes it once, and
 * each shard reads it instead of holding every article's rendered body in memory. It is a small index (each
 * article's derivation key, page digest and word count; which entities have facts; the warnings) and one file of
 * facts per entity (its appearances, connections and quotations). The articles' rendered bodies are the derived
 * store's own entries (derived-store.ts). A shard's corpus (openCorpusIndex) is the same Corpus the pages read in a
 * whole build, but an article's body and an entity's facts are read from disk when a page asks for them, and only
 * a few are held at a time: a shard loads the bodies of the pages it renders, so its memory follows its slice, not
 * the archive.
 *
 * The index lives in <cache>/corpus-index/<code>/<content>/, <code> being the derived store's digest of the code
 * and <content> a digest of every file under the content folder and of the base path, so a shard never reads the
 * index of other content or code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentProblem } from '../model/content-error.ts';
import { parseEntityKey } from '../model/entity.ts';
import { recordBodyRead } from '../parse/content-cache.ts';
import type { SiteContent } from '../parse/read-content.ts';
import { cacheRoot, writeCacheFile } from './cache-root.ts';
import { byId, type Appearance, type Article, type Connection, type Corpus, type DerivedBody } from './corpus.ts';
import type { QuoteRecord } from './datasets.ts';
import { lazyMap, recentlyUsed } from './lazy-map.ts';

/** What the index says of one article, newest first as in the corpus. */
export interface IndexedArticle {
  slug: string;
  /** The key of its derived body in the derived store. */
  key: string;
  /** The digest of what its pages print (page-digests.ts articleDigests). */
  digest: string;
  wordCount: number;
}

/** The facts of one entity that its pages read. */
interface EntityFacts {
  appearances?: Appearance[] | undefined;
  connections?: Connection[] | undefined;
  quotes?: QuoteRecord[] | undefined;
}

/** The index file. Each list of entity keys is in the order of the corpus's own map. */
interface IndexFile {
  articles: IndexedArticle[];
  appearances: string[];
  connections: string[];
  quotes: string[];
  /** The corpus's warnings (names in the text that the frontmatter does not list). */
  warnings: ContentProblem[];
}

/** What the derive stage hands to writeCorpusIndex. */
export interface IndexInput {
  corpus: Corpus;
  keys: ReadonlyMap<string, string>;
  digests: ReadonlyMap<string, string>;
  quotesBySpeaker: ReadonlyMap<string, QuoteRecord[]>;
}

/** A shard's corpus, read from the index, with what the derive stage worked out for the render plan. */
export interface IndexedCorpus {
  corpus: Corpus;
  /** Each article's page digest, by slug. */
  digests: ReadonlyMap<string, string>;
  quotesBySpeaker: ReadonlyMap<string, QuoteRecord[]>;
}

/** The variable through which the build command hands a shard's Astro the folder of the index it checked. */
export const CORPUS_INDEX_VARIABLE = 'CORPUS_INDEX';

const INDEX = 'index.json';

/** A digest of every file under `root` (names and bytes) and the base path; read one file at a time. */
export function contentDigest(root: string, base: string): string {
  const hash = createHash('sha256').update(base);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(`\0${relative(root, file).split(sep).join('/')}\0`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 32);
}

/** The folder of the index of the content under `root` for the site under `base`, derived by the code `code`. */
export function corpusIndexDir(root: string, base: string, code: string): string {
  return cacheRoot('corpus-index', code, contentDigest(root, base));
}

/** Whether `dir` holds a complete index (the index file is written last). */
export function hasCorpusIndex(dir: string): boolean {
  return existsSync(join(dir, INDEX));
}

const entityFile = (dir: string, key: string) => {
  const { type, id } = parseEntityKey(key);
  return join(dir, 'entities', type, `${id}.json`);
};

/** Writes the index of a derived corpus into `dir`, and removes the indexes of other content and code. */
export function writeCorpusIndex(dir: string, input: IndexInput): void {
  const { corpus, keys, digests, quotesBySpeaker } = input;
  const root = cacheRoot('corpus-index');
  for (const code of existsSync(root) ? readdirSync(root) : [])
    for (const content of readdirSync(join(root, code)))
      if (join(root, code, content) !== dir) rmSync(join(root, code, content), { recursive: true, force: true });
  const entities = new Set([...corpus.appearances.keys(), ...corpus.connections.keys(), ...quotesBySpeaker.keys()]);
  for (const key of entities) {
    const facts: EntityFacts = {
      appearances: corpus.appearances.get(key),
      connections: corpus.connections.get(key),
      quotes: quotesBySpeaker.get(key),
    };
    writeCacheFile(entityFile(dir, key), JSON.stringify(facts));
  }
  const index: IndexFile = {
    articles: corpus.articles.map((a) => ({
      slug: a.slug,
      key: keys.get(a.slug)!,
      digest: digests.get(a.slug)!,
      wordCount: a.wordCount,
    })),
    appearances: [...corpus.appearances.keys()],
    connections: [...corpus.connections.keys()],
    quotes: [...quotesBySpeaker.keys()],
    warnings: corpus.warnings,
  };
  writeCacheFile(join(dir, INDEX), JSON.stringify(index));
}

/** The fields of an article that come from its derived body, read from the store when a page asks. */
const BODY_FIELDS = [
  'html',
  'paragraphs',
  'mentions',
  'quotes',
  'policyNotes',
  'doubtsUnplaced',
  'attributions',
  'timeline',
] as const satisfies ReadonlyArray<keyof DerivedBody>;

/**
 * The corpus of `content` from the index in `dir`, reading derived bodies through `body` (the derived store). Throws
 * a message saying what to run when the index is missing or does not match the content.
 */
export function openCorpusIndex(
  content: SiteContent,
  dir: string,
  body: (key: string) => DerivedBody | undefined,
): IndexedCorpus {
  const again =
    'Run npm run build -- --derive (with the same CACHE_DIR, content, code and BASE_PATH) before the shards.';
  let index: IndexFile;
  try {
    index = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as IndexFile;
  } catch {
    throw new Error(`There is no derived corpus for this content in ${dir}. ${again}`);
  }
  const parsed = new Map(content.articles.map((a) => [a.slug, a]));
  if (index.articles.length !== parsed.size || index.articles.some((a) => !parsed.has(a.slug)))
    throw new Error(`The derived corpus in ${dir} does not hold the articles of the content folder. ${again}`);
  const bodies = recentlyUsed(16, (entry: IndexedArticle): DerivedBody => {
    recordBodyRead(entry.slug);
    const derived = body(entry.key);
    if (!derived) throw new Error(`The derived corpus in ${dir} lacks the body of "${entry.slug}". ${again}`);
    return derived;
  });
  const articles = index.articles.map((entry) => {
    const source = parsed.get(entry.slug)!;
    const article = { slug: source.slug, file: source.file, data: source.data, wordCount: entry.wordCount };
    // The parse stage reads the Markdown again for an article outside the shard's slice (parse/read-content.ts).
    Object.defineProperty(article, 'body', { enumerable: true, get: () => source.body });
    for (const field of BODY_FIELDS)
      Object.defineProperty(article, field, { enumerable: true, get: () => bodies(entry.slug, entry)[field] });
    return article as Article;
  });
  const facts = recentlyUsed(64, (key: string): EntityFacts => JSON.parse(readFileSync(entityFile(dir, key), 'utf8')));
  const factsOf = <K extends keyof EntityFacts>(field: K, keys: readonly string[]) =>
    lazyMap(keys, (key) => facts(key, key)[field]!);
  return {
    corpus: {
      articles,
      bySlug: new Map(articles.map((a) => [a.slug, a])),
      positions: new Map(articles.map((a, i) => [a.slug, i])),
      people: new Map(byId(content.people).map((p) => [p.id, p])),
      organisations: new Map(byId(content.organisations).map((o) => [o.id, o])),
      appearances: factsOf('appearances', index.appearances),
      connections: factsOf('connections', index.connections),
      warnings: index.warnings,
    },
    digests: new Map(index.articles.map((a) => [a.slug, a.digest])),
    quotesBySpeaker: factsOf('quotes', index.quotes),
  };
}
