/** derive/page-numbers.ts: numbered pages counted from the oldest article, every article on exactly one of them. */
import { describe, expect, it } from 'vitest';
import { newestRange, numberedPageCount, numberedPageOf, numberedPageRange } from '../../src/derive/page-numbers.ts';

describe('numbered pages of an entity’s articles', () => {
  it.each([
    [0, 0],
    [1, 0],
    [20, 0],
    [21, 2],
    [40, 2],
    [41, 3],
    [5880, 294],
  ])('%i articles take %i numbered pages', (total, pages) => {
    expect(numberedPageCount(total)).toBe(pages);
  });

  it.each([21, 39, 40, 41, 65, 100])('with %i articles, each is on one page, found by numberedPageOf', (total) => {
    const seen: number[] = [];
    for (let n = 1; n <= numberedPageCount(total); n++) {
      const { from, to } = numberedPageRange(total, n);
      // Every page but the last (the newest articles) is full.
      if (n < numberedPageCount(total)) expect(to - from).toBe(20);
      for (let position = from; position < to; position++) {
        seen.push(position);
        expect(numberedPageOf(total, position)).toBe(n);
      }
    }
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i));
  });

  it('keeps a page’s articles when newer ones arrive: page n holds the same oldest-first positions', () => {
    const oldestFirst = (total: number, n: number) => {
      const { from, to } = numberedPageRange(total, n);
      return Array.from({ length: to - from }, (_, i) => total - 1 - (from + i)).sort((a, b) => a - b);
    };
    for (const total of [45, 60, 61]) expect(oldestFirst(total + 1, 2)).toEqual(oldestFirst(total, 2));
    expect(oldestFirst(45, 3)).toEqual([40, 41, 42, 43, 44]);
    expect(oldestFirst(46, 3)).toEqual([40, 41, 42, 43, 44, 45]);
  });

  it('shows the newest 20 on the entity’s own page', () => {
    expect(newestRange(5)).toEqual({ from: 0, to: 5 });
    expect(newestRange(300)).toEqual({ from: 0, to: 20 });
  });
});
