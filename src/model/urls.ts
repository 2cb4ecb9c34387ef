/**
 * Every address on the site comes from here, and the base path is applied here and nowhere else, so the same build
 * works at the root of a domain or under a sub-path.
 */
import type { EntityRef } from './entity.ts';

/** The formats every feed is published in. */
export type FeedKind = 'rss' | 'atom' | 'json';

/** File name of each feed format, the same for the site feed and for every entity's feed. */
export const FEED_FILES: Readonly<Record<FeedKind, string>> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };

/** The site's address builder for one base path. */
export interface Urls {
  home(): string;
  /** The list of the newest articles, the folder every article's address is in. */
  articles(): string;
  article(slug: string): string;
  received(slug: string): string;
  paragraph(slug: string, paragraphId: string): string;
  people(): string;
  person(id: string): string;
  organisations(): string;
  organisation(id: string): string;
  entity(ref: EntityRef): string;
  /** A site-level page such as "quotes" or "timeline". */
  section(name: string): string;
  /** A file under public/ or emitted at the root, e.g. "styles/site.css" or "data/articles.json". */
  file(path: string): string;
  /** The site-wide feed of every article, in one format. */
  feed(kind: FeedKind): string;
  /** The feed of the articles that name a person or organisation, in one format. */
  entityFeed(ref: EntityRef, kind: FeedKind): string;
  /** Numbered page `n` of the articles naming an entity, counted from the oldest (page 1 holds the oldest). */
  entityArticles(ref: EntityRef, n: number): string;
  /** The folder of those pages: a list of them, for an entity whose articles run to more than one page. */
  entityArticlePages(ref: EntityRef): string;
  /** The social image (link preview picture) of an article or an entity. */
  socialImage(of: { article: string } | EntityRef): string;
  /** The search page. */
  search(): string;
  /** The archive: every year and month with its articles. */
  archive(): string;
  /** One year of the archive, e.g. "2022". */
  archiveYear(year: string): string;
  /** One month within its year's archive page ("2022", "11"). */
  archiveMonth(year: string, month: string): string;
  /** The sitemap index written by @astrojs/sitemap. */
  sitemap(): string;
}

/** Builds the address builder for a base path such as "/" or "/news/". */
export function createUrls(base: string): Urls {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const page = (...parts: string[]) => `${root}${parts.map(encodeURIComponent).join('/')}/`;
  const entity = (ref: EntityRef) => (ref.type === 'person' ? page('people', ref.id) : page('organisations', ref.id));
  return {
    home: () => root,
    articles: () => page('articles'),
    article: (slug) => page('articles', slug),
    received: (slug) => page('articles', slug, 'received'),
    paragraph: (slug, paragraphId) => `${page('articles', slug)}#${encodeURIComponent(paragraphId)}`,
    people: () => page('people'),
    person: (id) => page('people', id),
    organisations: () => page('organisations'),
    organisation: (id) => page('organisations', id),
    entity,
    section: (name) => page(name),
    file: (path) => `${root}${path.replace(/^\/+/, '')}`,
    feed: (kind) => `${root}${FEED_FILES[kind]}`,
    entityFeed: (ref, kind) => `${entity(ref)}${FEED_FILES[kind]}`,
    entityArticles: (ref, n) => `${entity(ref)}articles/${n}/`,
    entityArticlePages: (ref) => `${entity(ref)}articles/`,
    socialImage: (of) =>
      'article' in of
        ? `${root}social/articles/${encodeURIComponent(of.article)}.png`
        : `${root}social/${of.type === 'person' ? 'people' : 'organisations'}/${encodeURIComponent(of.id)}.png`,
    search: () => page('search'),
    archive: () => page('archive'),
    archiveYear: (year) => page('archive', year),
    archiveMonth: (year, month) => `${page('archive', year)}#month-${encodeURIComponent(month)}`,
    sitemap: () => `${root}sitemap-index.xml`,
  };
}

/** An address of this site made absolute against the site's URL (Astro's `site`), for feeds and structured data. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The site's addresses for the configured base path (Astro's BASE_URL; "/" outside Astro). */
export const urls: Urls = createUrls(import.meta.env?.BASE_URL ?? '/');
