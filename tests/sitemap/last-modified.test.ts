import { describe, expect, it } from 'vitest';
import type { RawContent } from '../../src/parse/check-references.ts';
import { lastModified } from '../../src/emit/last-modified.ts';
import { createUrls } from '../../src/model/urls.ts';

/** Just the frontmatter fields lastModified reads. */
function article(slug: string, date: string, fields: Record<string, unknown> = {}) {
  return {
    slug,
    file: `content/articles/${slug}.md`,
    body: '',
    data: {
      date,
      publication: 'outlet',
      authors: ['writer'],
      contributors: [],
      people: [],
      organisations: [],
      ...fields,
    },
  };
}

const content = {
  articles: [
    article('old', '2021-05-01', { people: ['ann'], organisations: ['agency'] }),
    article('new', '2023-02-03', { people: ['bo'], contributors: [{ person: 'ann' }] }),
  ],
  people: [],
  organisations: [],
} as unknown as RawContent;

describe('lastModified', () => {
  for (const base of ['/', '/news/']) {
    const urls = createUrls(base);
    const lastmod = lastModified(content, urls);
    it.each([
      ['an article: its date', urls.article('old'), '2021-05-01'],
      ['a page below an article: the article’s date', urls.received('old'), '2021-05-01'],
      ['a person: their newest article (credits count)', urls.person('ann'), '2023-02-03'],
      ['an organisation: its newest article', urls.organisation('agency'), '2021-05-01'],
      ['an outlet: its newest article', urls.organisation('outlet'), '2023-02-03'],
      ['an author', urls.person('writer'), '2023-02-03'],
      ['an archive year: its newest article', urls.archiveYear('2021'), '2021-05-01'],
      ['an index page: the newest article', urls.people(), '2023-02-03'],
      ['the home page: the newest article', urls.home(), '2023-02-03'],
      ['an entity no article names: nothing', urls.person('nobody'), undefined],
    ])(`${base}: %s`, (_, path, expected) => {
      expect(lastmod(path)).toBe(expected);
    });
  }
});
