/**
 * Marks every unambiguous mention of a known person or organisation and records each with its paragraph and offset
 * in `file.data.mentions`. The first mention of an entity in each section (the text up to the next heading) links to
 * its page; later ones are a quiet `span.entity` with the same data, so a name said thirteen times is one link, not
 * thirteen. Runs after sanitising: the links are ours, not the author's.
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
    const section = sectionsOf(tree);
    const linked = new Set<string>();
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
        const top = ancestors[1];
        const key = `${top && top.type === 'element' ? section.get(top) : 0}:${mention.type}:${mention.id}`;
        const first = !linked.has(key);
        linked.add(key);
        const data = { dataEntity: mention.type, dataEntityId: mention.id };
        replacement.push(
          first
            ? h('a.entity', { href: options.href(mention), ...data }, mention.text)
            : h('span.entity', data, mention.text),
        );
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

/** The section number of each top-level node: a heading starts a new section. */
function sectionsOf(tree: Root): Map<Root['children'][number], number> {
  const sections = new Map<Root['children'][number], number>();
  let number = 0;
  for (const child of tree.children) {
    if (child.type === 'element' && /^h[1-6]$/.test(child.tagName)) number += 1;
    sections.set(child, number);
  }
  return sections;
}
