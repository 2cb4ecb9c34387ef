/** buildCorpus with a store of derived bodies: what it keys them by, and that a stored body stands for a render. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, derivationKeys, type DerivedBody, type DerivedStore } from '../../src/derive/corpus.ts';
import { openDerivedStore } from '../../src/derive/derived-store.ts';
import { appearancesOf } from '../../src/emit/views/entities.ts';
import { entityFeed } from '../../src/emit/feeds/feed-model.ts';
import { parseEntityKey } from '../../src/model/entity.ts';
import { readContent } from '../../src/parse/read-content.ts';
import { readAttributionVocabulary } from '../../src/parse/read-policy.ts';
import { createUrls } from '../../src/model/urls.ts';
import { CONTENT } from '../helpers.ts';

const content = readContent(CONTENT);
const vocabulary = readAttributionVocabulary(CONTENT);
const urls = createUrls('/');

/** A store in memory that remembers what was asked of it. */
function memoryStore(): DerivedStore & { entries: Map<string, DerivedBody>; asked: string[] } {
  const entries = new Map<string, DerivedBody>();
  const asked: string[] = [];
  return {
    entries,
    asked,
    get: (key) => (asked.push(key), entries.get(key) && structuredClone(entries.get(key))),
    set: (key, value) => void entries.set(key, structuredClone(value)),
  };
}

const scratch = mkdtempSync(join(tmpdir(), 'news-corpus-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A store on disk in a folder of its own, counting the bodies it reads. */
function diskStore(name: string) {
  const root = join(scratch, name);
  mkdirSync(join(root, 'src', 'markdown'), { recursive: true });
  writeFileSync(join(root, 'src', 'markdown', 'a.ts'), 'export const a = 1;\n');
  const open = () => {
    const store = openDerivedStore(root, join(root, 'cache'));
    const read: string[] = [];
    const get = store.get;
    return Object.assign(store, { read, get: (key: string) => (read.push(key), get(key)) });
  };
  return open;
}

/** Everything of a corpus a page can read, every lazy field read. */
const whole = (corpus: Awaited<ReturnType<typeof buildCorpus>>) => ({
  articles: corpus.articles.map((a) => ({ ...a })),
  appearances: [...corpus.appearances].map(([key, list]) => [key, list.map((a) => ({ ...a }))]),
  connections: [...corpus.connections],
  warnings: corpus.warnings,
  positions: [...corpus.positions],
  keys: [...(corpus.derivationKeys ?? [])],
});

describe('buildCorpus with a store on disk', () => {
  it('reads no body until a page asks, and then gives the corpus a build from nothing gives', async () => {
    const open = diskStore('facts');
    const fresh = await buildCorpus(content, urls, vocabulary);
    await buildCorpus(content, urls, vocabulary, open());
    const store = open();
    const again = await buildCorpus(content, urls, vocabulary, store);
    expect(store.counts.hits).toBe(content.articles.length);
    expect(store.read).toEqual([]);
    const article = again.articles[0]!;
    expect(article.html).toBe(fresh.articles[0]!.html);
    expect(store.read).toHaveLength(1);
    expect(whole(again)).toEqual(whole(fresh));
  });

  it("reads an article's body for an entity's sentences only when a page prints them, not for its feed", async () => {
    const open = diskStore('contexts');
    const fresh = await buildCorpus(content, urls, vocabulary, open());
    const store = open();
    const corpus = await buildCorpus(content, urls, vocabulary, store);
    const site = new URL('https://news.example/');
    for (const key of corpus.appearances.keys()) {
      const ref = parseEntityKey(key);
      appearancesOf(corpus, ref).map((a) => a.article.data.date);
      entityFeed({ corpus, urls, site }, ref);
    }
    expect(store.read).toEqual([]);
    const [key, list] = [...corpus.appearances].find(([, list]) => list.some((a) => a.relations.includes('named')))!;
    const shown = appearancesOf(corpus, parseEntityKey(key)).slice(0, 1);
    expect(shown[0]!.contexts).toEqual(fresh.appearances.get(key)![0]!.contexts);
    expect(store.read).toEqual([corpus.derivationKeys!.get(list[0]!.slug)]);
  });

  it('renders a changed article and reads the others from their facts: the same corpus as from nothing', async () => {
    const open = diskStore('one-changed');
    await buildCorpus(content, urls, vocabulary, open());
    const [first, ...rest] = content.articles;
    const person = content.people.find((p) => !first!.data.people.includes(p.id))!;
    const changed = {
      ...content,
      articles: [{ ...first!, body: `${first!.body}\n\n${person.data.name} said the talks would go on.` }, ...rest],
    };
    const store = open();
    const incremental = await buildCorpus(changed, urls, vocabulary, store);
    expect(store.counts).toEqual({ hits: content.articles.length - 1, writes: 1 });
    expect(whole(incremental)).toEqual(whole(await buildCorpus(changed, urls, vocabulary)));
  });
});

describe('buildCorpus with a store', () => {
  it('stores every article once, and a build from the store equals a build without one', async () => {
    const store = memoryStore();
    const fresh = await buildCorpus(content, urls, vocabulary);
    await buildCorpus(content, urls, vocabulary, store);
    expect(store.entries.size).toBe(content.articles.length);
    const again = await buildCorpus(content, urls, vocabulary, store);
    expect(again).toEqual(fresh);
  });

  it('takes a stored body instead of rendering the article', async () => {
    const store = memoryStore();
    await buildCorpus(content, urls, vocabulary, store);
    const [key, stored] = [...store.entries][0]!;
    store.entries.set(key, { ...stored, html: '<p>from the store</p>' });
    const corpus = await buildCorpus(content, urls, vocabulary, store);
    expect(corpus.articles.filter((a) => a.html === '<p>from the store</p>')).toHaveLength(1);
  });

  it('keys an article by its body, its date, the registries, the vocabulary and the base path', () => {
    const article = content.articles[0]!;
    const key = derivationKeys(content, urls, vocabulary)(article);
    const person = content.people[0]!;
    const variants = [
      derivationKeys(content, urls, vocabulary)({ ...article, body: `${article.body}\nMore.` }),
      derivationKeys(content, urls, vocabulary)({ ...article, data: { ...article.data, date: '1999-01-01' } }),
      derivationKeys(
        {
          ...content,
          people: [
            { ...person, data: { ...person.data, aliases: [...person.data.aliases, 'Someone'] } },
            ...content.people.slice(1),
          ],
        },
        urls,
        vocabulary,
      )(article),
      derivationKeys(content, urls, { ...vocabulary, reportingVerbs: [...vocabulary.reportingVerbs, 'whispered'] })(
        article,
      ),
      derivationKeys(content, createUrls('/news/'), vocabulary)(article),
    ];
    expect(new Set([key, ...variants]).size).toBe(6);
    expect(derivationKeys(content, urls, vocabulary)({ ...article, slug: 'renamed' })).toBe(key);
  });
});
