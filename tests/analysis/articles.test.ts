/** The analysis run on the two real articles: every quotation, attribution and timeline event, pinned. */
import { describe, expect, test } from 'vitest';
import { extractAttributions } from '../../src/analysis/attributions.ts';
import { extractQuotes, type Quote } from '../../src/analysis/quotes.ts';
import { paragraphRoles } from '../../src/analysis/sourcing-policy.ts';
import { extractTimelineEvents } from '../../src/analysis/timeline.ts';
import { findMentions, loadArticle, vocabulary } from './helpers.ts';

const speaker = (q: Quote) => (q.speaker === null ? null : 'id' in q.speaker ? q.speaker.id : q.speaker.description);
const quoteRows = (paragraphs: string[]) =>
  extractQuotes(paragraphs, findMentions, vocabulary).map((q) => [q.paragraph, q.kind, speaker(q), q.verb, q.venue]);
const attributionRows = (paragraphs: string[]) =>
  extractAttributions(paragraphs, findMentions, vocabulary).map((a) => [
    a.paragraph,
    a.kind,
    a.person ?? a.organisation ?? a.who,
  ]);
const timelineRows = (paragraphs: string[], date: string) =>
  extractTimelineEvents(paragraphs, date).map((e) => [
    e.paragraph,
    e.expression,
    e.date && `${e.date.from}/${e.date.to}`,
  ]);

describe('POLITICO: Inside Biden’s dramatic backchannel to Russia', () => {
  const { paragraphs, date } = loadArticle('biden-backchannel-to-russia');

  test('quotations', () => {
    expect(quoteRows(paragraphs)).toEqual([
      [0, 'full', 'ian-bremmer', 'said', null],
      [0, 'continued', 'ian-bremmer', 'said', null],
      [5, 'fragment', 'joe-biden', 'said', null],
      [7, 'full', 'antony-blinken', 'said', 'on MSNBC’s Morning Joe'],
      [7, 'scare', null, null, null],
      [10, 'fragment', 'antony-blinken', 'teased', null],
      [11, 'full', 'ian-bremmer', 'said', null],
      [11, 'continued', 'ian-bremmer', 'said', null],
    ]);
  });

  test('attributions', () => {
    expect(attributionRows(paragraphs)).toEqual([
      [0, 'named', 'ian-bremmer'],
      [0, 'document', 'ian-bremmer'],
      [1, 'anonymous', 'An administration official'],
      [1, 'anonymous', 'the US official'],
      [2, 'named', 'alex-ward'],
      [4, 'anonymous', 'Some analysts'],
      [5, 'named', 'joe-biden'],
      [5, 'anonymous', 'US officials'],
      [6, 'anonymous', 'two people familiar with the deliberations'],
      // "But they warned": the same anonymous group again, counted again.
      [6, 'anonymous', 'two people familiar with the deliberations'],
      [7, 'named', 'antony-blinken'],
      [7, 'named', 'antony-blinken'],
      [8, 'anonymous', 'analysts'],
      [10, 'named', 'antony-blinken'],
      [11, 'named', 'ian-bremmer'],
    ]);
  });

  test('timeline', () => {
    expect(timelineRows(paragraphs, date)).toEqual([
      [2, 'this weekend', '2023-06-24/2023-06-25'],
      // A sentence with two expressions gives two events ("… this weekend, … reported this week").
      [2, 'this week', '2023-06-26/2023-07-02'],
      [3, 'weeks away', null],
      [3, 'over the weekend', '2023-06-24/2023-06-25'],
      [5, 'on Tuesday', '2023-06-27/2023-06-27'],
      [7, 'Tuesday', '2023-06-27/2023-06-27'],
      [10, 'in two weeks’ time', '2023-07-10/2023-07-16'],
    ]);
  });

  test('no sourcing-policy note', () => {
    expect(paragraphRoles(paragraphs, vocabulary).every((r) => r === 'text')).toBe(true);
  });
});

