/**
 * Character ranges of a paragraph's text mapped onto its hast text nodes, so a plugin can wrap a range (a quotation)
 * that crosses inline markup such as entity links. The site's own permalinks are not part of the text.
 */
import type { Element, ElementContent, Text } from 'hast';
import { h } from 'hastscript';

/** Classes of elements whose text is the site's furniture, not the article's. */
const FURNITURE = new Set(['permalink', 'quote-ref']);

/** A text node with its parent and its offset in the paragraph's text. */
interface Located {
  node: Text;
  parent: Element;
  start: number;
}

/** Text nodes of an element in document order with their offsets, skipping the site's furniture. */
export function locateText(element: Element): Located[] {
  const out: Located[] = [];
  let offset = 0;
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        out.push({ node: child, parent, start: offset });
        offset += child.value.length;
      } else if (child.type === 'element' && !isFurniture(child)) {
        walk(child);
      }
    }
  };
  walk(element);
  return out;
}

/**
 * Wraps the characters [start, end) of an element's text in elements made by `make` (one per text node the range
 * touches; `index` counts them). Returns the wrappers in order.
 */
export function wrapRange(
  element: Element,
  start: number,
  end: number,
  make: (children: ElementContent[], index: number) => Element,
): Element[] {
  const wrappers: Element[] = [];
  for (const { node, parent, start: at } of locateText(element)) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + node.value.length);
    if (from >= to) continue;
    const parts: ElementContent[] = [];
    if (from > at) parts.push({ type: 'text', value: node.value.slice(0, from - at) });
    const wrapper = make([{ type: 'text', value: node.value.slice(from - at, to - at) }], wrappers.length);
    wrappers.push(wrapper);
    parts.push(wrapper);
    if (to < at + node.value.length) parts.push({ type: 'text', value: node.value.slice(to - at) });
    parent.children.splice(parent.children.indexOf(node), 1, ...parts);
  }
  return wrappers;
}

/** A plain wrapper element, for callers that need nothing more. */
export function span(className: string) {
  return (children: ElementContent[]) => h('span', { className: [className] }, children);
}

function isFurniture(element: Element): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.some((c) => FURNITURE.has(String(c)));
}
