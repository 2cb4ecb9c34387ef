import { describe, expect, it } from 'vitest';
import { placeNotes } from '../../src/analysis/integrity/editor-notes.ts';
import { validateLedger } from '../../src/model/ledger.ts';
import { renderMarkdown } from '../../src/markdown/processor.ts';
import { buildAliasIndex } from '../../src/analysis/alias-index.ts';
import { vocabulary } from '../analysis/helpers.ts';

const received = 'Headline\nThe mayor spoke on Tuesday.\nShe left on Friday.';
const ledger = (notes: unknown[]) =>
  validateLedger(
    {
      received: 'received/r.txt',
      article: 'articles/a.md',
      edits: [{ paragraph: 1, received: 'Headline', reading: '', kind: 'structure' }],
      notes,
    },
    'l.yaml',
  );
const note = {
  paragraph: 2,
  words: 'on Tuesday',
  note: 'It was a Wednesday.',
  source: 'The council minutes',
  date: '2024-03-13',
};

describe("editors' notes", () => {
  it('are placed in the reading edition’s paragraph of their received paragraph', () => {
    expect(placeNotes(received, ledger([note]))).toEqual({
      notes: [
        {
          paragraph: 0,
          words: 'on Tuesday',
          note: 'It was a Wednesday.',
          source: 'The council minutes',
          date: '2024-03-13',
        },
      ],
      problems: [],
    });
  });

  it('name the note whose words are not in its paragraph, and what to do', () => {
    expect(placeNotes(received, ledger([{ ...note, paragraph: 3 }])).problems).toEqual([
      'note 1: the words “on Tuesday” are not in paragraph 3 of the reading edition; quote them as the reading edition has them, from the received paragraph the note names.',
    ]);
  });

  it('refuse a date not written YYYY-MM-DD', () => {
    expect(() => ledger([{ ...note, date: '13 March' }])).toThrow(
      /notes\.0\.date.*YYYY-MM-DD|a date written YYYY-MM-DD/,
    );
  });

  it('are shown right after their paragraph, with their source', async () => {
    const options = { index: buildAliasIndex([]), href: () => '/x/', vocabulary };
    const { notes } = placeNotes(received, ledger([note]));
    const { html } = await renderMarkdown('The mayor spoke on Tuesday.\n\nShe left on Friday.', options, {
      doubts: [],
      notes,
    });
    expect(html).toMatch(
      /id="p-1">The mayor spoke on Tuesday\..*?<\/p>\n?<aside class="editors-note" role="note"><strong>Editors’ note: <\/strong>“on Tuesday”: It was a Wednesday\. <span class="meta">Source: The council minutes\.<\/span><\/aside>\n?<p id="p-2">/s,
    );
  });
});
