import { describe, expect, test } from 'vitest';
import { coOccurrences, connectionsOf } from '../../src/analysis/co-occurrence.ts';

const m = (id: string, paragraph: number) => ({ id, paragraph });

describe('coOccurrences', () => {
  const cases = [
    { name: 'no mentions', corpus: [], expected: [] },
    { name: 'one entity alone', corpus: [{ article: 'x', mentions: [m('a', 0), m('a', 1)] }], expected: [] },
    {
      name: 'same paragraph counts once per paragraph, however many mentions',
      corpus: [{ article: 'x', mentions: [m('b', 0), m('a', 0), m('a', 0), m('b', 2)] }],
      expected: [{ a: 'a', b: 'b', articles: 1, paragraphs: 1 }],
    },
    {
      name: 'same article, different paragraphs: an article pair with no shared paragraph',
      corpus: [{ article: 'x', mentions: [m('a', 0), m('b', 1)] }],
      expected: [{ a: 'a', b: 'b', articles: 1, paragraphs: 0 }],
    },
    {
      name: 'counts add up across articles, strongest first',
      corpus: [
        { article: 'x', mentions: [m('a', 0), m('b', 0), m('c', 1), m('a', 1)] },
        { article: 'y', mentions: [m('b', 3), m('a', 3), m('a', 4), m('b', 4)] },
      ],
      expected: [
        { a: 'a', b: 'b', articles: 2, paragraphs: 3 },
        { a: 'a', b: 'c', articles: 1, paragraphs: 1 },
        { a: 'b', b: 'c', articles: 1, paragraphs: 0 },
      ],
    },
  ];
  test.each(cases)('$name', ({ corpus, expected }) => {
    expect(coOccurrences(corpus)).toEqual(expected);
  });

  test('connectionsOf lists the other side of each pair, strongest first', () => {
    const pairs = coOccurrences([{ article: 'x', mentions: [m('a', 0), m('b', 0), m('c', 1), m('a', 1)] }]);
    expect(connectionsOf(pairs, 'c')).toEqual([
      { other: 'a', articles: 1, paragraphs: 1 },
      { other: 'b', articles: 1, paragraphs: 0 },
    ]);
    expect(connectionsOf(pairs, 'a', 1)).toHaveLength(1);
  });

  test('scales with paragraphs, not with the square of the corpus', () => {
    const corpus = Array.from({ length: 2000 }, (_, i) => ({
      article: `a${i}`,
      mentions: [m('p', 0), m(`q${i % 50}`, 0)],
    }));
    const started = performance.now();
    const pairs = coOccurrences(corpus);
    expect(performance.now() - started).toBeLessThan(500);
    expect(pairs[0]).toEqual({ a: 'p', b: 'q0', articles: 40, paragraphs: 40 });
  });
});
