import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { FEED_ITEM_LIMIT } from '../../src/emit/feeds/feed-model.ts';
import { FEED_FILES, type FeedKind } from '../../src/model/urls.ts';
import { utcDate } from '../../src/emit/views/dates.ts';
import { attribute, child, children, parseXml, text } from '../xml.ts';
import { page } from './site.ts';
import {
  absolute,
  articlesNewestFirst,
  content,
  declared,
  entities,
  file,
  hasFile,
  listedArticles,
  urls,
} from './expected.ts';

const bySlug = new Map(content.articles.map((a) => [a.slug, a]));
const slugOf = (url: string) => new URL(url).pathname.split('/')[2]!;
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Every feed of the site: the site feed and one per person and per organisation, with what it should list. */
const feeds = [
  { name: 'the site', page: urls.home(), address: (k: FeedKind) => urls.feed(k), fullText: true },
  ...entities.map(({ ref }) => ({
    name: `${ref.type} ${ref.id}`,
    page: urls.entity(ref),
    address: (k: FeedKind) => urls.entityFeed(ref, k),
    fullText: false,
  })),
];

/** Every href and src in a piece of HTML. */
function addresses(html: string): string[] {
  return selectAll('[href], [src]', fromHtml(html, { fragment: true })).map((e) =>
    String(e.properties.href ?? e.properties.src),
  );
}

/** The article links of one feed, in order, read from its RSS file. */
function rssLinks(path: string): string[] {
  return children(child(parseXml(file(path)), 'channel'), 'item').map((item) => text(child(item, 'link')));
}

