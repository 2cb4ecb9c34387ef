import { describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../src/derive/corpus.ts';
import { archiveYears, neighbours } from '../../src/emit/views/archive.ts';
import { monthLabel, utcDate } from '../../src/emit/views/dates.ts';

/** A corpus holding only what the archive reads: slugs and dates, newest first as the derive stage sorts them. */
function corpusOf(...dated: Array<[string, string]>): Corpus {
  const articles = dated.map(([slug, date]) => ({ slug, data: { date } }) as unknown as Article);
  return { articles, positions: new Map(articles.map((a, i) => [a.slug, i])) } as unknown as Corpus;
}

const corpus = corpusOf(['d', '2023-06-28'], ['c', '2023-06-01'], ['b', '2022-11-10'], ['a', '2021-01-31']);

describe('archiveYears', () => {
  it('groups by year and month, newest first, with counts', () => {
    expect(
      archiveYears(corpus).map((y) => ({
        year: y.year,
        count: y.count,
        months: y.months.map((m) => [m.month, m.label, m.articles.map((a) => a.slug)]),
      })),
    ).toEqual([
      { year: '2023', count: 2, months: [['06', 'June 2023', ['d', 'c']]] },
      { year: '2022', count: 1, months: [['11', 'November 2022', ['b']]] },
      { year: '2021', count: 1, months: [['01', 'January 2021', ['a']]] },
    ]);
  });

  it('is empty for an empty corpus', () => {
    expect(archiveYears(corpusOf())).toEqual([]);
  });
});

describe('neighbours', () => {
  it.each([
    ['d', undefined, 'c'],
    ['c', 'd', 'b'],
    ['a', 'b', undefined],
    ['missing', undefined, undefined],
  ])('of %s: newer %s, older %s', (slug, newer, older) => {
    const found = neighbours(corpus, slug);
    expect([found.newer?.slug, found.older?.slug]).toEqual([newer, older]);
  });
});

describe('dates', () => {
  it('reads YYYY-MM-DD as midnight UTC and names months in UTC', () => {
    expect(utcDate('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(monthLabel('2022-12')).toBe('December 2022');
    expect(monthLabel('2022-12-31')).toBe('December 2022');
  });
});
