import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/parse/read-content.ts';
import { createUrls } from '../../src/model/urls.ts';
import { CONTENT } from '../helpers.ts';
import { SITE, page } from './site.ts';

const urls = createUrls('/');
const content = readContent(CONTENT);
const pages = [
  ...content.articles.map((a) => urls.article(a.slug)),
  ...content.people.map((p) => urls.person(p.id)),
  ...content.organisations.map((o) => urls.organisation(o.id)),
];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('social images', () => {
  it('give every article, person and organisation page a 1200×630 PNG of its own, at an absolute address', () => {
    const seen = new Set<string>();
    for (const path of pages) {
      const tree = page(path);
      const image = String(select('meta[property="og:image"]', tree)?.properties.content ?? '');
      expect(image, path).toMatch(/^https?:\/\/[^/]+\/social\/(articles|people|organisations)\/[a-z0-9-]+\.png$/);
      expect(select('meta[name="twitter:card"]', tree)?.properties.content, path).toBe('summary_large_image');
      const file = join(SITE, new URL(image).pathname);
      expect(pngSize(readFileSync(file)), path).toEqual({ width: 1200, height: 630 });
      seen.add(image);
    }
    expect(seen.size).toBe(pages.length);
  });

  it('leaves pages without a card of their own on a text-only preview', () => {
    const tree = page('/quotes/');
    expect(select('meta[property="og:image"]', tree)).toBeUndefined();
    expect(select('meta[name="twitter:card"]', tree)?.properties.content).toBe('summary');
  });
});
