import { describe, expect, it } from 'vitest';
import { writtenPages } from '../../src/build/astro-progress.ts';

describe('writtenPages', () => {
  it('picks the pages Astro reports written, across chunks that cut lines in two', () => {
    const pages = writtenPages();
    expect(pages('23:12:15   ├─ /404.html (+16ms) \n23:12:15   ├─ /archive/20')).toEqual(['404.html']);
    expect(pages('23/index.html (+6ms) \n23:12:15   ├─ /people/joe-biden/index.html')).toEqual([
      'archive/2023/index.html',
    ]);
    // A page whose time is not printed yet is not written yet.
    expect(pages(' (+2ms) \n')).toEqual(['people/joe-biden/index.html']);
  });

  it('reads coloured output, and leaves out what is not an HTML page written', () => {
    const pages = writtenPages();
    const coloured = '\x1b[2m23:12:15\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/index.html\x1b[22m \x1b[2m(+4ms)\x1b[22m \n';
    const other = [
      '23:12:15   ├─ /_headers/ (+1ms) ',
      '23:12:15 [build] ✓ Completed in 3.1s.',
      '23:12:15   ▶ src/pages/index.astro',
      'Articles: 2 rendered, 0 read from the cache of an earlier build',
    ].join('\n');
    expect(pages(`${coloured}${other}\n`)).toEqual(['index.html']);
  });
});
