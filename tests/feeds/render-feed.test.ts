import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { FeedModel } from '../../src/emit/feeds/feed-model.ts';
import { renderFeed } from '../../src/emit/feeds/render-feed.ts';
import { utcDate } from '../../src/emit/views/dates.ts';
import { attribute, child, children, parseXml, text } from '../xml.ts';

const HOSTILE = 'Q&A: </script><script>alert(1)</script> ]]> <b>not bold</b> ]]> done';
const HTML = '<p>One ]]> and another ]]> in the <a href="https://example.org/news/people/x/">text</a>.</p>';

const model: FeedModel = {
  title: 'A & B <feed>',
  description: 'Everything ]]> here',
  page: 'https://example.org/news/',
  links: {
    rss: 'https://example.org/news/feed.xml',
    atom: 'https://example.org/news/atom.xml',
    json: 'https://example.org/news/feed.json',
  },
  updated: utcDate('2024-02-29'),
  items: [
    {
      title: HOSTILE,
      url: 'https://example.org/news/articles/hostile/',
      date: utcDate('2024-02-29'),
      summary: 'A dek with <tags> & ]]> ampersands',
      html: HTML,
      authors: [
        { name: 'Ann <Author>', url: 'https://example.org/news/people/ann/' },
        { name: 'Bo & Co', url: 'https://example.org/news/people/bo/' },
      ],
      tags: ['Joe Biden', 'R&D <Unit>'],
    },
  ],
};

/** What an HTML string says as text ("&lt;b&gt;" → "<b>"). */
const asText = (html: string) => toString(fromHtml(html, { fragment: true }));

