import { describe, expect, test } from 'vitest';
import { isSourcingPolicyNote, paragraphRoles } from '../../src/analysis/sourcing-policy.ts';
import { vocabulary } from './helpers.ts';

const timesNote =
  'What we consider before using anonymous sources. Do the sources know the information? What’s their motivation ' +
  'for telling us? Have they proved reliable in the past? Can we corroborate the information? Even with these ' +
  'questions satisfied, The Times uses anonymous sources as a last resort. The reporter and at least one editor ' +
  'know the identity of the source.';

describe('isSourcingPolicyNote', () => {
  test.each([
    { name: 'the Times note', text: timesNote, policy: true },
    {
      name: 'two phrases are enough',
      text: 'Before using anonymous sources, can we corroborate the information?',
      policy: true,
    },
    {
      name: 'must not match: news that mentions anonymous sources once',
      text: 'The report relied on anonymous sources.',
      policy: false,
    },
    {
      name: 'must not match: one phrase alone',
      text: 'Diplomacy is a last resort; Moscow uses anonymous sources as a last resort too.',
      policy: false,
    },
    { name: 'must not match: an ordinary paragraph', text: 'Officials said the talks had stalled.', policy: false },
  ])('$name', ({ text, policy }) => {
    expect(isSourcingPolicyNote(text, vocabulary)).toBe(policy);
  });

  test('paragraphRoles marks only the note', () => {
    expect(paragraphRoles(['Officials said so.', timesNote], vocabulary)).toEqual(['text', 'policy']);
  });

  test('the phrases are data: a vocabulary without them finds no note', () => {
    expect(isSourcingPolicyNote(timesNote, { ...vocabulary, policyNotePhrases: ['editorial standards'] })).toBe(false);
  });
});
