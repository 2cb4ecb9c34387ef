/**
 * Writes a feed model as RSS 2.0, Atom 1.0 (RFC 4287) or JSON Feed 1.1, each to the letter of its specification.
 * The XML is written by xml.ts, which escapes text and attributes once; every namespace used is declared: `dc:` for
 * authors (RSS's own <author> must be an e-mail address), `content:` for the full text, `atom:` for the self link.
 * RSS dates are RFC 822, Atom's RFC 3339; Atom titles and summaries are escaped HTML (type="html"); JSON Feed
 * carries every author, and plain-text titles and summaries. (The `feed` package wrote JSON Feed 1.0 with the first
 * author only, and used dc:creator without declaring its namespace when items had no full text.)
 */
import type { FeedKind } from '../../model/urls.ts';
import { SITE_LANGUAGE, SITE_NAME } from '../views/site.ts';
import type { FeedModel } from './feed-model.ts';
import { el, escape, xmlDocument } from './xml.ts';

/** The namespaces the XML feeds use. */
export const FEED_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
} as const;

/** The feed as the text of its file. */
export function renderFeed(model: FeedModel, kind: FeedKind): string {
  return kind === 'rss' ? rss(model) : kind === 'atom' ? atom(model) : json(model);
}

/** The content type each feed file is served with. */
export const FEED_CONTENT_TYPES: Readonly<Record<FeedKind, string>> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

function rss(model: FeedModel): string {
  const fullText = model.items.some((item) => item.html !== undefined);
  return xmlDocument(
    el(
      'rss',
      {
        version: '2.0',
        'xmlns:atom': FEED_NAMESPACES.atom,
        'xmlns:dc': FEED_NAMESPACES.dc,
        ...(fullText && { 'xmlns:content': FEED_NAMESPACES.content }),
      },
      el(
        'channel',
        {},
        el('title', {}, model.title),
        el('link', {}, model.page),
        el('description', {}, model.description),
        el('language', {}, SITE_LANGUAGE),
        el('lastBuildDate', {}, model.updated.toUTCString()),
        el('docs', {}, 'https://www.rssboard.org/rss-specification'),
        el('atom:link', { href: model.links.rss, rel: 'self', type: 'application/rss+xml' }),
        ...model.items.map((item) =>
          el(
            'item',
            {},
            el('title', {}, item.title),
            el('link', {}, item.url),
            el('guid', { isPermaLink: 'true' }, item.url),
            el('pubDate', {}, item.date.toUTCString()),
            item.summary && el('description', {}, escapeHtml(item.summary)),
            item.html !== undefined && el('content:encoded', {}, { cdata: item.html }),
            ...item.tags.map((tag) => el('category', {}, tag)),
            ...item.authors.map((author) => el('dc:creator', {}, author.name)),
          ),
        ),
      ),
    ),
  );
}

function atom(model: FeedModel): string {
  return xmlDocument(
    el(
      'feed',
      { xmlns: FEED_NAMESPACES.atom, 'xml:lang': SITE_LANGUAGE },
      el('id', {}, model.page),
      el('title', {}, model.title),
      el('subtitle', {}, model.description),
      el('updated', {}, model.updated.toISOString()),
      el('link', { rel: 'alternate', type: 'text/html', href: model.page }),
      el('link', { rel: 'self', type: 'application/atom+xml', href: model.links.atom }),
      // RFC 4287 §4.1.1: a feed needs an author unless every entry has one; an article with no byline has none.
      el('author', {}, el('name', {}, SITE_NAME)),
      ...model.items.map((item) =>
        el(
          'entry',
          {},
          // type="html": the title is HTML, so a "<" or "&" in a headline is escaped to show as written.
          el('title', { type: 'html' }, escapeHtml(item.title)),
          el('id', {}, item.url),
          el('link', { rel: 'alternate', type: 'text/html', href: item.url }),
          el('published', {}, item.date.toISOString()),
          el('updated', {}, item.date.toISOString()),
          item.summary && el('summary', { type: 'html' }, escapeHtml(item.summary)),
          item.html !== undefined && el('content', { type: 'html' }, { cdata: item.html }),
          ...item.authors.map((author) => el('author', {}, el('name', {}, author.name), el('uri', {}, author.url))),
          ...item.tags.map((tag) => el('category', { term: tag })),
        ),
      ),
    ),
  );
}

function json(model: FeedModel): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: model.title,
    home_page_url: model.page,
    feed_url: model.links.json,
    description: model.description,
    language: SITE_LANGUAGE,
    authors: [{ name: SITE_NAME, url: model.page }],
    items: model.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      // JSON Feed asks every item for content; without the body, it is the dek (or the headline) as HTML.
      content_html: item.html ?? `<p>${escapeHtml(item.summary ?? item.title)}</p>`,
      ...(item.summary && { summary: item.summary }),
      date_published: item.date.toISOString(),
      authors: item.authors.map((author) => ({ name: author.name, url: author.url })),
      tags: item.tags,
      language: SITE_LANGUAGE,
    })),
  };
  return `${JSON.stringify(feed, null, 4)}\n`;
}

/** Text as HTML: the characters HTML gives meaning to, escaped (the same four as an XML attribute value). */
const escapeHtml = (text: string): string => escape(text, true);
