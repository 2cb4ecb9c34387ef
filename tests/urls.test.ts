import { describe, expect, it } from 'vitest';
import { absoluteUrl, createUrls, type Urls } from '../src/model/urls.ts';

describe('the addresses of feeds, search and the archive', () => {
  const person = { type: 'person' as const, id: 'joe-biden' };
  const organisation = { type: 'organisation' as const, id: 'nato' };
  it.each([
    ['/', 'feed.xml', (u: Urls) => u.feed('rss'), '/feed.xml'],
    ['/news/', 'atom.xml', (u: Urls) => u.feed('atom'), '/news/atom.xml'],
    ['/news/', 'feed.json', (u: Urls) => u.feed('json'), '/news/feed.json'],
    ['/news/', 'a person’s RSS', (u: Urls) => u.entityFeed(person, 'rss'), '/news/people/joe-biden/feed.xml'],
    ['/', 'an organisation’s Atom', (u: Urls) => u.entityFeed(organisation, 'atom'), '/organisations/nato/atom.xml'],
    ['/news/', 'search', (u: Urls) => u.search(), '/news/search/'],
    ['/news', 'the archive', (u: Urls) => u.archive(), '/news/archive/'],
    ['/', 'a year', (u: Urls) => u.archiveYear('2022'), '/archive/2022/'],
    ['/', 'a month', (u: Urls) => u.archiveMonth('2022', '11'), '/archive/2022/#month-11'],
    ['/news/', 'the sitemap', (u: Urls) => u.sitemap(), '/news/sitemap-index.xml'],
    [
      '/',
      'the oldest page of a person’s articles',
      (u: Urls) => u.entityArticles(person, 1),
      '/people/joe-biden/articles/1/',
    ],
    [
      '/news/',
      'the index of those pages',
      (u: Urls) => u.entityArticlePages(organisation),
      '/news/organisations/nato/articles/',
    ],
  ])('under %s: %s', (base, _, address, expected) => {
    expect(address(createUrls(base))).toBe(expected);
  });

  it('makes an address absolute against the site URL', () => {
    expect(absoluteUrl('/news/people/x/', 'https://example.org')).toBe('https://example.org/news/people/x/');
    expect(absoluteUrl('/news/', new URL('https://example.org/'))).toBe('https://example.org/news/');
  });
});
