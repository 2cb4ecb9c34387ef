import { describe, expect, test } from 'vitest';
import { extractAttributions, type Attribution } from '../../src/analysis/attributions.ts';
import { findMentions, vocabulary } from './helpers.ts';

/** Each case: one paragraph, and the attributions expected from it (only the fields listed are compared). */
// The frozen vocabulary, with the nouns for an outlet content/policy lists.
const withOutletNouns = { ...vocabulary, outletNouns: ['newspaper', 'paper'] };

const cases: Array<{ name: string; text: string; expected: Array<Partial<Attribution>> }> = [
  {
    name: 'an outlet by its noun closes a sentence: “…, the newspaper said” is another outlet’s reporting',
    text: 'Maria Lopez said the port was shut, the newspaper said.',
    expected: [
      { kind: 'named', person: 'maria-lopez' },
      { kind: 'outlet', who: 'the newspaper' },
    ],
  },
  {
    name: 'must not match: a passive is no one’s claim (“have been told”)',
    text: 'Two officials have been told to stay home since Monday.',
    expected: [],
  },
  {
    name: 'a live blog’s time and dash are not part of the description after them',
    text: '7:15 p.m. — Official warns residents to stay home.',
    expected: [{ kind: 'anonymous', who: 'Official' }],
  },
  {
    name: 'must not match: an inverted verb after a subject of its own takes no speaker after it',
    text: 'Tesmonte says farmers downstream lost a third of their harvest.',
    expected: [],
  },
  {
    name: 'a sentence ending “, according to …” has that source too, besides its own verb',
    text: 'Maria Lopez said the bridge was unsafe, according to three people familiar with the talks.',
    expected: [
      { kind: 'named', person: 'maria-lopez' },
      { kind: 'anonymous', who: 'three people familiar with the talks' },
    ],
  },
  {
    name: 'inside a quotation, a verb that introduces recounted words is a source of its own',
    text: '“Then Maria Lopez said, ‘Nobody leaves,’ and I stayed,” Ana Silva said.',
    expected: [
      { kind: 'named', person: 'maria-lopez' },
      { kind: 'named', person: 'ana-silva' },
    ],
  },
  {
    name: 'must not match: inside a quotation, a verb that recounts nothing in marks',
    text: '“Maria Lopez said it was fine, and it was,” Ana Silva said.',
    expected: [{ kind: 'named', person: 'ana-silva' }],
  },
  {
    name: 'named: X said',
    text: 'Maria Lopez said the plan would fail.',
    expected: [{ kind: 'named', person: 'maria-lopez', phrase: 'Maria Lopez said' }],
  },
  {
    name: 'named: said X, the role',
    text: '“No,” said Ana Silva, the chairwoman.',
    expected: [{ kind: 'named', person: 'ana-silva', phrase: 'said Ana Silva' }],
  },
  {
    name: 'named: appositive between name and verb',
    text: 'Jake Sullivan, the national security adviser, told reporters on Thursday that talks were far off.',
    expected: [{ kind: 'named', person: 'jake-sullivan' }],
  },
  {
    name: 'named: adverb and auxiliary',
    text: 'Mr. Biden quickly said no.',
    expected: [{ kind: 'named', person: 'joe-biden', phrase: 'Mr. Biden quickly said' }],
  },
  {
    name: 'named: pronoun resolved',
    text: 'Ana Silva left early. But, she added, the vote stands.',
    expected: [{ kind: 'named', person: 'ana-silva', phrase: 'she added' }],
  },
  {
    name: 'named: according to a person',
    text: 'The deal is close, according to Maria Lopez.',
    expected: [{ kind: 'named', person: 'maria-lopez' }],
  },
  {
    name: "not anonymous: a belief of a named person's advisers",
    text: 'While Mr. Biden’s advisers believe the war will be settled eventually, the talks wait.',
    expected: [],
  },
  {
    name: 'named: a person and their aides',
    text: 'Maria Lopez and her aides reiterated this week that the plan stands.',
    expected: [{ kind: 'named', person: 'maria-lopez' }],
  },
  {
    name: 'anonymous: a person familiar with',
    text: 'The deal was signed on Friday, a person familiar with the talks said.',
    expected: [{ kind: 'anonymous', who: 'a person familiar with the talks' }],
  },
  {
    name: 'anonymous: a belief of unnamed officials',
    text: 'The unrest makes some US officials believe that a new leader could follow.',
    expected: [{ kind: 'anonymous', who: 'some US officials' }],
  },
  {
    name: 'anonymous: a source described, not named',
    text: 'The vote is scheduled for next week, a guild spokesman said.',
    expected: [{ kind: 'anonymous', who: 'a guild spokesman' }],
  },
  {
    name: 'anonymous: a source described after an inverted verb',
    text: '“We are tired,” said one senior nurse on the night shift.',
    expected: [{ kind: 'anonymous', who: 'one senior nurse' }],
  },
  {
    name: 'document: a report as the subject',
    text: 'The 64-page report says that inspections had lapsed.',
    expected: [{ kind: 'document', who: 'The 64-page report' }],
  },
  {
    name: 'not an attribution: a passive verb',
    text: 'According to the talks, a deal could be announced next week.',
    expected: [],
  },
  {
    name: 'not anonymous: "they said" with no anonymous group before it',
    text: 'Maria Lopez and Ana Silva met on Friday. They said the vote would wait.',
    expected: [],
  },
  {
    name: 'anonymous: an administration official',
    text: 'An administration official confirmed the contacts.',
    expected: [{ kind: 'anonymous', who: 'An administration official' }],
  },
  {
    name: 'anonymous: officials said',
    text: 'The general, officials said, has argued for talks.',
    expected: [{ kind: 'anonymous', who: 'officials', phrase: 'officials said' }],
  },
  {
    name: 'anonymous: two people familiar with the deliberations',
    text: 'Putin may not escalate, according to two people familiar with the deliberations.',
    expected: [
      {
        kind: 'anonymous',
        who: 'two people familiar with the deliberations',
        phrase: 'according to two people familiar with the deliberations',
      },
    ],
  },
  {
    name: 'anonymous: some analysts have speculated',
    text: 'Some analysts have speculated that Putin is weak.',
    expected: [{ kind: 'anonymous', who: 'Some analysts' }],
  },
  {
    name: 'anonymous: according to officials informed about the discussions',
    text: 'He has argued for talks, according to officials informed about the discussions.',
    expected: [{ kind: 'anonymous', who: 'officials informed about the discussions' }],
  },
  {
    name: 'anonymous: some current and former officials',
    text: 'Some current and former officials said the nuance was lost.',
    expected: [{ kind: 'anonymous', who: 'Some current and former officials' }],
  },
  {
    name: 'anonymous: clause-final view',
    text: 'The cost will also rise, analysts believe.',
    expected: [{ kind: 'anonymous', who: 'analysts', phrase: 'analysts believe' }],
  },
  {
    name: 'outlet: The Wall Street Journal reported',
    text: 'The drones were refused, The Wall Street Journal reported.',
    expected: [{ kind: 'outlet', organisation: 'wall-street-journal', phrase: 'The Wall Street Journal reported' }],
  },
  {
    name: 'named, not another outlet: our colleagues ... reported (the outlet’s own staff)',
    text: 'Biden sought silence, our colleagues Alex Ward and Christina Gallardo reported this week.',
    expected: [{ kind: 'named', person: 'alex-ward', who: 'our colleagues Alex Ward and Christina Gallardo' }],
  },
  {
    name: 'outlet: colleagues at another paper reported',
    text: 'Biden sought silence, colleagues at Le Monde reported this week.',
    expected: [{ kind: 'outlet', who: 'colleagues at Le Monde' }],
  },
  {
    name: 'outlet: an outlet not in the registry',
    text: 'The talks collapsed, Le Monde reported.',
    expected: [{ kind: 'outlet', who: 'Le Monde' }],
  },
  {
    name: 'document: wrote on a website (not also named)',
    text: 'Daniel Fried, a former diplomat now at the Atlantic Council, wrote on the Just Security website.',
    expected: [{ kind: 'document', person: 'daniel-fried', who: 'the Just Security website' }],
  },
  {
    name: 'document: a newsletter',
    text: 'said Ian Bremmer, the chairman of Eurasia Group who first wrote about the backchannel in its weekly client newsletter.',
    expected: [
      { kind: 'named', person: 'ian-bremmer' },
      { kind: 'document', person: 'ian-bremmer', who: 'its weekly client newsletter' },
    ],
  },
  {
    name: 'document: according to a letter',
    text: 'Talks should start, according to a letter from House Democrats.',
    // The letter's description keeps who sent it.
    expected: [{ kind: 'document', who: 'a letter from House Democrats' }],
  },
  {
    name: 'every attribution counts: a source attributed twice in a paragraph is two attributions',
    text: 'Officials said no. Later, officials said yes.',
    expected: [
      { kind: 'anonymous', who: 'Officials', phrase: 'Officials said' },
      { kind: 'anonymous', who: 'officials', phrase: 'officials said' },
    ],
  },
  {
    name: "must not match: officials' families",
    text: "The officials' families said little, and officials’ aides declined to talk.",
    expected: [],
  },
  {
    name: 'must not match: officials doing something other than reporting',
    text: 'European officials try to decipher the signals.',
    expected: [],
  },
  { name: 'must not match: a verb inside a quotation', text: 'The sign read: “Officials said nothing.”', expected: [] },
  {
    name: 'must not match: "asked" with no speaker',
    text: 'Asked about the talks, the spokesman shrugged.',
    expected: [],
  },
  {
    name: 'named: "according to" a registered institution is the institution on the record',
    text: 'Aid will grow, according to the White House.',
    expected: [{ kind: 'named', organisation: 'white-house', phrase: 'according to the White House' }],
  },
  {
    name: 'document: "according to" an institution\'s own text is the text',
    text: "Aid will grow, according to the White House's own report.",
    expected: [{ kind: 'document', who: "the White House's own report" }],
  },
  {
    name: 'named: "per" a body, as newsletters write "according to"',
    text: 'The protest drew hundreds, per the White House.',
    expected: [{ kind: 'named', organisation: 'white-house', phrase: 'per the White House' }],
  },
  {
    name: 'document: "per" a text',
    text: 'Fares rise 5 per cent, per a letter from House Democrats.',
    expected: [{ kind: 'document', who: 'a letter from House Democrats' }],
  },
  { name: 'must not match: "per" a rate', text: 'They pay ten dollars per Person.', expected: [] },
  {
    name: 'named: a live blog’s credit after a quotation, “…” – X on Y',
    text: '“The doctors tell me two or three weeks.” – Maria Lopez on the injury',
    expected: [{ kind: 'named', person: 'maria-lopez', phrase: 'Maria Lopez on the injury' }],
  },
  {
    name: 'named: whoever issued a statement is a source',
    text: 'Later, the White House issued a statement saying the talks had stalled.',
    expected: [{ kind: 'named', organisation: 'white-house', phrase: 'the White House issued a statement saying' }],
  },
  {
    name: 'document: "according to" an institution\'s texts named after it',
    text: 'Aid will grow, according to White House memos.',
    expected: [{ kind: 'document', who: 'White House memos', phrase: 'according to White House memos' }],
  },
];

