import { describe, expect, it, test } from 'vitest';
import { findQuoteSpans } from '../../src/analysis/quote-spans.ts';
import { splitSentences } from '../../src/analysis/sentences.ts';

describe('findQuoteSpans', () => {
  test.each([
    { text: 'No quotes.', expected: [] },
    { text: '“Curly,” he said.', expected: [{ text: 'Curly,', closed: true, start: 0, end: 8 }] },
    { text: '"Straight," he said. "Again."', expected: [{ text: 'Straight,' }, { text: 'Again.' }] },
    { text: '« French, » he said.', expected: [{ text: 'French,', closed: true }] },
    { text: '“Mixed marks ».', expected: [{ text: 'Mixed marks', closed: true }] },
    {
      text: '“Runs on into the next paragraph.',
      expected: [{ text: 'Runs on into the next paragraph.', closed: false, end: 33 }],
    },
    { text: 'It’s Biden’s call.', expected: [] },
  ])('$text', ({ text, expected }) => {
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(spans[i]).toMatchObject(e));
  });
});

describe('splitSentences', () => {
  test.each([
    { text: 'One. Two.', expected: ['One.', 'Two.'] },
    {
      text: 'Gen. Mark A. Milley spoke. Mr. Biden did not.',
      expected: ['Gen. Mark A. Milley spoke.', 'Mr. Biden did not.'],
    },
    { text: 'The U.S. Army left. Then what?', expected: ['The U.S. Army left.', 'Then what?'] },
    { text: '“Go.” He added: “Now.”', expected: ['“Go.”', 'He added: “Now.”'] },
    { text: 'Talks, he said. “Maybe.”', expected: ['Talks, he said.', '“Maybe.”'] },
  ])('$text', ({ text, expected }) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  test('boundaries inside masked ranges (quotations) are ignored', () => {
    const text = '“Up to them. Not us,” he said. Then he left.';
    expect(splitSentences(text, findQuoteSpans(text)).map((s) => s.text)).toEqual([
      '“Up to them. Not us,” he said.',
      'Then he left.',
    ]);
  });
});

describe('quotations in single marks (British style)', () => {
  const texts = (p: string) => findQuoteSpans(p).map((s) => [s.text, s.closed]);
  it.each([
    [
      '‘We are done,’ said Mr Hughes, ‘and the workers’ pay is safe.’',
      [
        ['We are done,', true],
        ['and the workers’ pay is safe.', true],
      ],
    ],
    ["'It's the councillors' decision,' she said.", [["It's the councillors' decision,", true]]],
    ['He called it ‘silly’ and said the ’90s were over.', [['silly', true]]],
    [
      '‘The plan,’ Dr Patel said, ‘is to start in the spring',
      [
        ['The plan,', true],
        ['is to start in the spring', false],
      ],
    ],
    ['‘She told me, "We are done," and left,’ he said.', [['She told me, "We are done," and left,', true]]],
    ["Don't panic, O'Neill said.", []],
  ])('%s', (paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });

  it('keeps reading double marks first where a paragraph opens with them, nested single marks inside', () => {
    expect(texts('"She said \'no\' twice," he recalled.')).toEqual([["She said 'no' twice,", true]]);
  });
});
