/**
 * Marks every direct quotation in an article: the quoted words are wrapped in `span.quote` (the first one carries
 * the id `q-<paragraph>-<n>`), and a numbered reference after each quotation links to its entry in the article's
 * list of quotations, which names the speaker. The quotations are recorded in `file.data.quotes`.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { extractAttributions, type Attribution } from '../analysis/attributions.ts';
import { extractQuotes, type Quote } from '../analysis/quotes.ts';
import type { MentionFinder } from '../analysis/types.ts';
import { roleHolders, type RoleEntry } from '../analysis/role-holders.ts';
import type { AttributionVocabulary } from '../model/vocabulary.ts';
import { wrapRange } from './text-ranges.ts';

/** A quotation located in the rendered article. */
export interface MarkedQuote extends Quote {
  /** Element id of the quotation's first words (`q-3-1`). */
  id: string;
  /** 1-based number of the quotation in the article (scare quotes are not numbered). */
  number: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Quotations in reading order, set by rehypeQuotes (scare quotes excluded). */
    quotes: MarkedQuote[];
    /** The article's date (YYYY-MM-DD), set by the caller: the roles people held then name them. */
    date?: string;
    /** The attributions of the paragraphs rehypeQuotes read (sourcing-policy notes blanked), set by it. */
    attributions?: Attribution[];
  }
}

/** Options for rehypeQuotes. */
export interface QuoteOptions {
  /** Finds registry entities in a paragraph's text. */
  findMentions: MentionFinder;
  /** The words that attribute speech (content/policy/attribution-vocabulary.yaml). */
  vocabulary: AttributionVocabulary;
  /** The registry's people and their roles, so that "the general" is the one general the article names. */
  roles?: readonly RoleEntry[];
}

/** Finds, marks and records the quotations of the numbered paragraphs, leaving out sourcing-policy notes. */
export function rehypeQuotes(options: QuoteOptions) {
  return (tree: Root, file: VFile) => {
    const records = file.data.paragraphs ?? [];
    const elements = new Map<string, Element>();
    for (const node of tree.children) {
      if (node.type === 'element' && typeof node.properties.id === 'string') elements.set(node.properties.id, node);
    }
    const notes = new Set(file.data.policyNotes ?? []);
    const texts = records.map((p) => (notes.has(p.id) ? '' : p.text));
    const holders = options.roles && file.data.date ? roleHolders(options.roles, file.data.date) : undefined;
    // The attributions once, for the quotations' unnamed speakers here and for the corpus after the render.
    const attributions = extractAttributions(texts, options.findMentions, options.vocabulary, holders);
    file.data.attributions = attributions;
    const found = extractQuotes(texts, options.findMentions, options.vocabulary, holders, attributions).filter(
      (q) => q.kind !== 'scare',
    );
    const marked: MarkedQuote[] = [];
    const perParagraph = new Map<number, number>();
    for (const quote of found) {
      const record = records[quote.paragraph];
      const element = record && elements.get(record.id);
      if (!record || !element) continue;
      const n = (perParagraph.get(quote.paragraph) ?? 0) + 1;
      perParagraph.set(quote.paragraph, n);
      const id = `q-${record.number}-${n}`;
      const number = marked.length + 1;
      const wrappers = wrapRange(element, quote.start, quote.end, (children, i) =>
        h('span', { className: ['quote'], id: i === 0 ? id : undefined, dataQuote: number }, children),
      );
      const last = wrappers.at(-1);
      if (!last) continue;
      // The number is page furniture, kept out of search excerpts.
      const reference = h('sup.quote-ref', { dataPagefindIgnore: '' }, [
        h('a', { href: `#quotation-${number}`, ariaLabel: `Quotation ${number}: who said it` }, String(number)),
      ]);
      insertAfter(element, last, reference);
      marked.push({ ...quote, id, number });
    }
    file.data.quotes = marked;
  };
}

/** Inserts `node` right after `target`, wherever `target` sits inside `root`. */
function insertAfter(root: Element, target: Element, node: Element): void {
  const walk = (parent: Element): boolean => {
    const index = parent.children.indexOf(target);
    if (index >= 0) {
      // Inside an entity link, the reference goes after the link, not inside it.
      if (parent !== root && parent.tagName === 'a') return false;
      parent.children.splice(index + 1, 0, node);
      return true;
    }
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.children.includes(target) && child.tagName === 'a') {
        const at = parent.children.indexOf(child);
        parent.children.splice(at + 1, 0, node);
        return true;
      }
      if (walk(child)) return true;
    }
    return false;
  };
  walk(root);
}
