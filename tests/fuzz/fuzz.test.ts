/**
 * Property-based tests of the parse stage and the Markdown pipeline with generated frontmatter, Markdown and bytes
 * (fast-check): never a crash without a file name, never a raw control character, script, event handler or
 * `javascript:` address in the output, never text lost from a benign input. Bounded to run in well under a minute;
 * on a failure fast-check prints the seed and the shrunk case, and FUZZ_SEED=<seed> replays it.
 */
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../src/analysis/alias-index.ts';
import { createProcessor, renderWith } from '../../src/markdown/processor.ts';
import { createUrls } from '../../src/model/urls.ts';
import { forbiddenCharacters } from '../../src/model/text-policy.ts';
import { parseArticle, parsePerson } from '../../src/parse/parse-file.ts';
import { readAttributionVocabulary } from '../../src/parse/read-policy.ts';
import { CONTENT } from '../helpers.ts';

const FILE = 'content/articles/fuzz.md';
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const runs = (n: number) => ({ numRuns: n, ...(seed !== undefined && { seed }) });
const processor = createProcessor({
  index: buildAliasIndex([
    { type: 'person', id: 'ana-silva', name: 'Ana Silva', aliases: ['Silva'] },
    { type: 'organisation', id: 'acme', name: 'Acme Corporation', aliases: ['Acme'] },
  ]),
  href: createUrls('/').entity,
  vocabulary: readAttributionVocabulary(CONTENT),
});

/** Pieces of hostile and awkward Markdown, mixed with plain text by the generators. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '<a href="javascript&#58;alert(1)">x</a>',
  '<a href="&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58;alert(1)">x</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<a href="https://ok.example/\u202Eevil">x</a>',
  '<form action="https://evil.example"><button>x</button></form>',
  '<details open ontoggle=alert(1)>',
  '"quoted," said Ana Silva.',
  '**bold** _it_ `code` ~~no~~',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '[^1]\n\n[^1]: A note.',
  '> quote\n> more',
  '- a\n- b',
  '\u0000\u0007\u001B\u0085\uD800',
];

const markdown = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 40 })),
      fc.constantFrom(' ', '\n', '\n\n'),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

/** Everything a page must never hold, found in rendered HTML parsed again as a browser would. */
function dangers(html: string): string[] {
  const tree: Root = fromHtml(html, { fragment: true });
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (['script', 'iframe', 'object', 'embed', 'form', 'style', 'svg', 'base', 'meta'].includes(node.tagName))
      found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${name} on <${node.tagName}>`);
      if (typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value)) found.push(`${name}=${value}`);
      if (typeof value === 'string' && forbiddenCharacters(value).length)
        found.push(`a forbidden character in ${name}`);
    }
  });
  visit(tree, 'text', (node) => {
    const [bad] = forbiddenCharacters(node.value);
    if (bad) found.push(`${bad.codePoint} in text`);
  });
  return found;
}

describe('fuzzing', () => {
  it('the parse stage never crashes on any bytes, and every problem names the file', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => `---\n${s}\n---\n${s}`),
        ),
        (input) => {
          for (const result of [parseArticle(FILE, 'fuzz', input), parsePerson('content/people/x.yaml', 'x', input)]) {
            if (result.ok) continue;
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) expect(problem.file).toMatch(/^content\//);
          }
        },
      ),
      runs(15000),
    );
  });

  it('frontmatter with any text in its fields is refused with the field named, or accepted without a forbidden character', () => {
    const text = fc.string({ unit: 'binary', maxLength: 30 });
    fc.assert(
      fc.property(text, text, fc.array(text, { maxLength: 3 }), (title, dek, places) => {
        const source = [
          '---',
          `title: ${JSON.stringify(title)}`,
          `dek: ${JSON.stringify(dek)}`,
          'date: 2022-11-10',
          'publication: acme',
          'authors: [ana-silva]',
          `places: ${JSON.stringify(places)}`,
          'provenance:',
          '  received: x.txt',
          '---',
          '',
          'A body.',
          '',
        ].join('\n');
        const result = parseArticle(FILE, 'fuzz', source);
        if (!result.ok) {
          for (const problem of result.problems) expect(problem.file).toBe(FILE);
          return;
        }
        const { data } = result.value;
        for (const value of [data.title, data.dek ?? '', ...data.places])
          expect(forbiddenCharacters(value), JSON.stringify(value)).toEqual([]);
      }),
      runs(5000),
    );
  });

  it('the Markdown pipeline never lets a script, a handler, a javascript: address or a control character through', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (source) => {
        const { html } = await renderWith(processor, source);
        expect(dangers(html)).toEqual([]);
      }),
      runs(4000),
    );
  });

  it('never loses a word of benign text', async () => {
    const word = fc.stringMatching(/^[A-Za-z][a-z]{1,9}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
    await fc.assert(
      fc.asyncProperty(fc.array(sentence, { minLength: 1, maxLength: 6 }), async (paragraphs) => {
        const { html } = await renderWith(processor, paragraphs.join('\n\n'));
        const text = toString(fromHtml(html, { fragment: true }));
        for (const paragraph of paragraphs) expect(text).toContain(paragraph);
      }),
      runs(2000),
    );
  });
});
