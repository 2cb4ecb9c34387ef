import { describe, expect, it } from 'vitest';
import { sitePath } from '../../src/build/shard-build.ts';

describe('the site path of a page Astro builds', () => {
  it.each([
    ['/people/ana/', '/', 'people/ana/'],
    ['/', '/', ''],
    ['/news/people/ana/', '/news/', 'people/ana/'],
    ['/news/', '/news/', ''],
    ['/news/data/quotes.json', '/news/', 'data/quotes.json'],
    // A path that only starts with the base's letters is not under it.
    ['/newsroom/', '/news/', 'newsroom/'],
  ])('%s under %s is %s', (pathname, base, path) => {
    expect(sitePath(pathname, base)).toBe(path);
  });
});
