import { describe, expect, test } from 'vitest';
import { alternation } from '../../src/model/vocabulary.ts';
import { parseAttributionVocabulary } from '../../src/parse/policy-files.ts';
import { vocabulary } from './helpers.ts';

const file = 'content/policy/attribution-vocabulary.yaml';
const lists = [
  'reportingVerbs',
  'outletVerbs',
  'invertedVerbs',
  'anonymousNouns',
  'anonymousModifiers',
  'anonymousQualifiers',
  'outletSubjects',
  'ownStaffSubjects',
  'documentNouns',
  'venueNouns',
  'policyNotePhrases',
];
const valid = `${lists.map((l) => `${l}: [word]`).join('\n')}\npolicyNoteMinimum: 2\n`;

describe('parseAttributionVocabulary', () => {
  test('the real file parses, lower-cased, with curly apostrophes made straight', () => {
    expect(vocabulary.reportingVerbs).toContain('said');
    expect(vocabulary.anonymousNouns).toContain('officials');
    expect(vocabulary.policyNoteMinimum).toBeGreaterThan(0);
    expect(
      parseAttributionVocabulary(valid.replace('reportingVerbs: [word]', 'reportingVerbs: [Didn’t]'), file)
        .reportingVerbs,
    ).toEqual(["didn't"]);
  });

  test.each([
    {
      name: 'not a mapping',
      text: '- said',
      message: `${file}: expected a mapping of word lists, found a list with "said"`,
    },
    {
      name: 'a missing list',
      text: valid.replace('outletVerbs: [word]\n', ''),
      message: `${file}: field "outletVerbs" should be a non-empty list of words, found nothing`,
    },
    {
      name: 'an empty list',
      text: valid.replace('venueNouns: [word]', 'venueNouns: []'),
      message: `${file}: field "venueNouns" should be a non-empty list of words, found an empty list`,
    },
    {
      name: 'a misspelt field',
      text: `${valid}reportingVerb: [said]\n`,
      message: `${file}: unknown field "reportingVerb"; did you mean "reportingVerbs"?`,
    },
    {
      name: 'a bad minimum',
      text: valid.replace('policyNoteMinimum: 2', 'policyNoteMinimum: two'),
      message: `${file}: field "policyNoteMinimum" should be a whole number of 1 or more, found "two"`,
    },
  ])('error for the editor: $name', ({ text, message }) => {
    expect(() => parseAttributionVocabulary(text, file)).toThrow(message);
  });
});

describe('alternation', () => {
  test('longest first, regex characters escaped, apostrophes and spaces made loose', () => {
    expect(alternation(['reported', 'first reported', 'u.s.', "officials'"])).toBe(
      "first\\s+reported|officials['’]|reported|u\\.s\\.",
    );
  });
});
