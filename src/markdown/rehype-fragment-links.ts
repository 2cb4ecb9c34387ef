/**
 * Re-points in-page links (`#fn-1`) at the ids the sanitizer prefixed (`user-content-fn-1`), so footnotes and
 * hand-written anchors keep working after sanitising. GitHub does this with client script; this does it at build.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for rehypeFragmentLinks. */
export interface FragmentLinkOptions {
  /** The prefix the sanitizer put before ids (default "user-content-"). */
  prefix?: string;
}

/** Rewrites `href="#x"` to `#<prefix>x` when only the prefixed id exists in the document. */
export function rehypeFragmentLinks(options: FragmentLinkOptions = {}) {
  const prefix = options.prefix ?? 'user-content-';
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      const target = decodeURIComponent(href.slice(1));
      if (!ids.has(target) && ids.has(prefix + target)) node.properties.href = `#${prefix}${target}`;
    });
  };
}