describe('extractAttributions', () => {
  test('anonymous: "they said" in the next paragraph is the anonymous group of the paragraph before', () => {
    const found = extractAttributions(
      ['Two officials familiar with the talks denied it.', 'Instead, they said, the envoy had asked for time.'],
      findMentions,
      vocabulary,
    );
    expect(found).toMatchObject([
      { kind: 'anonymous', paragraph: 0, who: 'Two officials familiar with the talks' },
      { kind: 'anonymous', paragraph: 1, phrase: 'they said', who: 'Two officials familiar with the talks' },
    ]);
  });

  test('anonymous: "but they warned" after an anonymous group is that group again', () => {
    const found = extractAttributions(
      ['Two diplomats said the talks could resume. But they warned that the ceasefire was fragile.'],
      findMentions,
      vocabulary,
    );
    expect(found.map((a) => [a.kind, a.phrase, a.who])).toEqual([
      ['anonymous', 'Two diplomats said', 'Two diplomats'],
      ['anonymous', 'they warned', 'Two diplomats'],
    ]);
  });

  test.each(cases)('$name', ({ text, expected }) => {
    const found = extractAttributions([text], findMentions, withOutletNouns);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });

  test('a lone singular noun for a person, with nothing to open its phrase, is a headline’s title', () => {
    const withNurses = { ...withOutletNouns, sourceNouns: ['nurse'] };
    expect(extractAttributions(['Nurse warns residents to stay home.'], findMentions, withNurses)).toEqual([]);
    expect(extractAttributions(['A nurse warns residents.'], findMentions, withNurses)).toMatchObject([
      { kind: 'anonymous', who: 'A nurse' },
    ]);
  });

  // With verbs and nouns content/policy lists, beyond the frozen vocabulary.
  const wider = {
    ...withOutletNouns,
    reportingVerbs: [...withOutletNouns.reportingVerbs, 'announced', 'confirmed'],
    documentNouns: [...withOutletNouns.documentNouns, 'results'],
    anonymousNouns: [...withOutletNouns.anonymousNouns, 'entourage'],
    quotingVerbs: [...withOutletNouns.quotingVerbs, 'put it'],
  };
  test.each([
    {
      name: 'a verb that attributes only a quotation, with a colon before it: “Ana Silva put it more bluntly in a text: “…””',
      text: 'Ana Silva put it more bluntly in a text message: “Not one more farm.”',
      expected: [{ kind: 'named', person: 'ana-silva' }],
    },

    {
      name: 'translated copy inverts any verb before a name: “…, announced on Monday Reuters”',
      text: 'The talks will resume in Vienna, announced on Monday Reuters.',
      expected: [{ kind: 'named', organisation: 'reuters' }],
    },
    {
      name: 'translated copy inverts any verb before a described speaker: “…, confirmed his entourage”',
      text: 'Maria Lopez will not travel to the summit, confirmed his entourage.',
      expected: [{ kind: 'anonymous', who: 'his entourage' }],
    },
    {
      name: 'results a body posted are a document: “according to unofficial results posted by …”',
      text: 'The mayor lost by 1,412 votes, according to unofficial results posted by the county board.',
      expected: [{ kind: 'document' }],
    },
  ])('$name', ({ text, expected }) => {
    const found = extractAttributions([text], findMentions, wider);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toMatchObject(e));
  });

  test('keeps the paragraph index and offsets of each attribution', () => {
    const paragraphs = ['No sources here.', 'The deal is off, officials said.'];
    const [a] = extractAttributions(paragraphs, findMentions, vocabulary);
    expect(a).toMatchObject({ paragraph: 1, phrase: 'officials said' });
    expect(paragraphs[1]!.slice(a!.start, a!.start + a!.phrase.length)).toBe('officials said');
  });

  test('a sourcing-policy note is not counted', () => {
    const note =
      'What we consider before using anonymous sources. Do the sources know the information? Officials said the ' +
      'Times uses anonymous sources as a last resort.';
    expect(extractAttributions([note], findMentions, vocabulary)).toEqual([]);
  });
});
