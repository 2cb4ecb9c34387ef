/**
 * Shows the reader where the text rests on the editors' judgement rather than on a copy of the original: each
 * restored word no copy confirms is wrapped in `span.doubt` (a dotted underline, with its note in words for screen
 * readers and on hover), and each quotation in a paragraph no copy was checked against gets a dagger after its
 * reference, with the same note in words. Needs no JavaScript. Runs after rehypeQuotes, whose references it follows.
 *
 * It reads `file.data.doubts` (from the ledger: analysis/integrity/doubts.ts) and `file.data.checkedParagraphs`
 * (the paragraphs copies cover; absent when the article's words were never restored, so nothing is marked).
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { Doubt } from '../analysis/integrity/doubts.ts';
import { indexOfWhole } from '../analysis/integrity/text.ts';
import { locateText, wrapRange } from './text-ranges.ts';

declare module 'vfile' {
  interface DataMap {
    /** Restored words no copy confirms, to mark. */
    doubts: Doubt[];
    /** Reading-edition paragraph numbers checked against a copy; undefined when quotations are not marked. */
    checkedParagraphs: number[];
    /** How many doubts could not be placed in the rendered text (the body and the ledger disagree). */
    doubtsUnplaced: number;
  }
}

/** The note a doubtful word carries. */
export function doubtNote(doubt: Doubt): string {
  const others = doubt.alternatives.length > 0 ? `; other readings: ${doubt.alternatives.join(', ')}` : '';
  return `editors’ reading, not checked against a copy of the original: the copy received had “${doubt.received}”${others}`;
}

/** The note an unchecked quotation carries. */
export const UNCHECKED_NOTE = 'not checked against a copy of the original';

/** Marks doubtful words and unchecked quotations. */
export function rehypeDoubts() {
  return (tree: Root, file: VFile) => {
    const blocks = tree.children.filter((node): node is Element => node.type === 'element');
    let unplaced = 0;
    for (const doubt of file.data.doubts ?? []) {
      const block = blocks[doubt.paragraph];
      const at = block ? nthWholeWord(textOf(block), doubt.reading, doubt.occurrence) : -1;
      if (!block || at === -1) {
        unplaced++;
        continue;
      }
      const note = doubtNote(doubt);
      wrapRange(block, at, at + doubt.reading.length, (children, i) =>
        h('span.doubt', { title: note }, [
          ...children,
          ...(i === 0 ? [h('span.sr-only', { dataPagefindIgnore: '' }, ` (${note})`)] : []),
        ]),
      );
    }
    file.data.doubtsUnplaced = unplaced;
    const checked = file.data.checkedParagraphs;
    if (!checked) return;
    const numbered = blocks.filter((b) => b.tagName === 'p' && typeof b.properties.id === 'string');
    numbered.forEach((paragraph, i) => {
      if (checked.includes(i + 1)) return;
      for (const ref of references(paragraph)) {
        const { parent, node } = ref;
        parent.children.splice(
          parent.children.indexOf(node) + 1,
          0,
          h('span.unchecked', { title: UNCHECKED_NOTE, dataPagefindIgnore: '' }, [
            h('span', { ariaHidden: 'true' }, '†'),
            h('span.sr-only', ` (quotation ${UNCHECKED_NOTE})`),
          ]),
        );
      }
    });
  };
}

function textOf(element: Element): string {
  return locateText(element)
    .map((l) => l.node.value)
    .join('');
}

function nthWholeWord(text: string, needle: string, n: number): number {
  let at = indexOfWhole(text, needle);
  for (let seen = 0; at !== -1 && seen < n; seen++) at = indexOfWhole(text, needle, at + 1);
  return at;
}

/** The quotation references (`sup.quote-ref`) inside an element, with their parents. */
function references(root: Element): { parent: Element; node: Element }[] {
  const found: { parent: Element; node: Element }[] = [];
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      const classes = child.properties.className;
      if (child.tagName === 'sup' && Array.isArray(classes) && classes.includes('quote-ref'))
        found.push({ parent, node: child });
      else walk(child);
    }
  };
  walk(root);
  return found;
}
