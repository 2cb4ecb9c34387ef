/** buildCorpus with a store of derived bodies: what it keys them by, and that a stored body stands for a render. */
import { describe, expect, it } from 'vitest';
import { buildCorpus, derivationKeys, type DerivedBody, type DerivedStore } from '../../src/derive/corpus.ts';
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
