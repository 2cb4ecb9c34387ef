import { describe, expect, it } from 'vitest';
import { creditWords, howSaid, markName } from '../../src/emit/views/wording.ts';

describe('howSaid', () => {
  it('drops the verb when the venue begins with it', () => {
    expect(howSaid('told', 'told reporters on Thursday')).toEqual(['told reporters on Thursday']);
    expect(howSaid('wrote', 'Wrote on the website')).toEqual(['Wrote on the website']);
  });
  it('keeps both when the venue is another phrase', () => {
    expect(howSaid('said', 'at a news conference')).toEqual(['said', 'at a news conference']);
    // "tol" is not the word "told".
    expect(howSaid('tol', 'told reporters')).toEqual(['tol', 'told reporters']);
  });
  it('prints what there is', () => {
    expect(howSaid('said', undefined)).toEqual(['said']);
    expect(howSaid(undefined, 'in a statement')).toEqual(['in a statement']);
    expect(howSaid(undefined, undefined)).toEqual([]);
  });
});

describe('creditWords', () => {
  it('puts a lead-in before the name, capitalised', () => {
    expect(creditWords('with help from')).toEqual({ before: 'With help from ', after: '.' });
    expect(creditWords('additional reporting by')).toEqual({ before: 'Additional reporting by ', after: '.' });
  });
  it('puts any other note after the name, as a sentence', () => {
    expect(creditWords('contributed reporting from Washington.')).toEqual({
      before: '',
      after: ' contributed reporting from Washington.',
    });
  });
  it('says something when there is no note', () => {
    expect(creditWords(undefined)).toEqual({ before: '', after: ' contributed to this article.' });
  });
});

describe('markName', () => {
  it('marks every whole-word occurrence of the name', () => {
    expect(markName('Mr. Lee met Lee Ann and Leeds.', 'Lee')).toEqual([
      { text: 'Mr. ', marked: false },
      { text: 'Lee', marked: true },
      { text: ' met ', marked: false },
      { text: 'Lee', marked: true },
      { text: ' Ann and Leeds.', marked: false },
    ]);
  });
  it('treats the name as text, not a pattern', () => {
    expect(markName('A (b) c', '(b)').filter((r) => r.marked)).toEqual([{ text: '(b)', marked: true }]);
  });
});