describe('feeds', () => {
  it('exist in three formats for the site, every person and every organisation', () => {
    for (const feed of feeds)
      for (const kind of ['rss', 'atom', 'json'] as const) {
        expect(hasFile(feed.address(kind)), `${feed.name} ${kind}`).toBe(true);
        expect(feed.address(kind).endsWith(FEED_FILES[kind])).toBe(true);
      }
  });

  it('list every article in the site feed, newest first', () => {
    expect(rssLinks(urls.feed('rss'))).toEqual(
      articlesNewestFirst.slice(0, FEED_ITEM_LIMIT.site).map((a) => absolute(urls.article(a.slug))),
    );
  });

  it('list in an entity’s feed the newest of the articles its page lists, which include every article naming it', () => {
    for (const { ref } of entities) {
      const links = rssLinks(urls.entityFeed(ref, 'rss'));
      const listed = listedArticles(urls.entity(ref)).map(absolute);
      expect(links, ref.id).toEqual(listed.slice(0, FEED_ITEM_LIMIT.entity));
      for (const article of content.articles) {
        const ids = declared(article)[ref.type === 'person' ? 'people' : 'organisations'];
        if (ids.includes(ref.id))
          expect(listed, `${ref.id} ← ${article.slug}`).toContain(absolute(urls.article(article.slug)));
      }
    }
  });

  it('are valid RSS 2.0: channel fields, self link, permalink GUIDs, RFC 822 dates, absolute links, content', () => {
    for (const feed of feeds) {
      const rss = parseXml(file(feed.address('rss')));
      expect([rss.name, attribute(rss, 'version')]).toEqual(['rss', '2.0']);
      const channel = child(rss, 'channel');
      expect(text(child(channel, 'title'))).not.toBe('');
      expect(text(child(channel, 'description'))).not.toBe('');
      expect(text(child(channel, 'link'))).toBe(absolute(feed.page));
      expect(attribute(child(channel, 'atom:link'), 'href')).toBe(absolute(feed.address('rss')));
      expect(text(child(channel, 'lastBuildDate'))).toMatch(RFC_822);
      const guids = children(channel, 'item').map((item) => text(child(item, 'guid')));
      expect(new Set(guids).size, `${feed.name}: unique GUIDs`).toBe(guids.length);
      for (const item of children(channel, 'item')) {
        const link = text(child(item, 'link'));
        const article = bySlug.get(slugOf(link))!;
        expect(link).toBe(absolute(urls.article(article.slug)));
        expect(text(child(item, 'title'))).toBe(article.data.title);
        expect(text(child(item, 'guid'))).toBe(link);
        expect(attribute(child(item, 'guid'), 'isPermaLink')).toBe('true');
        expect(text(child(item, 'pubDate'))).toMatch(RFC_822);
        expect(text(child(item, 'pubDate'))).toBe(utcDate(article.data.date).toUTCString());
        expect(children(item, 'dc:creator').map(text).length).toBe(article.data.authors.length);
        for (const creator of children(item, 'dc:creator'))
          expect(creator.uri).toBe('http://purl.org/dc/elements/1.1/');
        if (article.data.dek) expect(toString(fromHtml(text(child(item, 'description'))))).toBe(article.data.dek);
        // An entity's feed carries headlines and deks; the full text is in the site feed.
        if (!feed.fullText) {
          expect(children(item, 'content:encoded'), feed.name).toEqual([]);
          continue;
        }
        const html = text(child(item, 'content:encoded'));
        expect(html.length).toBeGreaterThan(500);
        expect(addresses(html).filter((a) => !/^(https?|mailto):/.test(a))).toEqual([]);
        // Full content: every paragraph of the article's page, in order.
        const ids = (selector: string, tree: Parameters<typeof selectAll>[1]) =>
          selectAll(selector, tree).map((p) => String(p.properties.id));
        expect(ids('p[id]', fromHtml(html, { fragment: true }))).toEqual(
          ids('.prose > p[id]', page(urls.article(article.slug))),
        );
      }
    }
  });

  it('are valid Atom 1.0: id, title, updated, self link, entries with id, link, RFC 3339 dates, authors, content', () => {
    for (const feed of feeds) {
      const atom = parseXml(file(feed.address('atom')));
      expect([atom.name, attribute(atom, 'xmlns')]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
      expect(text(child(atom, 'id'))).toBe(absolute(feed.page));
      expect(text(child(atom, 'title'))).not.toBe('');
      expect(text(child(atom, 'updated'))).toMatch(RFC_3339);
      const self = children(atom, 'link').find((l) => attribute(l, 'rel') === 'self');
      expect(self && attribute(self, 'href')).toBe(absolute(feed.address('atom')));
      // RFC 4287 §4.1.1: an author for the feed, or for every entry.
      expect(
        children(atom, 'author').length + Math.min(...children(atom, 'entry').map((e) => children(e, 'author').length)),
      ).toBeGreaterThan(0);
      for (const entry of children(atom, 'entry')) {
        const id = text(child(entry, 'id'));
        const article = bySlug.get(slugOf(id))!;
        expect(id).toBe(absolute(urls.article(article.slug)));
        expect(attribute(child(entry, 'link'), 'href')).toBe(id);
        expect(text(child(entry, 'updated'))).toBe(`${article.data.date}T00:00:00.000Z`);
        expect(text(child(entry, 'published'))).toMatch(RFC_3339);
        expect(children(entry, 'author').map((a) => text(child(a, 'uri')))).toEqual(
          article.data.authors.map((p) => absolute(urls.person(p))),
        );
        if (!feed.fullText) {
          expect(children(entry, 'content'), feed.name).toEqual([]);
          continue;
        }
        expect(attribute(child(entry, 'content'), 'type')).toBe('html');
        expect(addresses(text(child(entry, 'content'))).every((a) => /^(https?|mailto):/.test(a))).toBe(true);
      }
    }
  });

  it('are valid JSON Feed 1.1: version, language, feed and home URLs, items with the article URL as id and every author', () => {
    for (const feed of feeds) {
      const json = JSON.parse(file(feed.address('json')));
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      expect(json.language).toBe('en');
      expect(json.title).not.toBe('');
      expect(new Set(json.items.map((item: { id: string }) => item.id)).size).toBe(json.items.length);
      expect(json.home_page_url).toBe(absolute(feed.page));
      expect(json.feed_url).toBe(absolute(feed.address('json')));
      for (const item of json.items) {
        const article = bySlug.get(slugOf(item.url))!;
        expect(item.id).toBe(absolute(urls.article(article.slug)));
        expect(item.title).toBe(article.data.title);
        expect(item.date_published).toBe(`${article.data.date}T00:00:00.000Z`);
        expect(item.authors.map((a: { url: string }) => a.url)).toEqual(
          article.data.authors.map((p) => absolute(urls.person(p))),
        );
        expect(item.authors.every((a: { name: string }) => a.name)).toBe(true);
        expect(typeof item.content_html).toBe('string');
        expect(addresses(item.content_html).every((a: string) => /^(https?|mailto):/.test(a))).toBe(true);
      }
    }
  });

  it('are announced on their pages with <link rel="alternate"> in every format', () => {
    const types = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };
    for (const feed of feeds) {
      const links = selectAll('head link[rel="alternate"]', page(feed.page)).map((l) => [
        String(l.properties.type),
        String(l.properties.href),
      ]);
      expect(links, feed.page).toEqual(
        (['rss', 'atom', 'json'] as const).map((kind) => [types[kind], feed.address(kind)]),
      );
    }
  });
});
