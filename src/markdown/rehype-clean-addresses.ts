/**
 * Makes every address the sanitizer kept a valid URL, and unwraps a link it left without one. The sanitizer decides
 * which schemes may stay; this finishes the job the HTML checker holds it to: no control, bidirectional or invisible
 * formatting character inside an address (they can disguise where a link goes), characters a URL may not hold written
 * percent-encoded (a `"` or a second `#`), and an `<a>` whose `href` was removed kept as its text, not as an anchor
 * that goes nowhere.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { withoutForbidden } from '../model/text-policy.ts';

/** Attributes that hold addresses. */
const ADDRESS_ATTRIBUTES = ['href', 'src', 'cite'] as const;

/** Invisible formatting characters, beyond the text policy's, that have no business in an address. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/** Characters a URL may not hold as they are (WHATWG URL: spaces, quotes, angle brackets and the like). */
const NOT_IN_URLS = /[\s"<>\\^`{|}]/g;

/** An address cleaned to a valid URL: invisible characters dropped, the rest percent-encoded where needed. */
export function cleanAddress(address: string): string {
  const visible = withoutForbidden(address).replace(INVISIBLE, '').trim();
  const hash = visible.indexOf('#');
  const [before, fragment] = hash === -1 ? [visible, undefined] : [visible.slice(0, hash), visible.slice(hash + 1)];
  const encode = (part: string) => part.replace(NOT_IN_URLS, (c) => encodeURIComponent(c));
  // Only one "#" may stand in a URL: later ones belong to the fragment and are encoded.
  return fragment === undefined ? encode(before) : `${encode(before)}#${encode(fragment).replaceAll('#', '%23')}`;
}

/** Cleans every address and unwraps links without one. */
export function rehypeCleanAddresses() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      for (const name of ADDRESS_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = cleanAddress(value);
      }
      if (node.tagName === 'a' && typeof node.properties.href !== 'string' && parent && index !== undefined) {
        parent.children.splice(index, 1, ...(node.children as ElementContent[]));
        // The children now stand where the link stood: visit them from there.
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
