import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/analysis/integrity/word-diff.ts';

describe('wordDiff', () => {
  it.each([
    ['identical texts', ['a b c'], ['a b c'], []],
    [
      'a replaced word',
      ['he said astatine noon'],
      ['he said at noon'],
      [{ paragraph: 0, before: 'astatine', after: 'at', context: 'he said' }],
    ],
    [
      'a removed word',
      ['statements. answer.'],
      ['statements.'],
      [{ paragraph: 0, before: ' answer.', after: '', context: 'statements.' }],
    ],
    ['a changed quotation mark', ['« it'], ['“it'], [{ paragraph: 0, before: '« ', after: '“', context: '' }]],
    [
      'a merged paragraph',
      ['one.', 'two.'],
      ['one. two.'],
      [{ paragraph: 0, before: '\n\n', after: ' ', context: 'one.' }],
    ],
    [
      'a change in the second paragraph',
      ['one.', 'two words'],
      ['one.', 'two word'],
      [{ paragraph: 1, before: 'words', after: 'word', context: 'one. ¶ two' }],
    ],
  ])('%s', (_, before, after, hunks) => {
    expect(wordDiff(before, after)).toEqual(hunks);
  });
});
