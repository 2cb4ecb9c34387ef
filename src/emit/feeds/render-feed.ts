/**
 * Writes a feed model as RSS 2.0, Atom 1.0 or JSON Feed 1 with the `feed` library. Each format gets the fields its
 * rules ask for: RSS dates in RFC 822 and authors as dc:creator (RSS's own <author> must be an e-mail address);
 * Atom dates in RFC 3339 and titles as escaped HTML (type="html"); JSON Feed plain-text titles and summaries.
 */
import { Feed, type Item } from 'feed';
import type { FeedKind } from '../../model/urls.ts';
import { SITE_LANGUAGE } from '../views/site.ts';
import type { FeedItem, FeedModel } from './feed-model.ts';

/** The feed as the text of its file. */
export function renderFeed(model: FeedModel, kind: FeedKind): string {
  const feed = new Feed({
    id: model.page,
    link: model.page,
    title: model.title,
    description: model.description,
    language: SITE_LANGUAGE,
    updated: model.updated,
    // No generator line: it would only advertise the library, and the output stays byte-identical across upgrades.
    generator: false,
    feedLinks: { [kind]: model.links[kind] },
  });
  for (const item of model.items) feed.addItem(FORMAT_ITEM[kind](item));
  return kind === 'rss' ? feed.rss2() : kind === 'atom' ? feed.atom1() : feed.json1();
}

/** The content type each feed file is served with. */
export const FEED_CONTENT_TYPES: Readonly<Record<FeedKind, string>> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const FORMAT_ITEM: Record<FeedKind, (item: FeedItem) => Item> = {
  rss: (item) => ({
    title: item.title,
    link: item.url,
    // No id: the library then writes the link as the GUID, with isPermaLink="true".
    date: item.date,
    ...(item.summary && { description: escapeHtml(item.summary) }),
    ...(item.html !== undefined && { content: cdataSafe(item.html) }),
    category: item.tags.map((name) => ({ name })),
    extensions: [
      // The library writes <title> as CDATA and only escapes the first "]]>" in it; a text node is always sound.
      // (Extensions are written after the built-in fields, so this replaces the library's <title>.)
      { name: 'title', objects: { _text: item.title } },
      // One dc:creator per author: the library hands `objects` to xml-js, which writes an array as repeated elements
      // (its type only admits a single object).
      { name: 'dc:creator', objects: item.authors.map((author) => ({ _text: author.name })) as never },
    ],
  }),
  atom: (item) => ({
    // type="html": the title is HTML, so a "<" or "&" in a headline is escaped to show as written.
    title: escapeHtml(item.title),
    id: item.url,
    link: item.url,
    date: item.date,
    published: item.date,
    ...(item.summary && { description: escapeHtml(item.summary) }),
    ...(item.html !== undefined && { content: cdataSafe(item.html) }),
    author: item.authors.map((author) => ({ name: author.name, link: author.url })),
  }),
  json: (item) => ({
    title: item.title,
    id: item.url,
    link: item.url,
    date: item.date,
    published: item.date,
    ...(item.summary && { description: item.summary }),
    // JSON Feed asks every item for content; without the body, it is the dek (or the headline) as HTML.
    content: item.html ?? `<p>${escapeHtml(item.summary ?? item.title)}</p>`,
    author: item.authors.map((author) => ({ name: author.name, link: author.url })),
    category: item.tags.map((name) => ({ name })),
  }),
};

/** Text as HTML: the characters HTML gives meaning to, escaped. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * HTML that can sit in a CDATA section: "]]>" would end it early, and the library escapes only the first one.
 * In HTML, "&gt;" means ">" both in text and in attribute values, so the page reads the same.
 */
function cdataSafe(html: string): string {
  return html.replaceAll(']]>', ']]&gt;');
}
