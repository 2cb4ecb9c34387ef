/** Descriptions tied to people through the roles the registry gives them on the article's date. */
import { describe, expect, test } from 'vitest';
import { extractAttributions } from '../../src/analysis/attributions.ts';
import { extractQuotes } from '../../src/analysis/quotes.ts';
import { roleHolders } from '../../src/analysis/role-holders.ts';
import { findMentions, vocabulary } from './helpers.ts';

const people = [
  { id: 'ana-silva', roles: [{ title: 'General, U.S. Army', from: '2019-01-01', to: '2023-09-30' }] },
  { id: 'maria-lopez', roles: [{ title: 'National Security Adviser', from: '2021-01-20', to: '2025-01-20' }] },
  { id: 'jake-sullivan', roles: [{ title: 'Chairman of the Board', from: '2010-01-01', to: '2015-12-31' }] },
  { id: 'daniel-fried', roles: [{ title: 'General Counsel' }] },
];
const everyone = new Set(people.map((p) => p.id));

describe('roleHolders', () => {
  const on2022 = roleHolders(people, '2022-11-10');
  test.each([
    ['the general', everyone, null], // two people's titles hold "general": no one is guessed
    ['the general', new Set(['ana-silva', 'maria-lopez']), 'ana-silva'],
    ['the president’s national security adviser', everyone, 'maria-lopez'],
    ['the chairman', everyone, null], // held until 2015 only
    ['the spokesman', everyone, null],
  ])('%s', (description, named, id) => {
    expect(on2022(description, named)).toBe(id);
  });

  test('a role held on the date, not before it', () => {
    expect(roleHolders(people, '2012-05-01')('the chairman', everyone)).toBe('jake-sullivan');
  });
});

describe('the analysis reads roles', () => {
  const holders = roleHolders(people, '2022-11-10');
  const paragraphs = [
    'Ana Silva met Maria Lopez on Monday.',
    'The president’s national security adviser said the talks would go on. “We are not done,” the general said.',
  ];

  test('an attribution to a role is its holder', () => {
    const found = extractAttributions(paragraphs, findMentions, vocabulary, holders);
    expect(found.map((a) => a.person)).toEqual(['maria-lopez', 'ana-silva']);
  });

  test('a quotation spoken by a role is its holder’s; without the registry’s roles it stays a description', () => {
    const [quote] = extractQuotes(paragraphs, findMentions, vocabulary, holders);
    expect(quote?.speaker).toEqual({ id: 'ana-silva', type: 'person' });
    const [bare] = extractQuotes(paragraphs, findMentions, vocabulary);
    expect(bare?.speaker).toEqual({ description: 'the general' });
  });
});
