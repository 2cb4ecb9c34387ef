/** build/incremental.ts carryOver: a planned folder nested in a carried one is left to the plan. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { carryOver } from '../../src/build/incremental.ts';

const scratch = mkdtempSync(join(tmpdir(), 'news-carry-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const write = (root: string, path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('carrying folders over from the previous output', () => {
  it('carries a folder with its unplanned sub-folders, and leaves out the planned ones nested in it', () => {
    const from = join(scratch, 'previous');
    const to = join(scratch, 'next');
    for (const path of ['a/index.html', 'a/feed.xml', 'a/articles/index.html', 'a/articles/1/index.html'])
      write(from, path, `old ${path}`);
    write(to, 'a/articles/2/index.html', 'rendered by this build');
    write(from, 'a/articles/2/index.html', 'old a/articles/2/index.html');
    const planned = new Set(['a/', 'a/articles/1/', 'a/articles/2/']);
    const { pages } = carryOver(from, to, ['a/', 'a/articles/1/'], planned);
    expect(pages).toEqual(['a/', 'a/articles/', 'a/articles/1/']);
    expect(readFileSync(join(to, 'a/articles/2/index.html'), 'utf8')).toBe('rendered by this build');
    expect(readFileSync(join(to, 'a/articles/index.html'), 'utf8')).toBe('old a/articles/index.html');
    expect(existsSync(join(to, 'a/feed.xml'))).toBe(true);
  });
});
