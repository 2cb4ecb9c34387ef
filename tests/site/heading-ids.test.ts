/**
 * Heading ids inside an article against the ids of the article page around it, read from the test build: the
 * sanitiser prefixes them, so no heading can take the id of the page's own furniture.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../src/analysis/alias-index.ts';
import { renderMarkdown } from '../../src/markdown/processor.ts';
import { createUrls } from '../../src/model/urls.ts';
import { readAttributionVocabulary } from '../../src/parse/read-policy.ts';
import { CONTENT } from '../helpers.ts';
import { page } from './site.ts';

const options = {
  index: buildAliasIndex([{ type: 'person', id: 'joe-biden', name: 'Joe Biden', aliases: ['Biden'] }]),
  href: createUrls('/').entity,
  vocabulary: readAttributionVocabulary(CONTENT),
};

describe('heading ids', () => {
  // Heading ids come from rehype-slug after sanitising; unprefixed, a heading such as "Main", "Headline", "Sourcing"
  // or "P 2" would take the id of the page's own <main>, <h1>, aside section or paragraph permalink.
  it('gives no heading an id that the article page or a paragraph already uses', async () => {
    const articlePage = page(selectAll('.card-title a', page('/'))[0]!.properties.href as string);
    const furniture = selectAll('[id]', articlePage)
      .filter((element) => !selectAll('.prose [id]', articlePage).includes(element))
      .map((element) => String(element.properties.id));
    const markdown = [...furniture, 'p-1', 'p-2']
      .map((id) => `## ${id.replace(/-/g, ' ')}\n\nA paragraph.\n`)
      .join('\n');
    const { html } = await renderMarkdown(markdown, options);
    const ids = selectAll('[id]', fromHtml(html, { fragment: true })).map((element) => String(element.properties.id));
    const reserved = new Set([...furniture, ...ids.filter((id) => /^p-\d+$/.test(id))]);
    const clashes = selectAll('h1, h2, h3, h4, h5, h6', fromHtml(html, { fragment: true }))
      .map((heading) => String(heading.properties.id))
      .filter((id) => reserved.has(id));
    expect(clashes).toEqual([]);
  });
});
