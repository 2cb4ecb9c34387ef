/**
 * Addresses a reader can walk up: every folder of every page's address is a page itself, so trimming an address
 * ("/articles/x/" to "/articles/") never lands on the 404 page.
 */
import { describe, expect, it } from 'vitest';
import { hasPage, htmlFiles, pathOf } from './site.ts';

describe('addresses', () => {
  it('have a page at every folder above a page', () => {
    const missing = new Set<string>();
    for (const file of htmlFiles()) {
      const parts = pathOf(file).split('/').filter(Boolean);
      if (parts.at(-1)?.endsWith('.html')) parts.pop();
      for (let i = 1; i < parts.length; i++) {
        const folder = `/${parts.slice(0, i).join('/')}/`;
        if (!hasPage(folder)) missing.add(folder);
      }
    }
    expect([...missing]).toEqual([]);
  });
});
