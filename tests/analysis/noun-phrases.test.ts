/** The described-subject finder: which noun phrase before a reporting verb is its source, and what kind it is. */
import { describe, expect, test } from 'vitest';
import {
  describedSubjectAt,
  describedSubjectBefore,
  headOfDescription,
  isGroup,
  isOnePerson,
  nounLexicon,
  pluralOf,
} from '../../src/analysis/noun-phrases.ts';
import { isNounUse } from '../../src/analysis/agents.ts';
import { vocabulary } from './helpers.ts';
import type { AttributionVocabulary } from '../../src/model/vocabulary.ts';

// The tests' own lexicon: the frozen vocabulary's lists and a few nouns of each kind, so that they do not depend on
// what editors add to content/policy.
const lexicon = nounLexicon({
  ...vocabulary,
  sourceNouns: ['resident', 'member', 'engineer', 'spokesman', 'volunteer', 'foreman', 'nurse', 'judge', 'patroller'],
  organisationNouns: ['company', 'board', 'council', 'agency'],
  collectiveNouns: ['staff'],
  documentNouns: [...vocabulary.documentNouns, 'record', 'log'],
} as AttributionVocabulary);

/** The subject of the verb that follows `lead` in `lead + ' said.'`. */
const before = (lead: string) => describedSubjectBefore(`${lead} said.`, 0, lead.length + 1, lexicon);

describe('pluralOf', () => {
  test.each([
    ['resident', 'residents'],
    ['spokesman', 'spokesmen'],
    ['agency', 'agencies'],
    ['witness', 'witnesses'],
    ['person', 'people'],
    ['day', 'days'],
  ])('%s → %s', (singular, plural) => expect(pluralOf(singular)).toBe(plural));
});

describe('describedSubjectBefore', () => {
  test.each([
    // [lead, description, head, kind, definite, plural]
    ['Residents', 'Residents', 'residents', 'person', false, true],
    ['Some residents on Mill Road', 'Some residents on Mill Road', 'residents', 'person', false, true],
    ['Two members of the town council', 'Two members of the town council', 'members', 'person', false, true],
    [
      'Two members of the board, who asked not to be named,',
      'Two members of the board, who asked not to be named',
      'members',
      'person',
      false,
      true,
    ],
    ['A spokesman for the Forestry Agency', 'A spokesman for the Forestry Agency', 'spokesman', 'person', false, false],
    ['Nurses I worked beside for decades', 'Nurses I worked beside for decades', 'nurses', 'person', false, true],
    ['one of the patrollers', 'one of the patrollers', 'patrollers', 'person', false, true],
    ['Three of the seven chief judges', 'Three of the seven chief judges', 'judges', 'person', false, true],
    ['Two of them', 'Two of them', 'them', 'person', false, true],
    ['Library staff', 'Library staff', 'staff', 'person', false, true],
    ['The foreman', 'The foreman', 'foreman', 'person', true, false],
    ['The company', 'The company', 'company', 'organisation', true, false],
    ['The 64-page report', 'The 64-page report', 'report', 'document', true, false],
    [
      'Maintenance logs obtained through a records request',
      'Maintenance logs obtained through a records request',
      'logs',
      'document',
      false,
      true,
    ],
    ['On Monday, engineers', 'engineers', 'engineers', 'person', false, true],
    ['Some engineers have', 'Some engineers', 'engineers', 'person', false, true],
  ])('%s', (lead, description, head, kind, definite, plural) => {
    expect(before(lead)).toMatchObject({ description, head, kind, definite, plural });
  });

  test.each([
    // A name is the subject, not a description.
    'Ana Silva',
    // A noun phrase that does not open its clause is an object or a complement.
    'Parents told the engineers',
    'He met two residents and',
    // A description does not end on a conjunction ("a Europe adviser to President Obama and recently wrote").
    'a member of the board and',
    // No head noun of the lexicon.
    'The weather',
  ])('nothing in %s', (lead) => expect(before(lead)).toBeNull());

  test('nothing in a quotation counts as the phrase', () => {
    const text = '“The residents are fine,” said one nurse.';
    expect(describedSubjectBefore(text, 0, text.indexOf('said'), lexicon)).toBeNull();
  });
});

describe('describedSubjectAt', () => {
  test.each([
    ['two senior engineers, who asked', 'two senior engineers', 'person'],
    ['county tax records show', 'county tax records', 'document'],
    ['the members of the council on Monday', 'the members of the council', 'person'],
    ['one senior nurse.', 'one senior nurse', 'person'],
  ])('%s', (text, description, kind) => {
    expect(describedSubjectAt(text, 0, lexicon)).toMatchObject({ description, kind });
  });

  test('nothing after a verb that names no one', () => {
    expect(describedSubjectAt('that the plan was late.', 0, lexicon)).toBeNull();
  });
});

describe('descriptions of unnamed sources', () => {
  test.each([
    ['a volunteer at the shelter', 'volunteer', true, false],
    ['one nurse', 'nurse', true, false],
    ['two members of the council', 'members', false, true],
    ['staff at the library', 'staff', false, true],
  ])('%s', (who, head, one, group) => {
    expect(headOfDescription(who, lexicon)).toBe(head);
    expect(isOnePerson(who, lexicon)).toBe(one);
    expect(isGroup(who, lexicon)).toBe(group);
  });
});

describe('isNounUse', () => {
  test.each([
    ['Analysts wrote in a note to clients.', 'note', true],
    ['He spoke on the earnings call on Monday.', 'call', true],
    ['Officials note that the plan is late.', 'note', false],
    ['“It is late,” the company said.', 'said', false],
  ])('%s', (text, word, noun) => {
    expect(isNounUse(text, text.indexOf(word), word)).toBe(noun);
  });
});
