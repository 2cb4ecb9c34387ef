import { describe, expect, it } from 'vitest';
import { checkJsonLd } from './check-json-ld.ts';

describe('checkJsonLd', () => {
  it('finds what a NewsArticle lacks: image, a time zone on its dates, an author url', () => {
    const problems = checkJsonLd({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A headline',
      url: 'https://example.org/a/',
      datePublished: '2022-11-10',
      dateModified: '2022-11-10T00:00:00',
      author: [{ '@type': 'Person', name: 'Ann' }],
      publisher: { '@type': 'Organization', name: 'Site', url: 'https://example.org/' },
    });
    expect(problems).toEqual([
      'NewsArticle: image is missing or malformed',
      'NewsArticle: datePublished is missing or malformed',
      'NewsArticle: dateModified is missing or malformed',
      'NewsArticle.author[0]: url is missing or malformed',
    ]);
  });

  it('refuses an untyped node and a wrong context', () => {
    expect(checkJsonLd({ '@context': 'http://schema.org', name: 'x' })).toEqual([
      '@context is not https://schema.org',
      'undefined: unknown or missing @type undefined',
    ]);
  });
});
