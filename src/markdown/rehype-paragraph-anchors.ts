/**
 * Gives every top-level paragraph an id (`p-1`, `p-2`, …) and a permalink, and records each paragraph's plain text
 * in `file.data.paragraphs` for the analysis stages.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';

/** One paragraph of an article as later stages see it. */
export interface ParagraphRecord {
  /** The element id, also the URL fragment. */
  id: string;
  /** 1-based position among the article's paragraphs. */
  number: number;
  /** The paragraph's text as a reader sees it. */
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Paragraphs in order, set by rehypeParagraphAnchors. */
    paragraphs: ParagraphRecord[];
  }
}

/** Options for rehypeParagraphAnchors. */
export interface ParagraphAnchorOptions {
  /** Prefix of the ids (default "p-"). */
  prefix?: string;
}

/** Numbers top-level paragraphs and appends a permalink to each. */
export function rehypeParagraphAnchors(options: ParagraphAnchorOptions = {}) {
  const prefix = options.prefix ?? 'p-';
  return (tree: Root, file: VFile) => {
    const paragraphs: ParagraphRecord[] = [];
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const number = paragraphs.length + 1;
      const id = `${prefix}${number}`;
      paragraphs.push({ id, number, text: toString(node) });
      node.properties.id = id;
      node.children.push({ type: 'text', value: ' ' }, permalink(id, number));
    }
    file.data.paragraphs = paragraphs;
  };
}

function permalink(id: string, number: number): Element {
  // Left out of the search index, so no excerpt ends in "¶".
  return h(
    'a.permalink',
    { href: `#${id}`, ariaLabel: `Paragraph ${number}: link to this paragraph`, dataPagefindIgnore: '' },
    '¶',
  );
}
