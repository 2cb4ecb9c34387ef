import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/build/check-site.ts';
import { buildCorpus } from '../../src/derive/corpus.ts';
import { readContent } from '../../src/parse/read-content.ts';
import { readAttributionVocabulary } from '../../src/parse/read-policy.ts';
import { createUrls } from '../../src/model/urls.ts';
import { CONTENT } from '../helpers.ts';
import { SITE, hasPage, hrefs, page, texts } from './site.ts';

const urls = createUrls('/');
const content = readContent(CONTENT);
const corpus = await buildCorpus(content, urls, readAttributionVocabulary(CONTENT));

describe('the built site', () => {
  it('has the home, index and 404 pages', () => {
    for (const path of ['/', '/people/', '/organisations/']) expect(hasPage(path), path).toBe(true);
    expect(texts(page('/404.html'), 'h1')).toEqual(['Page not found']);
  });

  it('has a page for every article, person and organisation', () => {
    for (const a of content.articles) expect(hasPage(urls.article(a.slug)), a.slug).toBe(true);
    for (const p of content.people) expect(hasPage(urls.person(p.id)), p.id).toBe(true);
    for (const o of content.organisations) expect(hasPage(urls.organisation(o.id)), o.id).toBe(true);
  });

  it('has no broken internal link, missing fragment or orphan page', () => {
    expect(checkSite(SITE, '/')).toEqual([]);
  });

  it('lists the articles newest first on the home page', () => {
    const titles = texts(page('/'), '.card-title');
    expect(titles).toEqual([...corpus.articles].map((a) => a.data.title));
    expect(corpus.articles[0]!.data.date >= corpus.articles[1]!.data.date).toBe(true);
  });

  it('links each article to each of its people and organisations', () => {
    for (const article of content.articles) {
      const links = new Set(hrefs(page(urls.article(article.slug))));
      for (const id of [...article.data.people, ...article.data.authors])
        expect(links, `${article.slug} → ${id}`).toContain(urls.person(id));
      for (const id of [article.data.publication, ...article.data.organisations])
        expect(links, `${article.slug} → ${id}`).toContain(urls.organisation(id));
    }
  });

  it('links each entity page to every article that names it', () => {
    for (const article of content.articles) {
      const named = [
        ...[...article.data.people, ...article.data.authors, ...article.data.contributors.map((c) => c.person)].map(
          (id) => urls.person(id),
        ),
        ...[article.data.publication, ...article.data.organisations].map((id) => urls.organisation(id)),
      ];
      for (const entityPage of named) expect(hrefs(page(entityPage)), entityPage).toContain(urls.article(article.slug));
    }
  });

  it('numbers every paragraph of an article with a permalink', () => {
    for (const article of corpus.articles) {
      const tree = page(urls.article(article.slug));
      const ids = hrefs(tree, '.prose .permalink');
      expect(ids).toEqual(article.paragraphs.map((p) => `#${p.id}`));
    }
  });

  it('shows a person’s role as of the article’s date', () => {
    const aside = texts(page(urls.article('us-general-urges-ukraine-diplomacy')), '.article-aside li');
    expect(aside).toContainEqual(expect.stringMatching(/^Mark A\. Milley\s*Chairman of the Joint Chiefs of Staff$/));
  });

  it('shows mentions in context, linked to their paragraphs', () => {
    const tree = page(urls.person('jake-sullivan'));
    const contexts = texts(tree, '.contexts blockquote');
    expect(contexts.length).toBeGreaterThan(2);
    for (const sentence of contexts) expect(sentence).toMatch(/Sullivan/);
    expect(
      hrefs(tree, '.context-link').every((h) =>
        h.startsWith(`${urls.article('us-general-urges-ukraine-diplomacy')}#p-`),
      ),
    ).toBe(true);
  });

  it('groups organisations by kind with counts', () => {
    const headings = texts(page('/organisations/'), 'h2');
    expect(headings).toContainEqual(expect.stringMatching(/^News outlet \(\d+\)$/));
  });

  it('gives every page one h1, a skip link, a main landmark and navigation', () => {
    for (const path of ['/', '/people/', urls.article('biden-backchannel-to-russia'), urls.person('joe-biden')]) {
      const tree = page(path);
      expect(texts(tree, 'h1'), path).toHaveLength(1);
      expect(hrefs(tree, 'a.skip-link'), path).toEqual(['#main']);
      expect(texts(tree, 'main#main').length, path).toBe(1);
      expect(texts(tree, 'nav[aria-label="Main"] a').length, path).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the content as the site reads it', () => {
  it('names no entity in a body that the frontmatter does not list', () => {
    expect(corpus.warnings).toEqual([]);
  });
});
