/**
 * The words the site generates, on every built page: sentences are spaced, counts are words, nothing is said twice,
 * and a reader never meets a repository path, a file name, a code mark or the editors' and analyser's jargon. Read
 * block by block (a paragraph, a list item, a cell), so two blocks side by side are not taken for glued words.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { htmlFiles, page, pathOf } from './site.ts';

/** Blocks of text a reader reads as one run, innermost first so a list item's nested list is read on its own. */
const BLOCKS = 'p, li, dd, dt, td, th, h1, h2, h3, h4, figcaption, blockquote, summary, caption';

/** What must never appear in a block of a reader's page, with why. */
const RULES: Array<[RegExp, string]> = [
  [/[a-z][.;:!?][A-Z][a-z]/, 'two sentences with no space between them'],
  [/\b\d+(?:years|articles|people|words|quotations|changes|times)\b/, 'a number glued to its word'],
  [/`/, 'a code mark'],
  [/[^.]\.\.(?!\.)/, 'a doubled full stop'],
  [/\(\s*(?:with help from|additional reporting by)\s*\)/i, 'a credit printed as a note after the name'],
  [/\b(\w{3,}) · \1\b/, 'the same word twice either side of a separator'],
  [/\b[\w-]+\/[\w./-]+\.(?:md|txt|ya?ml|ts|json)\b/, 'a repository path'],
  [/\b[0-9a-f_]{8,}\.txt\b/, 'a received file name'],
  [/\b(?:verdict|collocation|frontmatter|ledger entry|spinner-form)\b/i, 'editor or analyser jargon'],
];

function blocks(tree: Root): string[] {
  return selectAll(BLOCKS, tree)
    .filter((node) => !selectAll(BLOCKS, node as Element).some((inner) => inner !== node))
    .map((node) => toString(node).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

describe('the words on every page', () => {
  const pages = htmlFiles().map(pathOf);

  it('are found on every page', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('/%s', (path) => {
    const tree = page(path || '/');
    // Code and data samples on the data page are meant to be read as code.
    for (const node of selectAll('code, pre, kbd', tree)) (node as Element).children = [];
    const found = blocks(tree).flatMap((text) =>
      RULES.flatMap(([pattern, what]) => {
        const match = pattern.exec(text);
        return match ? [`${what}: "…${text.slice(Math.max(0, match.index - 30), match.index + 40)}…"`] : [];
      }),
    );
    expect(found).toEqual([]);
  });
});
