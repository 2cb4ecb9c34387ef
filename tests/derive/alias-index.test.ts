import { describe, expect, it } from 'vitest';
import { ambiguousAliases, buildAliasIndex, findMentions } from '../../src/analysis/alias-index.ts';

const index = buildAliasIndex([
  { type: 'person', id: 'joe-biden', name: 'Joe Biden', aliases: ['President Biden', 'Mr. Biden', 'Biden'] },
  {
    type: 'organisation',
    id: 'biden-administration',
    name: 'Biden administration',
    aliases: ['the Biden administration'],
  },
  { type: 'person', id: 'daniel-fried', name: 'Daniel Fried', aliases: ['Fried'] },
  { type: 'person', id: 'jake-sullivan', name: 'Jake Sullivan', aliases: ['Mr. Sullivan', 'Sullivan'] },
  { type: 'person', id: 'other-sullivan', name: 'Ann Sullivan', aliases: ['Sullivan'] },
  {
    type: 'organisation',
    id: 'us-department-of-defense',
    name: 'U.S. Department of Defense',
    aliases: ['the Pentagon', 'Pentagon'],
  },
]);

const found = (text: string) => findMentions(text, index).map((m) => `${m.id}:${m.text}@${m.start}`);

describe('findMentions', () => {
  it('finds a name of two words or more written in capitals, as newsletters print a first mention', () => {
    expect(found('Sen. JAKE SULLIVAN (D) and JOE BIDEN met.')).toEqual([
      'jake-sullivan:JAKE SULLIVAN@5',
      'joe-biden:JOE BIDEN@27',
    ]);
  });

  it('does not take a single word in capitals for a name', () => {
    expect(found('SULLIVAN and BIDEN and PENTAGON.')).toEqual([]);
  });

  it('takes a single word in capitals for a name only as a transcript’s turn label', () => {
    expect(found('BIDEN: Thank you. FRIED: no.')).toEqual(['joe-biden:BIDEN@0']);
    expect(found('**FRIED:** Good evening.')).toEqual(['daniel-fried:FRIED@2']);
    expect(found('Then BIDEN: nothing.')).toEqual([]);
  });

  it('finds an alias in lower case at the start of a sentence, and a body’s name after an article', () => {
    expect(found('The Pentagon said so.')).toEqual(['us-department-of-defense:The Pentagon@0']);
    expect(found('the u.S. Department of Defense')).toEqual([]);
    const bodies = buildAliasIndex([
      { type: 'organisation', id: 'prefecture', name: 'Prefecture of Haute-Lisière', aliases: [] },
    ]);
    expect(findMentions('said the prefecture of Haute-Lisière.', bodies).map((m) => m.text)).toEqual([
      'prefecture of Haute-Lisière',
    ]);
    expect(findMentions('the prefecture of haute-lisière', bodies)).toEqual([]);
  });

  it.each([
    ['the longest alias wins', 'The Biden administration said', ['biden-administration:The Biden administration@0']],
    [
      'the longest alias wins inside a sentence',
      'and the Biden administration',
      ['biden-administration:the Biden administration@4'],
    ],
    [
      'titles are part of the alias',
      'President Biden spoke; Mr. Biden left.',
      ['joe-biden:President Biden@0', 'joe-biden:Mr. Biden@23'],
    ],
    ['possessives still match', 'Biden’s advisers', ['joe-biden:Biden@0']],
    ['not inside a longer word', 'Friedman and Bidenomics', []],
    ['punctuation is a boundary', '(the Pentagon).', ['us-department-of-defense:the Pentagon@1']],
    ['matching is case-sensitive', 'the pentagon', []],
    ['an ambiguous alias is left unlinked', 'Sullivan said', []],
    ['a longer unambiguous alias still links', 'Mr. Sullivan said', ['jake-sullivan:Mr. Sullivan@0']],
    ['spacing must be as in the alias', 'Mr.  Biden and Mr.\nBiden', ['joe-biden:Biden@5', 'joe-biden:Biden@19']],
    ['a partial alias falls back to a shorter one', 'U.S. Department said Biden', ['joe-biden:Biden@21']],
    ['an alias ending in a dot does not run into a word', 'U.S. Department of Defenses', []],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('lists ambiguous aliases for editors', () => {
    expect(ambiguousAliases(index).map(([alias]) => alias)).toEqual(['Sullivan']);
  });

  it('finds nothing with an empty registry', () => {
    expect(findMentions('Biden', buildAliasIndex([]))).toEqual([]);
  });

  it('treats regular-expression characters in aliases literally', () => {
    const dotted = buildAliasIndex([{ type: 'organisation', id: 'us', name: 'U.S.', aliases: [] }]);
    expect(findMentions('the U.S. and UXSX', dotted).map((m) => m.text)).toEqual(['U.S.']);
  });
});

describe('findMentions with a big registry', () => {
  // A thousand people sharing twenty first names: the matcher must still find the one named, and the right one.
  const firsts = Array.from({ length: 20 }, (_, i) => `Name${String.fromCharCode(65 + i)}`);
  const people = Array.from({ length: 1000 }, (_, i) => ({
    type: 'person' as const,
    id: `p${i}`,
    name: `${firsts[i % 20]} Surname${i}`,
    aliases: [`Dr. ${firsts[i % 20]} Surname${i}`],
  }));
  const big = buildAliasIndex(people);

  it('finds each person by full name and by title, and no one by a first name alone', () => {
    for (const i of [0, 1, 499, 999]) {
      const name = `${firsts[i % 20]} Surname${i}`;
      const text = `Yesterday ${name} met Dr. ${name}; ${firsts[i % 20]} left.`;
      expect(findMentions(text, big).map((m) => `${m.id}:${m.text}`)).toEqual([`p${i}:${name}`, `p${i}:Dr. ${name}`]);
    }
  });
});
