/**
 * Shows each editors' note beside the paragraph it is about: an `aside.editors-note` right after the paragraph,
 * saying what the received text has wrong and where the corrected fact comes from. Reads `file.data.notes`.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { PlacedNote } from '../analysis/integrity/editor-notes.ts';

declare module 'vfile' {
  interface DataMap {
    /** Editors' notes to show beside their paragraphs. */
    notes: PlacedNote[];
  }
}

/** Inserts the editors' notes after their paragraphs. */
export function rehypeEditorsNotes() {
  return (tree: Root, file: VFile) => {
    const notes = file.data.notes ?? [];
    if (notes.length === 0) return;
    const blocks = tree.children.filter((node): node is Element => node.type === 'element');
    // From the last block back, so that inserting does not move the blocks still to come.
    for (const [at, block] of [...blocks.entries()].reverse()) {
      const own = notes.filter((n) => n.paragraph === at);
      if (own.length === 0) continue;
      const asides = own.map((n) =>
        h('aside.editors-note', { role: 'note' }, [
          h('strong', 'Editors’ note: '),
          `“${n.words}”: ${n.note} `,
          h('span.meta', `Source: ${n.source}.`),
        ]),
      );
      tree.children.splice(tree.children.indexOf(block) + 1, 0, ...asides);
    }
  };
}
