/**
 * A right-to-left name must not reorder the text around it: every link that prints a registry name is isolated
 * (<bdi> inside, or dir="auto"). Two places are left as they are, on purpose: a name inside an article's own prose
 * (the text is the author's, linked where it stands) and the labels of the network's SVG, where <bdi> does not exist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { content } from './expected.ts';
import { htmlFiles, SITE } from './site.ts';

const names = new Set([...content.people.map((p) => p.data.name), ...content.organisations.map((o) => o.data.name)]);

describe('names printed by the site', () => {
  it('are isolated wherever the site prints them', () => {
    const bare: string[] = [];
    for (const file of htmlFiles()) {
      const tree = fromHtml(readFileSync(join(SITE, file), 'utf8'));
      const exempt = new Set([...selectAll('.prose a', tree), ...selectAll('svg a', tree)]);
      for (const link of selectAll('a', tree)) {
        if (exempt.has(link) || !names.has(toString(link).trim())) continue;
        if (selectAll('bdi', link).length === 0 && link.properties.dir !== 'auto')
          bare.push(`${file}: ${toString(link).trim()}`);
      }
    }
    expect(bare).toEqual([]);
  });
});
