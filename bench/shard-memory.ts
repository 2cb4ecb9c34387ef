/**
 * Where a shard's memory goes: the heap after each step of what a shard holds, with the derived corpus the derive
 * stage wrote (the cache of `cache`), against what a shard held before the corpus went to disk (the whole reading of
 * the content and the whole derived corpus). Each figure is the heap in use after a full garbage collection.
 *   node --expose-gc bench/shard-memory.ts CONTENT_DIR CACHE_DIR [K/N]
 * (after the derive stage has run on CONTENT_DIR with CACHE_DIR, e.g. bench/out/site-root/node_modules/.cache.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openCorpusIndex } from '../src/derive/corpus-index.ts';
import { buildDatasets, lazyDatasets } from '../src/derive/datasets.ts';
import { openDerivedStore } from '../src/derive/derived-store.ts';
import { deriveCorpus } from '../src/derive/load-corpus.ts';
import { parseShard, shardOwns } from '../src/model/shard.ts';
import { createUrls } from '../src/model/urls.ts';
import { readContent } from '../src/parse/read-content.ts';

const [root, cache, which = '2/2'] = process.argv.slice(2);
if (!root || !cache) throw new Error('usage: node --expose-gc bench/shard-memory.ts CONTENT_DIR CACHE_DIR [K/N]');
const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with node --expose-gc');
process.env.CACHE_DIR = cache;
const code = readdirSync(join(cache, 'derived'))[0]!;
process.env.BUILD_CODE_DIGEST = code;
const shard = parseShard(which);
const urls = createUrls('/');

let last = 0;
const heap = () => (collect(), process.memoryUsage().heapUsed / 2 ** 20);
const step = (name: string) => {
  const now = heap();
  console.log(`| ${name} | ${(now - last).toFixed(0)} | ${now.toFixed(0)} |`);
  last = now;
};
console.log(
  `Shard ${which} of the content in ${root}:\n\n| step | heap added (MiB) | heap (MiB) |\n| --- | ---: | ---: |`,
);
step('start');
const slice = readContent(root, undefined, { keepsBody: (slug) => shardOwns(shard, urls.article(slug).slice(1)) });
step("a shard's reading (every frontmatter, its own slice's texts)");
const indexDir = readdirSync(join(cache, 'corpus-index', code))[0]!;
const store = openDerivedStore();
const indexed = openCorpusIndex(slice, join(cache, 'corpus-index', code, indexDir), (key) => store.get(key));
step('the derived corpus on disk, opened (index)');
const data = lazyDatasets(indexed.corpus, indexed.quotesBySpeaker);
const own = indexed.corpus.articles.filter((a) => shardOwns(shard, urls.article(a.slug).slice(1)));
let quotes = 0;
for (const article of own) quotes += (data.quotesByArticle.get(article.slug) ?? []).length + article.html.length * 0;
for (const key of indexed.corpus.appearances.keys()) void indexed.corpus.appearances.get(key);
step(`every body of its slice (${own.length} articles) and every entity's facts read once`);
const whole = readContent(root);
step('before: the whole reading of the content');
const corpus = await deriveCorpus(whole, urls);
step('before: the whole derived corpus (from the cache)');
const sets = buildDatasets(corpus);
step('before: the data sets of every article');
void [slice, indexed, data, quotes, whole, corpus, sets];
