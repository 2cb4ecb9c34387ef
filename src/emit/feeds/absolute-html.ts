/**
 * Article HTML for use outside the site (feeds): every relative address made absolute, on the hast tree, so that a
 * feed reader resolves `/people/joe-biden/` and `#p-3` against the article and not against the feed.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Attributes that hold an address. (No srcset: the sanitizer lets no image into an article body.) */
const URL_PROPERTIES = ['href', 'src', 'cite', 'poster'] as const;

/** Elements dropped from the copy: they only make sense on the page itself. */
const PAGE_ONLY = (node: Element) =>
  // The ¶ paragraph permalinks would show up as a stray mark after every paragraph in a reader.
  node.tagName === 'a' && Array.isArray(node.properties.className) && node.properties.className.includes('permalink');

/** Returns `html` with every relative href/src/cite resolved against `base` (the article's absolute URL). */
export function absoluteHtml(html: string, base: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element, index, parent) => {
    if (PAGE_ONLY(node) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = resolve(value, base);
    }
    return undefined;
  });
  return unified().use(rehypeStringify).stringify(tree);
}

/** An absolute address, or the value unchanged when it does not parse (the sanitizer already dropped bad schemes). */
function resolve(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}
