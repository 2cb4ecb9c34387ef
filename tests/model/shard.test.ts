import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, plannedFolderOf, shardOfFolder, shardOwns } from '../../src/model/shard.ts';

describe('the --shard argument', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/4', { index: 2, count: 4 }],
    ['10/10', { index: 10, count: 10 }],
  ])('reads %s', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each([
    [
      undefined,
      '--shard needs a value. Give it as K/N, the shard to build and how many shards there are, for example --shard 2/4.',
    ],
    ['--out', '--shard needs a value. Give it as K/N'],
    ['2', '--shard "2" is not of the form K/N. Give it as K/N'],
    ['2of4', '--shard "2of4" is not of the form K/N.'],
    ['-1/4', '--shard "-1/4" is not of the form K/N.'],
    ['0/4', '--shard "0/4": K must be between 1 and 4 (the shards are numbered from 1).'],
    ['5/4', '--shard "5/4": K must be between 1 and 4 (the shards are numbered from 1).'],
    ['0/0', '--shard "0/0" asks for 0 shards; there must be at least 1.'],
  ])('rejects %s with a message that says what is expected', (text, message) => {
    expect(() => parseShard(text)).toThrow(message);
  });
});

describe('the folder of a site path', () => {
  it.each([
    ['articles/a-story/', 'articles/a-story/'],
    ['articles/a-story/received/', 'articles/a-story/'],
    ['people/ana/articles/2/', 'people/ana/'],
    ['people/ana/feed.xml', 'people/ana/'],
    ['/organisations/un/', 'organisations/un/'],
    ['social/articles/a-story.png', 'articles/a-story/'],
    ['social/people/ana.png', 'people/ana/'],
    ['articles/', null],
    ['people/', null],
    ['archive/2024/', null],
    ['data/quotes.json', null],
    ['', null],
    ['feed.xml', null],
  ])('%s lies in %s', (path, folder) => {
    expect(plannedFolderOf(path)).toBe(folder);
  });
});

describe('slicing the site', () => {
  const path = fc.oneof(
    fc
      .tuple(fc.constantFrom('articles', 'people', 'organisations'), fc.stringMatching(/^[a-z0-9-]{1,12}$/))
      .chain(([top, name]) =>
        fc.constantFrom(
          `${top}/${name}/`,
          `${top}/${name}/articles/2/`,
          `${top}/${name}/feed.xml`,
          `social/${top}/${name}.png`,
        ),
      ),
    fc.constantFrom(
      '',
      'archive/',
      'archive/2024/',
      'timeline/',
      'data/quotes.json',
      'feed.xml',
      '404.html',
      'people/',
    ),
  );

  it('gives every page to exactly one shard of N, for any N', () => {
    fc.assert(
      fc.property(path, fc.integer({ min: 1, max: 64 }), (p, count) => {
        const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) => shardOwns({ index, count }, p));
        expect(owners).toHaveLength(1);
      }),
    );
  });

  it('keeps a folder and everything in it (pages, feeds, card) in one shard', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,12}$/), fc.integer({ min: 2, max: 16 }), (name, count) => {
        const shard = shardOfFolder(`people/${name}/`, count);
        for (const p of [
          `people/${name}/`,
          `people/${name}/articles/3/`,
          `people/${name}/atom.xml`,
          `social/people/${name}.png`,
        ])
          expect(shardOwns({ index: shard, count }, p)).toBe(true);
      }),
    );
  });

  it('gives the pages of the whole archive to shard 1', () => {
    for (const p of ['', 'timeline/', 'data/articles.csv', '_headers'])
      expect(shardOwns({ index: 1, count: 5 }, p) && !shardOwns({ index: 2, count: 5 }, p)).toBe(true);
  });

  it('spreads folders over the shards', () => {
    const counts = new Map<number, number>();
    for (let i = 0; i < 4000; i++) {
      const shard = shardOfFolder(`articles/story-${i}/`, 4);
      counts.set(shard, (counts.get(shard) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4]);
    for (const n of counts.values()) expect(n).toBeGreaterThan(800);
  });

  it('is a whole build without a shard', () => {
    expect(shardOwns(undefined, 'people/ana/')).toBe(true);
  });
});
