import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences as split } from '../../src/analysis/sentences.ts';

const splitSentences = (text: string) => split(text).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    [
      'titles and initials',
      'Gen. Mark A. Milley spoke. Mr. Sullivan did not.',
      ['Gen. Mark A. Milley spoke.', 'Mr. Sullivan did not.'],
    ],
    ['dotted abbreviations', 'The U.S. Army grew. Then it shrank.', ['The U.S. Army grew.', 'Then it shrank.']],
    [
      'a quotation that ends a sentence',
      '“Seize the moment,” he said. “Now.” She left.',
      ['“Seize the moment,” he said.', '“Now.”', 'She left.'],
    ],
    ['months', 'On Nov. 10, he spoke. It rained.', ['On Nov. 10, he spoke.', 'It rained.']],
    ['no split before lower case', 'It cost $4.5 million. e.g. this.', ['It cost $4.5 million. e.g. this.']],
    ['questions', 'Do they know? Can we check?', ['Do they know?', 'Can we check?']],
  ])('%s', (_, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('finds the sentence around an offset', () => {
    const text = 'First one. Mr. Biden said no. Last one.';
    expect(sentenceAt(text, text.indexOf('Biden'))).toBe('Mr. Biden said no.');
    expect(sentenceAt(text, 0)).toBe('First one.');
    expect(sentenceAt(text, text.length - 1)).toBe('Last one.');
  });
});

describe('“No.”', () => {
  it.each([
    ['Mr. Biden quickly said no. Then he left.', ['Mr. Biden quickly said no.', 'Then he left.']],
    ['It ranked No. 2 in the list. Then it fell.', ['It ranked No. 2 in the list.', 'Then it fell.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});
