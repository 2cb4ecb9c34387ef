/**
 * Nothing is lost between an article's Markdown and its page: the plain text of every paragraph of the source (read
 * from the remark tree with mdast-util-to-string) appears in the page's article body, entity links and quotation
 * marks included. Only whitespace is normalised.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/parse/read-content.ts';
import { createUrls } from '../../src/model/urls.ts';
import { CONTENT } from '../helpers.ts';
import { SITE } from './site.ts';

/** What the site adds inside a paragraph, which is not the author's text: permalinks, quotation numbers, and the notes on doubtful words and unchecked quotations. */
const SITE_MARKERS = ['.permalink', '.quote-ref', '.unchecked', '.doubt > .sr-only'];

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const urls = createUrls('/');
const parser = unified().use(remarkParse).use(remarkGfm);

/** The plain text of every paragraph of a Markdown body. */
function sourceParagraphs(markdown: string): string[] {
  const texts: string[] = [];
  visit(parser.parse(markdown), 'paragraph', (node: Paragraph) => {
    const text = normalise(toString(node, { includeHtml: false }));
    if (text) texts.push(text);
  });
  return texts;
}

/** The text of an article page's body, without the markers the site adds. */
function pageText(slug: string): string {
  const tree = fromHtml(readFileSync(join(SITE, urls.article(slug), 'index.html'), 'utf8'));
  const body = select('.prose', tree);
  if (!body) throw new Error(`${slug}: the page has no .prose article body`);
  for (const marker of selectAll(SITE_MARKERS.join(', '), body)) marker.children = [];
  return normalise(hastToString(body));
}

describe('text fidelity', () => {
  for (const article of readContent(CONTENT).articles) {
    it(`every paragraph of ${article.slug} is on its page`, () => {
      const text = pageText(article.slug);
      const paragraphs = sourceParagraphs(article.body);
      expect(paragraphs.length).toBeGreaterThan(0);
      expect(paragraphs.filter((paragraph) => !text.includes(paragraph))).toEqual([]);
    });
  }
});
