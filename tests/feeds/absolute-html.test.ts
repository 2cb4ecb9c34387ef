import { describe, expect, it } from 'vitest';
import { absoluteHtml } from '../../src/emit/feeds/absolute-html.ts';

const base = 'https://example.org/news/articles/a-story/';

describe('absoluteHtml', () => {
  it.each([
    [
      'a root-relative link',
      '<a href="/news/people/joe-biden/">Biden</a>',
      'https://example.org/news/people/joe-biden/',
    ],
    ['a fragment', '<a href="#p-3">3</a>', 'https://example.org/news/articles/a-story/#p-3'],
    ['a path-relative link', '<a href="../other/">o</a>', 'https://example.org/news/articles/other/'],
    [
      'an absolute link, unchanged',
      '<a href="https://elsewhere.org/x?a=1&#x26;b=2">x</a>',
      'https://elsewhere.org/x?a=1&#x26;b=2',
    ],
    ['a mailto link, unchanged', '<a href="mailto:desk@example.org">mail</a>', 'mailto:desk@example.org'],
    [
      'a blockquote citation',
      '<blockquote cite="/news/sources/1/"><p>q</p></blockquote>',
      'https://example.org/news/sources/1/',
    ],
  ])('makes %s absolute', (_, html, expected) => {
    expect(absoluteHtml(html, base)).toContain(`"${expected}"`);
  });

  it('leaves no relative href or src', () => {
    const out = absoluteHtml('<p><a href="x/">a</a> <img src="/i.png" alt=""> <a href="#f">f</a></p>', base);
    expect([...out.matchAll(/(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.startsWith('https://'))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('drops the paragraph permalinks, which only make sense on the page', () => {
    const html = '<p id="p-1">Text. <a class="permalink" href="#p-1" aria-label="Paragraph 1">¶</a></p>';
    expect(absoluteHtml(html, base)).toBe('<p id="p-1">Text. </p>');
  });

  it('keeps text and markup otherwise as the site’s pipeline wrote them', () => {
    const html = '<p>A &#x26; B &#x3C;c> <em>d</em></p>\n<ul><li>e</li></ul>';
    expect(absoluteHtml(html, base)).toBe(html);
  });
});