describe('New York Times: Top U.S. General Urges Diplomacy in Ukraine (restored text)', () => {
  const { paragraphs, date } = loadArticle('us-general-urges-ukraine-diplomacy');

  test('quotations', () => {
    expect(quoteRows(paragraphs)).toEqual([
      [3, 'full', 'mark-milley', 'said', 'in a speech in New York on Wednesday'],
      [4, 'full', 'mark-milley', 'said', 'in an interview on CNBC on Thursday'],
      [4, 'continued', 'mark-milley', 'said', 'in an interview on CNBC on Thursday'],
      [6, 'full', 'jake-sullivan', 'told', 'told reporters on Thursday'],
      [6, 'continued', 'jake-sullivan', 'told', 'told reporters on Thursday'],
      [11, 'fragment', 'jake-sullivan', 'suggested', null],
      [12, 'full', 'joe-biden', 'said', null],
      [14, 'full', 'joe-biden', 'said', null],
      [14, 'continued', 'joe-biden', 'said', null],
      [16, 'full', 'charles-kupchan', 'said', null],
      [16, 'continued', 'charles-kupchan', 'said', null],
      [16, 'full', 'charles-kupchan', 'added', null],
      [18, 'full', 'daniel-fried', 'wrote', 'wrote on the Just Security website'],
      [21, 'scare', null, null, null],
      [22, 'full', 'alexandria-ocasio-cortez', 'told', 'told the Intercept this week'],
      [22, 'continued', 'alexandria-ocasio-cortez', 'told', 'told the Intercept this week'],
      [28, 'full', 'steven-pifer', 'said', null],
      [28, 'continued', 'steven-pifer', 'said', null],
    ]);
  });

  test('attributions', () => {
    expect(attributionRows(paragraphs)).toEqual([
      // "other advisers to President Biden argue": the advisers, whom the text does not name, not the president.
      [0, 'anonymous', 'other advisers to President Biden'],
      [1, 'anonymous', 'officials informed about the discussions'],
      // "Mr. Biden’s advisers believe": a named person's own people are not anonymous sourcing.
      [2, 'anonymous', 'officials'],
      [3, 'anonymous', 'the officials'],
      [3, 'named', 'mark-milley'],
      [4, 'named', 'mark-milley'],
      [4, 'named', 'mark-milley'],
      [6, 'named', 'jake-sullivan'],
      [8, 'anonymous', 'American officials'],
      [8, 'outlet', 'wall-street-journal'],
      [10, 'anonymous', 'American officials'],
      // "Instead, they said, …" after "American officials denied that": the same anonymous group.
      [11, 'anonymous', 'American officials'],
      [11, 'named', 'jake-sullivan'],
      [12, 'named', 'joe-biden'],
      [14, 'named', 'joe-biden'],
      [14, 'named', 'joe-biden'],
      [15, 'anonymous', 'Some current and former officials'],
      [16, 'named', 'charles-kupchan'],
      [16, 'named', 'charles-kupchan'],
      [17, 'anonymous', 'some foreign policy experts'],
      [18, 'document', 'daniel-fried'],
      // "Mr. Zelensky and his aides reiterated": the named person is the source.
      [19, 'named', 'volodymyr-zelensky'],
      [19, 'anonymous', 'analysts'],
      [22, 'named', 'alexandria-ocasio-cortez'],
      [23, 'anonymous', 'officials'],
      [24, 'anonymous', 'officials'],
      [25, 'anonymous', 'officials'],
      [26, 'anonymous', 'the officials'],
      [26, 'anonymous', 'the officials'],
      [27, 'anonymous', 'the officials'],
      [28, 'named', 'steven-pifer'],
    ]);
  });

  test('timeline: resolved against Thursday 2022-11-10, vague ones left undated', () => {
    expect(timelineRows(paragraphs, date)).toEqual([
      [3, 'in recent days', null],
      [3, 'on Wednesday', '2022-11-09/2022-11-09'],
      [4, 'on Thursday', '2022-11-10/2022-11-10'],
      [6, 'on Thursday', '2022-11-10/2022-11-10'],
      [7, 'on Thursday', '2022-11-10/2022-11-10'],
      [9, 'in recent days', null],
      [10, 'last week', '2022-10-31/2022-11-06'],
      [11, 'last month', '2022-10-01/2022-10-31'],
      [12, 'on Wednesday', '2022-11-09/2022-11-09'],
      [16, 'recently', null],
      [19, 'this week', '2022-11-07/2022-11-13'],
      [21, 'recently', null],
      [22, 'recently', null],
      [22, 'this week', '2022-11-07/2022-11-13'],
      [24, 'this week', '2022-11-07/2022-11-13'],
    ]);
  });
});
