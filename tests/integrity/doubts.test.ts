import { describe, expect, it } from 'vitest';
import { restorationChecks, wholeWordOccurrences } from '../../src/analysis/integrity/doubts.ts';
import { evidenceHolds, validateLedger } from '../../src/model/ledger.ts';
import { renderMarkdown } from '../../src/markdown/processor.ts';
import { buildAliasIndex } from '../../src/analysis/alias-index.ts';
import { vocabulary } from '../analysis/helpers.ts';

const received =
  'Headline here\nWe met astatine the hall astatine noon. Helium said so.\n“It is done astatine last,” Ana said.';
const ledger = validateLedger(
  {
    received: 'received/r.txt',
    article: 'articles/a.md',
    edits: [
      { paragraph: 1, received: 'Headline here', reading: '', kind: 'structure' },
      {
        paragraph: 2,
        received: 'astatine',
        reading: 'at',
        kind: 'spinner',
        evidence: { copy: 'c', words: 'met at the hall' },
      },
      { paragraph: 2, received: 'astatine', reading: 'at', kind: 'spinner' },
      { paragraph: 2, received: 'Helium', reading: 'He', kind: 'spinner', alternatives: ['She'] },
      { paragraph: 3, received: 'astatine', reading: 'at', kind: 'spinner' },
    ],
  },
  'l.yaml',
);

describe('restorationChecks', () => {
  it('counts evidenced and conjectural restorations and places each guess in the reading edition', () => {
    const checks = restorationChecks(received, ledger);
    expect(checks.evidenced).toBe(1);
    expect(checks.conjectures).toBe(3);
    expect(checks.doubts).toEqual([
      { paragraph: 0, reading: 'at', occurrence: 1, received: 'astatine', alternatives: [] },
      { paragraph: 0, reading: 'He', occurrence: 0, received: 'Helium', alternatives: ['She'] },
      { paragraph: 1, reading: 'at', occurrence: 0, received: 'astatine', alternatives: [] },
    ]);
  });

  it('counts whole words only', () => {
    expect(wholeWordOccurrences('that cat sat at the mat', 'at')).toBe(1);
  });
});

describe('evidence in the ledger', () => {
  it('holds when the copy’s words contain the reading words as whole words, whatever the case or apostrophe', () => {
    expect(evidenceHolds('of the United States government over whether', 'over')).toBe(true);
    expect(evidenceHolds('the government whether', 'over')).toBe(false);
    expect(evidenceHolds('AN AMERICAN HAND IN ALL THIS', 'all this')).toBe(true);
    expect(evidenceHolds("that it's not regime change", 'it’s not')).toBe(true);
  });

  /** A ledger of one entry, validated. */
  const withEntry = (entry: Record<string, unknown>) => () =>
    validateLedger({ received: 'received/r.txt', article: 'articles/a.md', edits: [entry] }, 'l.yaml');

  it('fails the ledger on evidence that does not contain the reading words, naming the entry and field', () => {
    expect(
      withEntry({
        paragraph: 2,
        received: 'get',
        reading: 'come',
        kind: 'spinner',
        evidence: { copy: 'c', words: 'the time does arrive' },
      }),
    ).toThrow(
      /edit 1 \(paragraph 2, “get”\), field "evidence\.words": the evidence's "words" must contain the reading words/,
    );
  });

  it('refuses alternatives beside evidence: the copy settles the word', () => {
    expect(
      withEntry({
        paragraph: 2,
        received: 'get',
        reading: 'arrive',
        kind: 'spinner',
        alternatives: ['come'],
        evidence: { copy: 'c', words: 'does arrive' },
      }),
    ).toThrow(/field "alternatives": an entry with evidence has no "alternatives"/);
  });
});

describe('marks in the rendered article', () => {
  const index = buildAliasIndex([{ type: 'person', id: 'ana-silva', name: 'Ana', aliases: [] }]);
  const options = { index, href: () => '/x/', vocabulary };
  const body = 'We met at the hall at noon. He said so.\n\n“It is done at last,” Ana said.';

  it('underlines each guess at its own occurrence, with its note in words, and daggers unchecked quotations', async () => {
    const { doubts } = restorationChecks(received, ledger);
    const { html, doubtsUnplaced } = await renderMarkdown(body, options, { doubts, checkedParagraphs: [1] });
    expect(doubtsUnplaced).toBe(0);
    const marked = [...html.matchAll(/<span class="doubt"[^>]*>([^<]*)<span class="sr-only"[^>]*>/g)].map((m) => m[1]);
    expect(marked).toEqual(['at', 'He', 'at']);
    // The second "at" of the first paragraph is the guess; the first one was checked against a copy.
    expect(html).toContain('We met at the hall <span class="doubt"');
    expect(html).toContain('the copy received had “Helium”; other readings: She');
    // Paragraph 2 was checked against no copy: its quotation carries the dagger after its reference.
    expect(html.match(/class="unchecked"/g)).toHaveLength(1);
    expect(html).toMatch(/<\/sup><span class="unchecked" title="not checked against a copy of the original"[^>]*>/);
  });

  it('marks nothing when the ledger restored no words', async () => {
    const { html } = await renderMarkdown(body, options);
    expect(html).not.toContain('doubt');
    expect(html).not.toContain('unchecked');
  });
});

describe('the evidence’s copy', () => {
  it('must be one the article lists in provenance.copies', async () => {
    const { checkIntegrity } = await import('../../src/derive/integrity.ts');
    const body = 'We met at the hall at noon. He said so.\n\n“It is done at last,” Ana said.';
    const article = {
      slug: 'a',
      file: 'content/articles/a.md',
      body,
      data: {
        provenance: {
          received: 'r.txt',
          copies: [{ id: 'print', url: 'https://example.org/', kind: 'print', paragraphs: [] }],
        },
      },
    };
    const content = {
      articles: [article],
      ledgers: new Map([['a', { file: 'content/ledgers/a.yaml', ledger, received }]]),
    } as unknown as Parameters<typeof checkIntegrity>[0];
    expect(checkIntegrity(content)).toEqual([
      {
        file: 'content/ledgers/a.yaml',
        field: 'edits.1.evidence.copy',
        message:
          'names the copy "c", which content/articles/a.md does not list: add it to provenance.copies (id, url, kind) or use one of print.',
      },
    ]);
  });
});
