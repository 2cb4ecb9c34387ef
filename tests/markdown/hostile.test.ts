/**
 * Hostile Markdown through the site's real pipeline: nothing that can run, load or restyle survives as markup, and the
 * ordinary text around it is kept. The output string is parsed again, as a browser would, before it is checked.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../src/analysis/alias-index.ts';
import { renderMarkdown } from '../../src/markdown/processor.ts';
import { readAttributionVocabulary } from '../../src/parse/read-policy.ts';
import { createUrls } from '../../src/model/urls.ts';
import { CONTENT } from '../helpers.ts';
import { after, before, PAYLOADS, surround } from './hostile-payloads.ts';

const options = {
  index: buildAliasIndex([{ type: 'person', id: 'joe-biden', name: 'Joe Biden', aliases: ['Biden'] }]),
  href: createUrls('/').entity,
  vocabulary: readAttributionVocabulary(CONTENT),
};

/** Elements that run code, load or embed something, restyle the page, or change how it resolves and submits. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
  'template',
  'noscript',
  'img',
  'video',
  'audio',
  'source',
  'input',
  'button',
  'select',
  'textarea',
]);

/** hast property names of attributes that hold an address a browser would follow or load. */
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'cite', 'poster', 'data', 'background'];
/** The only schemes an address may have; a relative address has none. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** What in a rendered body could run or load: one line per finding. */
function findings(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'comment') found.push(`a comment: <!--${node.value}-->`);
    if (node.type !== 'element') return;
    const element = node as Element;
    if (FORBIDDEN_ELEMENTS.has(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`<${element.tagName} ${name}>`);
      if (name === 'style' || name === 'srcDoc' || name === 'srcSet') found.push(`<${element.tagName} ${name}>`);
      if (URL_PROPERTIES.includes(name) && value != null) {
        // The WHATWG URL parser strips tabs, newlines and leading control characters exactly as a browser does.
        const { protocol } = new URL(String(value), 'https://site.example/articles/a/');
        if (!SAFE_PROTOCOLS.has(protocol)) found.push(`<${element.tagName} ${name}="${String(value)}">`);
      }
    }
  });
  return found;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('hostile Markdown through the real pipeline', () => {
  it('has the public payloads and at least 20 of our own', () => {
    expect(PAYLOADS.filter((p) => !p.id.startsWith('own-')).length).toBe(48);
    expect(PAYLOADS.filter((p) => p.id.startsWith('own-')).length).toBeGreaterThanOrEqual(20);
    expect(new Set(PAYLOADS.map((p) => p.id)).size).toBe(PAYLOADS.length);
  });

  for (const payload of PAYLOADS) {
    it(`${payload.id} (${payload.category}): nothing survives as markup, the text around it is kept`, async () => {
      const { html } = await renderMarkdown(surround(payload), options);
      const tree = fromHtml(html, { fragment: true });
      expect(findings(tree), html).toEqual([]);
      const text = normalise(toString(tree));
      expect(text).toContain(before(payload));
      if (!payload.swallowsRest) expect(text, html).toContain(after(payload));
      if (payload.visible) expect(text, html).toContain(normalise(payload.visible));
    });
  }

  it('keeps ordinary Markdown working: headings with anchors, tables, footnotes', async () => {
    const { html } = await renderMarkdown(
      '## A heading\n\n| A | B |\n| - | - |\n| 1 | 2 |\n\nNoted.[^n]\n\n[^n]: The note.\n',
      options,
    );
    expect(html).toContain('<h2 id="section-a-heading">');
    expect(html).toContain('<td>2</td>');
    expect(html).toMatch(/<a href="#user-content-fn-n" id="user-content-fnref-n"/);
    expect(html).toMatch(/<li id="user-content-fn-n">/);
  });
});
