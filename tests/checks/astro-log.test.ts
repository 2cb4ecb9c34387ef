import { describe, expect, it } from 'vitest';
import { pageLines } from '../../src/build/astro-log.ts';

describe('pageLines', () => {
  it('drops the line Astro prints per page written, across chunks that cut lines in two', () => {
    const filter = pageLines();
    expect(filter('23:12:15   ├─ /404.html (+16ms) \n23:12:15   ├─ /archive/20')).toBe('');
    expect(filter('23/index.html (+6ms) \n23:12:15 [build] ✓ Completed in 3.1s.\n')).toBe(
      '23:12:15 [build] ✓ Completed in 3.1s.\n',
    );
  });

  it('reads coloured output, and keeps warnings, errors and every other line', () => {
    const filter = pageLines();
    const coloured = '\x1b[2m23:12:15\x1b[22m   \x1b[34m└─\x1b[39m \x1b[2m/index.html\x1b[22m \x1b[2m(+4ms)\x1b[22m \n';
    const kept = [
      '23:12:15 [WARN] [news-in-context] The content has 1 warning:',
      '  content/articles/x.md → people: the text names "Ana Silva" (ana-silva) in p-2, but people does not list it.',
      'Built 80 pages: 2 articles rendered, 0 from the cache; 65 social cards drawn, 0 reused; 0 warnings; 5.1 s.',
    ];
    expect(filter(`${coloured}23:12:15   ├─ /_headers/ (+1ms) \n${kept.join('\n')}\n`)).toBe(`${kept.join('\n')}\n`);
  });
});
