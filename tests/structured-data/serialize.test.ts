import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { serializeJsonLd } from '../../src/emit/structured-data/serialize.ts';

const HOSTILE = 'Breaking </script><script>alert(1)</script> <!-- & \u2028 --> </SCRIPT >';

describe('serializeJsonLd', () => {
  it('writes nothing that can end a script block or open a comment', () => {
    const text = serializeJsonLd({ '@type': 'NewsArticle', headline: HOSTILE });
    expect(text).not.toMatch(/<|>|&|\u2028/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('is the same data to a JSON parser', () => {
    const data = { '@type': 'NewsArticle', headline: HOSTILE, about: [{ '@type': 'Thing', name: 'A & B' }] } as const;
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it('stays one script element when an HTML parser reads the page', () => {
    const html = `<script type="application/ld+json">${serializeJsonLd({ '@type': 'NewsArticle', headline: HOSTILE })}</script><p>after</p>`;
    const tree = fromHtml(html, { fragment: true });
    const script = select('script', tree)!;
    expect(JSON.parse(toString(script))).toEqual({ '@type': 'NewsArticle', headline: HOSTILE });
    expect(select('script script, script + script', tree)).toBeUndefined();
    expect(toString(select('p', tree)!)).toBe('after');
  });
});
