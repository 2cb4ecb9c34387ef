/**
 * The digests of an entity's pages of articles (derive/page-digests.ts): pages are numbered from the oldest article,
 * so one new article naming the entity changes its own folder (its page, feeds and index of pages) and the numbered
 * page the article lands on, and no other page of it. Under newest-first numbering every page shifted.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type DerivedBody, type DerivedStore } from '../../src/derive/corpus.ts';
import { pageDigests, pageFolder, type PageDigests } from '../../src/derive/page-digests.ts';
import { APPEARANCES_PER_PAGE, numberedPageCount } from '../../src/derive/page-numbers.ts';
import { entityKey, type EntityRef } from '../../src/model/entity.ts';
import { createUrls } from '../../src/model/urls.ts';
import { readContent } from '../../src/parse/read-content.ts';
import { copyContent } from '../helpers.ts';
import { writeArticlesNaming } from '../many-articles.ts';

const urls = createUrls('/');
const settings = { code: 'test', site: 'https://example.org', base: '/' };
const copy = copyContent();
afterAll(() => copy.cleanup());

const seed = readContent(copy.root);
const subject = { person: seed.people[0]!.id, publication: seed.organisations[0]!.id };
const person: EntityRef = { type: 'person', id: subject.person };

/** Rendered articles kept between the corpora below, so that each step renders only the article it adds. */
const bodies = new Map<string, DerivedBody>();
const store: DerivedStore = { get: (key) => bodies.get(key), set: (key, value) => void bodies.set(key, value) };

/** The digests with `count` generated articles in the content folder, and how many articles name the person. */
async function digestsWith(count: number): Promise<{ digests: PageDigests; total: number }> {
  const articles = join(copy.root, 'articles');
  for (const file of readdirSync(articles)) if (file.startsWith('generated-')) rmSync(join(articles, file));
  writeArticlesNaming(copy.root, subject, 1, count);
  const content = readContent(copy.root);
  const corpus = await buildCorpus(content, urls, content.vocabulary, store);
  return {
    digests: pageDigests(corpus, content, urls, settings),
    total: corpus.appearances.get(entityKey(person))?.length ?? 0,
  };
}

/**
 * The digest each page of the person's articles is rendered by: its own page, then numbered pages 1 to `pages`. A
 * page's digest is its nearest planned folder's, as the render plan decides (render-plan.ts): a page in no planned
 * folder of its own goes with the folder it is in.
 */
function pageDigestsOf(digests: PageDigests, pages: number): Array<string | undefined> {
  const paths = [urls.entity(person), ...Array.from({ length: pages }, (_, i) => urls.entityArticles(person, i + 1))];
  return paths.map((path) => {
    for (let folder = pageFolder(urls, path); folder; folder = folder.replace(/[^/]*\/$/, '')) {
      if (digests.has(folder)) return digests.get(folder);
    }
    return undefined;
  });
}

describe('the digests of the pages of an entity named in many articles', () => {
  const size = APPEARANCES_PER_PAGE;
  // Articles naming the person in the seed content, besides the generated ones.
  let seeded = 0;
  beforeAll(async () => {
    seeded = (await digestsWith(0)).total;
  });

  it.each([
    ['lands on the partly filled last page', 3 * size + 5, []],
    ['fills the last page', 4 * size - 1, []],
    // The full last page's link to the newer page is the one other change.
    ['opens a page after a full one', 4 * size, [5]],
  ])('one more article %s: the own page and the last page change, and nothing else', async (_, before, added) => {
    const old = await digestsWith(before - seeded);
    const next = await digestsWith(before + 1 - seeded);
    expect([old.total, next.total]).toEqual([before, before + 1]);
    const pages = numberedPageCount(next.total);
    const was = pageDigestsOf(old.digests, numberedPageCount(old.total));
    const now = pageDigestsOf(next.digests, pages);
    const changed = now.flatMap((digest, i) => (was[i] !== undefined && digest !== was[i] ? [i] : []));
    const opened = now.flatMap((digest, i) => (was[i] === undefined && digest !== undefined ? [i] : []));
    // Index 0 is the person's own page, then page n at index n; the new article is the newest.
    expect(changed).toEqual([0, numberedPageCount(old.total)]);
    expect(opened).toEqual(added);
    expect(pages).toBeGreaterThan(3);
  });
});
