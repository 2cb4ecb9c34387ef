import { describe, expect, test } from 'vitest';
import { sexesOfPeople } from '../../src/analysis/person-sex.ts';
import { findQuoteSpans, insideSpans } from '../../src/analysis/quote-spans.ts';
import { nounLexicon } from '../../src/analysis/noun-phrases.ts';
import { findMentions, vocabulary } from './helpers.ts';

const lexicon = nounLexicon({ ...vocabulary, sourceNouns: ['judge', 'nurse'] });

function sexes(paragraphs: string[]) {
  const spans = paragraphs.map((p) => findQuoteSpans(p));
  const mentions = paragraphs.map((p, i) => findMentions(p).filter((m) => !insideSpans(spans[i] ?? [], m.start)));
  return Object.fromEntries(sexesOfPeople(paragraphs, mentions, spans, lexicon));
}

describe('sexesOfPeople', () => {
  test.each([
    {
      name: 'a courtesy title before the name',
      paragraphs: ['Ms. Ana Silva voted.'],
      expected: { 'ana-silva': 'female' },
    },
    {
      name: '“he” after the one person a sentence names',
      paragraphs: ['Maria Lopez said he would not resign.'],
      expected: { 'maria-lopez': 'male' },
    },
    {
      name: '““…,” she said” after a sentence whose subject is the one person named',
      paragraphs: ['Ana Silva, who ran twice, conceded on Tuesday. “The voters were clear,” she said.'],
      expected: { 'ana-silva': 'female' },
    },
  ])('$name', ({ paragraphs, expected }) => expect(sexes(paragraphs)).toEqual(expected));

  test.each([
    { name: 'two people named in the sentence', paragraphs: ['Ana Silva told Maria Lopez she would go.'] },
    { name: '“his” and “her” are not read', paragraphs: ['Ana Silva disputed her account.'] },
    { name: 'a word for another person', paragraphs: ['Ana Silva said his wife said she would go.'] },
    { name: 'a described person', paragraphs: ['The judge wrote that Ana Silva had lied, and she rejected bail.'] },
    { name: '“her” before the name', paragraphs: ['Her manager, Ana Silva, said she would speak later.'] },
    { name: 'a transcript’s turn', paragraphs: ['Maria Lopez: She told me it was over.'] },
    { name: 'evidence both ways', paragraphs: ['Ana Silva said he left.', 'Ana Silva said she left.'] },
  ])('nothing from $name', ({ paragraphs }) => expect(sexes(paragraphs)).toEqual({}));
});
