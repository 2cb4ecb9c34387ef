/**
 * Links every unambiguous mention of a known person or organisation to its page, and records each mention with its
 * paragraph and offset in `file.data.mentions`. Runs after sanitising: the links are ours, not the author's.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { findMentions, type AliasIndex } from '../analysis/alias-index.ts';
import type { EntityRef } from '../model/entity.ts';

/** A mention located in the article: which paragraph, and where in its text. */
export interface LocatedMention extends EntityRef {
  /** The words as printed. */
  text: string;
  /** Id of the paragraph element (`p-3`), or null outside numbered paragraphs. */
  paragraph: string | null;
  /** Offset of the mention in the paragraph's text. */
  offset: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Mentions in document order, set by rehypeEntityLinks. */
    mentions: LocatedMention[];
  }
}

/** Options for rehypeEntityLinks. */
export interface EntityLinkOptions {
  /** The alias index built from the registries. */
  index: AliasIndex;
  /** The page address of an entity. */
  href: (entity: EntityRef) => string;
}

/** Elements whose text is never linked: links already, code, and things that are not prose. */
const SKIP = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);

/** Wraps entity mentions in links to their pages. */
export function rehypeEntityLinks(options: EntityLinkOptions) {
  return (tree: Root, file: VFile) => {
    const mentions: LocatedMention[] = [];
    const offsets = new Map<Element, number>();
    const edits: Array<{ parent: Element | Root; node: Text; replacement: ElementContent[] }> = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      const paragraph = ancestors.find(
        (a): a is Element => a.type === 'element' && typeof a.properties.id === 'string' && a.tagName === 'p',
      );
      const base = paragraph ? (offsets.get(paragraph) ?? 0) : 0;
      if (paragraph) offsets.set(paragraph, base + node.value.length);
      if (ancestors.some((a) => a.type === 'element' && SKIP.has(a.tagName))) return;
      const found = findMentions(node.value, options.index);
      if (!found.length) return;
      const replacement: ElementContent[] = [];
      let at = 0;
      for (const mention of found) {
        if (mention.start > at) replacement.push({ type: 'text', value: node.value.slice(at, mention.start) });
        replacement.push(h('a.entity', { href: options.href(mention), dataEntity: mention.type }, mention.text));
        mentions.push({
          type: mention.type,
          id: mention.id,
          text: mention.text,
          paragraph: paragraph ? String(paragraph.properties.id) : null,
          offset: base + mention.start,
        });
        at = mention.end;
      }
      if (at < node.value.length) replacement.push({ type: 'text', value: node.value.slice(at) });
      edits.push({ parent: ancestors[ancestors.length - 1] as Element | Root, node, replacement });
    });
    // Replace after the walk so the visitor never sees the links it made.
    for (const { parent, node, replacement } of edits) {
      const children = parent.children as Array<Root['children'][number]>;
      children.splice(children.indexOf(node), 1, ...replacement);
    }
    file.data.mentions = mentions;
  };
}
