/**
 * The derived corpus on disk (src/derive/corpus-index.ts): what a shard of a sharded build reads instead of deriving
 * the whole archive. Read back, it is the corpus the derive stage built, field for field, and it loads an article's
 * body only when a page asks for it. The parse stage's reading for a shard keeps only its own slice's texts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusIndexDir, openCorpusIndex, type IndexedCorpus } from '../../src/derive/corpus-index.ts';
import type { Corpus, DerivedBody } from '../../src/derive/corpus.ts';
import { buildDatasets, lazyDatasets } from '../../src/derive/datasets.ts';
import { codeInUse, openDerivedStore } from '../../src/derive/derived-store.ts';
import { deriveToDisk } from '../../src/derive/load-corpus.ts';
import { articleDigests } from '../../src/derive/page-digests.ts';
import { createUrls } from '../../src/model/urls.ts';
import { readContent, type SiteContent } from '../../src/parse/read-content.ts';
import { CONTENT } from '../helpers.ts';

const urls = createUrls('/');
const cache = mkdtempSync(join(tmpdir(), 'news-corpus-index-'));
const saved = process.env.CACHE_DIR;

let content: SiteContent;
let derived: Corpus;
let dir: string;
/** The derived bodies the index was opened with, and how many times each was asked for. */
const asked = new Map<string, number>();
let indexed: IndexedCorpus;

beforeAll(async () => {
  process.env.CACHE_DIR = cache;
  content = readContent(CONTENT);
  derived = await deriveToDisk(content, CONTENT, urls);
  dir = corpusIndexDir(CONTENT, urls.home(), codeInUse());
  const store = openDerivedStore();
  indexed = openCorpusIndex(content, dir, (key): DerivedBody | undefined => {
    asked.set(key, (asked.get(key) ?? 0) + 1);
    return store.get(key);
  });
}, 120_000);

afterAll(() => {
  if (saved === undefined) delete process.env.CACHE_DIR;
  else process.env.CACHE_DIR = saved;
  rmSync(cache, { recursive: true, force: true });
});

/** What a page can read of an article. */
const fields = (a: Corpus['articles'][number]) => ({
  slug: a.slug,
  file: a.file,
  data: a.data,
  body: a.body,
  wordCount: a.wordCount,
  html: a.html,
  paragraphs: a.paragraphs,
  mentions: a.mentions,
  quotes: a.quotes,
  policyNotes: a.policyNotes,
  doubtsUnplaced: a.doubtsUnplaced,
  attributions: a.attributions,
  timeline: a.timeline,
});

describe('the derived corpus on disk', () => {
  it('loads no article body until a page asks, then one at a time, each once while it is in use', () => {
    const fresh = openCorpusIndex(content, dir, () => {
      throw new Error('asked');
    });
    expect(fresh.corpus.articles.map((a) => a.data.title)).toEqual(derived.articles.map((a) => a.data.title));
    expect(() => fresh.corpus.articles[0]!.html).toThrow('asked');
    const before = asked.size;
    const first = indexed.corpus.articles[0]!;
    void first.html;
    void first.quotes;
    expect(asked.size).toBe(before + 1);
    expect([...asked.values()].every((n) => n === 1)).toBe(true);
  });

  it('reads back the corpus the derive stage built, field for field', () => {
    const { corpus } = indexed;
    expect(corpus.articles.map(fields)).toEqual(derived.articles.map(fields));
    expect([...corpus.bySlug.keys()]).toEqual([...derived.bySlug.keys()]);
    expect([...corpus.positions]).toEqual([...derived.positions]);
    expect([...corpus.people]).toEqual([...derived.people]);
    expect([...corpus.organisations]).toEqual([...derived.organisations]);
    expect([...corpus.appearances]).toEqual([...derived.appearances]);
    expect([...corpus.connections]).toEqual([...derived.connections]);
    expect(corpus.appearances.get('person:nobody')).toBeUndefined();
    expect(corpus.warnings).toEqual(derived.warnings);
    expect([...indexed.digests]).toEqual([...articleDigests(derived, content)]);
  });

  it('gives the data sets of the whole build, each read when asked for', () => {
    const whole = buildDatasets(derived);
    const lazy = lazyDatasets(indexed.corpus, indexed.quotesBySpeaker);
    for (const key of ['quotes', 'attributions', 'mentions', 'timeline', 'coOccurrence'] as const)
      expect(lazy[key], key).toEqual(whole[key]);
    for (const { slug } of derived.articles) {
      expect(lazy.quotesByArticle.get(slug)).toEqual(whole.quotesByArticle.get(slug));
      expect(lazy.attributionsByArticle.get(slug)).toEqual(whole.attributionsByArticle.get(slug));
    }
    for (const key of derived.appearances.keys())
      expect(lazy.quotesBySpeaker.get(key)).toEqual(whole.quotesBySpeaker.get(key));
  });

  it('refuses content it was not derived from, saying what to run', () => {
    const fewer = { ...content, articles: content.articles.slice(1) };
    expect(() => openCorpusIndex(fewer, dir, () => undefined)).toThrow(
      /does not hold the articles of the content folder\. Run npm run build -- --derive/,
    );
    expect(() => openCorpusIndex(content, join(cache, 'nowhere'), () => undefined)).toThrow(
      /There is no derived corpus for this content/,
    );
    expect(corpusIndexDir(CONTENT, '/news/', codeInUse())).not.toBe(dir);
  });
});

describe("a shard's reading of the content", () => {
  it('keeps the texts of its own articles only, and reads another one again when asked', () => {
    const whole = readContent(CONTENT);
    const [own, other] = whole.articles;
    const told: string[] = [];
    const slice = readContent(CONTENT, undefined, {
      keepsBody: (slug) => slug === own!.slug,
      onBodyRead: (s) => told.push(s),
    });
    expect(slice.articles.map((a) => [a.slug, a.data])).toEqual(whole.articles.map((a) => [a.slug, a.data]));
    expect([...slice.ledgers.keys()]).toEqual([...whole.ledgers.keys()].filter((slug) => slug === own!.slug));
    expect(slice.articles[0]!.body).toBe(own!.body);
    expect(told).toEqual([]);
    expect(slice.articles[1]!.body).toBe(other!.body);
    expect(told).toEqual([other!.slug]);
  });
});
