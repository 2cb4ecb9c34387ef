/**
 * The one Markdown pipeline of the site, used by the build and by the tests alike. The order matters and is the
 * point of this file: parse, sanitise what authors wrote, then add the site's own markup.
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { AttributionVocabulary } from '../model/vocabulary.ts';
import { mentionFinder, type AliasIndex } from '../analysis/alias-index.ts';
import type { EntityRef } from '../model/entity.ts';
import { rehypeEntityLinks, type LocatedMention } from './rehype-entity-links.ts';
import { rehypeCleanAddresses } from './rehype-clean-addresses.ts';
import { rehypeDoubts } from './rehype-doubts.ts';
import { rehypeEditorsNotes } from './rehype-editors-notes.ts';
import type { Doubt } from '../analysis/integrity/doubts.ts';
import type { PlacedNote } from '../analysis/integrity/editor-notes.ts';
import { rehypeFragmentLinks } from './rehype-fragment-links.ts';
import { rehypeStripControls } from './rehype-strip-controls.ts';
import { rehypeParagraphAnchors, type ParagraphRecord } from './rehype-paragraph-anchors.ts';
import { rehypePolicyNotes } from './rehype-policy-notes.ts';
import { rehypeQuotes, type MarkedQuote } from './rehype-quotes.ts';
import type { RoleEntry } from '../analysis/role-holders.ts';
import type { Attribution } from '../analysis/attributions.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/** What the pipeline needs from the rest of the site. */
export interface RenderOptions {
  /** Alias index for entity links. */
  index: AliasIndex;
  /** Page address of an entity (from urls.ts, so the base path is applied). */
  href: (entity: EntityRef) => string;
  /** The words that attribute speech and mark policy notes (content/policy/attribution-vocabulary.yaml). */
  vocabulary: AttributionVocabulary;
  /** The registry's people and their roles: descriptions of a role name the one person who held it. */
  roles?: readonly RoleEntry[];
}

/** A rendered article body and what the pipeline learnt about it. */
export interface RenderedBody {
  html: string;
  paragraphs: ParagraphRecord[];
  mentions: LocatedMention[];
  quotes: MarkedQuote[];
  /** Ids of paragraphs that are an outlet's sourcing-policy note. */
  policyNotes: string[];
  /** Doubtful words that could not be placed in the text. */
  doubtsUnplaced: number;
  /** The attributions the quotation step read (sourcing-policy notes blanked), so the corpus need not find them again. */
  attributions?: Attribution[];
}

/** What the ledger says about an article's words, for the page to mark (rehype-doubts.ts). */
export interface RenderMarks {
  /** Restored words no copy confirms. */
  doubts: Doubt[];
  /** Paragraphs checked against a copy; leave out to mark no quotation. */
  checkedParagraphs?: number[];
  /** Editors' notes to show beside their paragraphs. */
  notes?: PlacedNote[];
}

/** Builds the processor; exported so tests can run the same plugin list. */
export function createProcessor(options: RenderOptions) {
  return (
    unified()
      .use(remarkParse)
      // Tables, footnotes, strikethrough: editors write GitHub-flavoured Markdown.
      .use(remarkGfm)
      // Raw HTML is carried over to be parsed and then sanitised, so the text inside it is kept, not dropped.
      // No id prefix here: the sanitizer prefixes every id once, and rehypeFragmentLinks follows it.
      .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
      .use(rehypeRaw)
      // Everything the author wrote is sanitised before the site adds markup of its own.
      .use(rehypeSanitize, sanitizeSchema)
      // Then what the sanitizer leaves to others: no forbidden character in any text or attribute, every address a
      // valid URL, no link left without one.
      .use(rehypeStripControls)
      .use(rehypeCleanAddresses)
      .use(rehypeFragmentLinks)
      // Heading ids come after sanitising, with a prefix of their own so that a heading called "Main" or "P 2"
      // cannot take the id of the page's <main> or of a paragraph permalink.
      .use(rehypeSlug, { prefix: 'section-' })
      .use(rehypeParagraphAnchors)
      // Entity links need paragraph ids, and must not be linked inside the author's own links.
      .use(rehypeEntityLinks, options)
      // Policy notes before quotations: a note is furniture, and its quoted words are not anyone's speech.
      .use(rehypePolicyNotes, options)
      // Quotations last: they wrap text that may already sit inside entity links, and add numbered references.
      .use(rehypeQuotes, {
        vocabulary: options.vocabulary,
        findMentions: mentionFinder(options.index),
        ...(options.roles && { roles: options.roles }),
      })
      // Doubt after quotations: a doubtful word inside a quotation is marked there too, and an unchecked quotation's
      // mark follows its reference.
      .use(rehypeDoubts)
      // Editors' notes last: each is a block of the site's own after its paragraph, never part of the text.
      .use(rehypeEditorsNotes)
      .use(rehypeStringify)
  );
}

/** Renders one article body with a processor made by createProcessor (made once per build, not per article). */
export async function renderWith(
  processor: ReturnType<typeof createProcessor>,
  markdown: string,
  marks?: RenderMarks,
  date?: string,
): Promise<RenderedBody> {
  const file = new VFile({ value: markdown });
  if (date) file.data.date = date;
  if (marks) {
    file.data.doubts = marks.doubts;
    if (marks.checkedParagraphs) file.data.checkedParagraphs = marks.checkedParagraphs;
    if (marks.notes) file.data.notes = marks.notes;
  }
  await processor.process(file);
  return {
    html: String(file),
    paragraphs: file.data.paragraphs ?? [],
    mentions: file.data.mentions ?? [],
    quotes: file.data.quotes ?? [],
    policyNotes: file.data.policyNotes ?? [],
    doubtsUnplaced: file.data.doubtsUnplaced ?? 0,
    ...(file.data.attributions && { attributions: file.data.attributions }),
  };
}

/** Renders one article body with a fresh processor. */
export function renderMarkdown(markdown: string, options: RenderOptions, marks?: RenderMarks): Promise<RenderedBody> {
  return renderWith(createProcessor(options), markdown, marks);
}
