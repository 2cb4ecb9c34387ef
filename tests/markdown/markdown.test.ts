import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../src/analysis/alias-index.ts';
import { renderMarkdown } from '../../src/markdown/processor.ts';
import { readAttributionVocabulary } from '../../src/parse/read-policy.ts';
import { createUrls } from '../../src/model/urls.ts';

// Fixture folders: input.md is rendered through the site's real pipeline and compared with output.html.
// To accept a deliberate change, or draft a new fixture's output, run with UPDATE_FIXTURES=1 and review output.html.
const FIXTURES = join(import.meta.dirname, 'fixtures');
const index = buildAliasIndex([
  { type: 'person', id: 'joe-biden', name: 'Joe Biden', aliases: ['President Biden', 'Biden'] },
  { type: 'person', id: 'jake-sullivan', name: 'Jake Sullivan', aliases: ['Mr. Sullivan'] },
  {
    type: 'organisation',
    id: 'us-department-of-defense',
    name: 'U.S. Department of Defense',
    aliases: ['the Pentagon'],
  },
]);
const options = { index, href: createUrls('/news/').entity, vocabulary: readAttributionVocabulary('content') };

describe('Markdown pipeline fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, async () => {
      const input = readFileSync(join(FIXTURES, name, 'input.md'), 'utf8');
      const { html } = await renderMarkdown(input, options);
      const expectedPath = join(FIXTURES, name, 'output.html');
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, html);
      // A fixture without its expected output fails: writing it here would pass on the first run whatever came out.
      if (!existsSync(expectedPath))
        throw new Error(`${name}/output.html is missing: write the expected HTML (UPDATE_FIXTURES=1 drafts it).`);
      expect(html).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});

describe('what the pipeline records', () => {
  it('records paragraphs and located mentions', async () => {
    const { paragraphs, mentions } = await renderMarkdown(
      'Intro.\n\nThen President Biden met Mr. Sullivan.\n',
      options,
    );
    expect(paragraphs).toEqual([
      { id: 'p-1', number: 1, text: 'Intro.' },
      { id: 'p-2', number: 2, text: 'Then President Biden met Mr. Sullivan.' },
    ]);
    expect(mentions).toEqual([
      { type: 'person', id: 'joe-biden', text: 'President Biden', paragraph: 'p-2', offset: 5 },
      { type: 'person', id: 'jake-sullivan', text: 'Mr. Sullivan', paragraph: 'p-2', offset: 25 },
    ]);
  });

  it('offsets count text across inline markup', async () => {
    const { paragraphs, mentions } = await renderMarkdown('A *quick* word with Biden.\n', options);
    const [mention] = mentions;
    expect(paragraphs[0]!.text.slice(mention!.offset, mention!.offset + 5)).toBe('Biden');
  });

  it('links the first mention of an entity in each section and keeps later ones quiet, recording all', async () => {
    const { html, mentions } = await renderMarkdown(
      'Biden spoke. Later Biden left.\n\nMr. Biden returned.\n\n## After\n\nBiden again.\n',
      options,
    );
    const links = [...html.matchAll(/<a class="entity"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
    const quiet = [
      ...html.matchAll(/<span class="entity" data-entity="person" data-entity-id="joe-biden">([^<]*)<\/span>/g),
    ];
    expect(links).toEqual(['Biden', 'Biden']);
    expect(quiet.map((m) => m[1])).toEqual([mentions[1]!.text, mentions[2]!.text]);
    expect(mentions.map((m) => m.paragraph)).toEqual(['p-1', 'p-1', 'p-2', 'p-3']);
  });

  it('applies the base path to entity links', async () => {
    const { html } = await renderMarkdown('Biden.', options);
    expect(html).toContain('href="/news/people/joe-biden/"');
  });
});