describe('renderFeed', () => {
  it('writes well-formed RSS 2.0 whose text survives "]]>", "<" and "&"', () => {
    const rss = parseXml(renderFeed(model, 'rss'));
    expect(rss.name).toBe('rss');
    expect(attribute(rss, 'version')).toBe('2.0');
    const channel = child(rss, 'channel');
    expect(text(child(channel, 'title'))).toBe('A & B <feed>');
    expect(text(child(channel, 'link'))).toBe('https://example.org/news/');
    expect(text(child(channel, 'lastBuildDate'))).toBe('Thu, 29 Feb 2024 00:00:00 GMT');
    const self = child(channel, 'atom:link');
    expect([attribute(self, 'rel'), attribute(self, 'href')]).toEqual(['self', 'https://example.org/news/feed.xml']);
    const [item] = children(channel, 'item');
    expect(children(item!, 'title')).toHaveLength(1);
    expect(text(child(item!, 'title'))).toBe(HOSTILE);
    expect(text(child(item!, 'guid'))).toBe('https://example.org/news/articles/hostile/');
    expect(attribute(child(item!, 'guid'), 'isPermaLink')).toBe('true');
    expect(text(child(item!, 'pubDate'))).toBe('Thu, 29 Feb 2024 00:00:00 GMT');
    expect(asText(text(child(item!, 'description')))).toBe('A dek with <tags> & ]]> ampersands');
    // The full text comes back exactly: "]]>" inside is split across two CDATA sections, not rewritten.
    expect(text(child(item!, 'content:encoded'))).toBe(HTML);
    expect(asText(text(child(item!, 'content:encoded')))).toBe(asText(HTML));
    expect(renderFeed(model, 'rss')).toContain('<![CDATA[<p>One ]]]]><![CDATA[> and another');
    expect(children(item!, 'dc:creator').map(text)).toEqual(['Ann <Author>', 'Bo & Co']);
    // Every prefix is declared (the parser refuses an undeclared one) and bound to its specification's namespace.
    expect(child(item!, 'dc:creator').uri).toBe('http://purl.org/dc/elements/1.1/');
    expect(child(item!, 'content:encoded').uri).toBe('http://purl.org/rss/1.0/modules/content/');
    expect(self.uri).toBe('http://www.w3.org/2005/Atom');
    expect(children(item!, 'author')).toEqual([]);
    expect(children(item!, 'category').map(text)).toEqual(['Joe Biden', 'R&D <Unit>']);
  });

  it('writes well-formed Atom 1.0 with RFC 3339 dates and HTML titles that read as written', () => {
    const feed = parseXml(renderFeed(model, 'atom'));
    expect([feed.name, attribute(feed, 'xmlns')]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
    expect(text(child(feed, 'id'))).toBe('https://example.org/news/');
    expect(text(child(feed, 'updated'))).toBe('2024-02-29T00:00:00.000Z');
    const self = children(feed, 'link').find((l) => attribute(l, 'rel') === 'self');
    expect(self && attribute(self, 'href')).toBe('https://example.org/news/atom.xml');
    const [entry] = children(feed, 'entry');
    expect(attribute(child(entry!, 'title'), 'type')).toBe('html');
    expect(asText(text(child(entry!, 'title')))).toBe(HOSTILE);
    expect(text(child(entry!, 'id'))).toBe('https://example.org/news/articles/hostile/');
    expect(text(child(entry!, 'updated'))).toBe('2024-02-29T00:00:00.000Z');
    expect(text(child(entry!, 'published'))).toBe('2024-02-29T00:00:00.000Z');
    expect(asText(text(child(entry!, 'content')))).toBe(asText(HTML));
    expect(children(entry!, 'author').map((a) => [text(child(a, 'name')), text(child(a, 'uri'))])).toEqual([
      ['Ann <Author>', 'https://example.org/news/people/ann/'],
      ['Bo & Co', 'https://example.org/news/people/bo/'],
    ]);
  });

  it('writes JSON Feed 1.1 with plain-text titles, every author, a language, and the article URL as id', () => {
    const feed = JSON.parse(renderFeed(model, 'json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('en');
    expect(feed.authors).toEqual([{ name: 'News in Context', url: 'https://example.org/news/' }]);
    expect(feed.feed_url).toBe('https://example.org/news/feed.json');
    expect(feed.home_page_url).toBe('https://example.org/news/');
    expect(feed.items).toEqual([
      expect.objectContaining({
        id: 'https://example.org/news/articles/hostile/',
        url: 'https://example.org/news/articles/hostile/',
        title: HOSTILE,
        summary: 'A dek with <tags> & ]]> ampersands',
        content_html: HTML,
        date_published: '2024-02-29T00:00:00.000Z',
        authors: [
          { name: 'Ann <Author>', url: 'https://example.org/news/people/ann/' },
          { name: 'Bo & Co', url: 'https://example.org/news/people/bo/' },
        ],
        tags: ['Joe Biden', 'R&D <Unit>'],
      }),
    ]);
  });

  it('writes an item without a body (an entity feed’s) as its dek, escaped, and no content element', () => {
    const item = { ...model.items[0]!, html: undefined };
    const summaryOnly = { ...model, items: [item] };
    const [rssItem] = children(child(parseXml(renderFeed(summaryOnly, 'rss')), 'channel'), 'item');
    expect(children(rssItem!, 'content:encoded')).toEqual([]);
    expect(asText(text(child(rssItem!, 'description')))).toBe(item.summary);
    const [entry] = children(parseXml(renderFeed(summaryOnly, 'atom')), 'entry');
    expect(children(entry!, 'content')).toEqual([]);
    expect(asText(text(child(entry!, 'summary')))).toBe(item.summary);
    const [jsonItem] = JSON.parse(renderFeed(summaryOnly, 'json')).items;
    expect(jsonItem.content_html).toBe('<p>A dek with &lt;tags&gt; &amp; ]]&gt; ampersands</p>');
    expect(asText(jsonItem.content_html)).toBe(item.summary);
    const [untitled] = JSON.parse(renderFeed({ ...model, items: [{ ...item, summary: undefined }] }, 'json')).items;
    expect(asText(untitled.content_html)).toBe(HOSTILE);
  });

  it('is the same text whatever the machine’s time zone', () => {
    expect(utcDate('2022-11-10').toISOString()).toBe('2022-11-10T00:00:00.000Z');
    expect(utcDate('2022-11-10').toUTCString()).toBe('Thu, 10 Nov 2022 00:00:00 GMT');
  });
});

describe('an entity feed without full text', () => {
  it('still declares dc: for its authors, and no content: it does not use', () => {
    const summaryOnly = { ...model, items: [{ ...model.items[0]!, html: undefined }] };
    const written = renderFeed(summaryOnly, 'rss');
    const rss = parseXml(written);
    expect(attribute(rss, 'xmlns:dc')).toBe('http://purl.org/dc/elements/1.1/');
    expect(attribute(rss, 'xmlns:content')).toBeUndefined();
    expect(() => parseXml(written.replace(/ xmlns:dc="[^"]*"/, ''))).toThrow(/prefix|unbound|namespace/i);
  });
});
