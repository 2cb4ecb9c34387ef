/** What a text's use of a name says of what it names, for names whose words do not decide. */
import { describe, expect, test } from 'vitest';
import { onlyAsTitle, usageOf } from '../../src/tools/ingest/name-usage.ts';

describe('usageOf', () => {
  test.each([
    ['As the Handelskurier reported last week, talks went on.', 'Handelskurier', 'organisation'],
    ['Strade Alpine, which runs the road, said it would close.', 'Strade Alpine', 'organisation'],
    ['Corliss Paper’s chief executive resigned on Monday.', 'Corliss Paper', 'organisation'],
    ['Wyvern Water, a regional utility, was fined.', 'Wyvern Water', 'organisation'],
    ['The councillor, of the civic list Sorba Viva, attacked the plan.', 'Sorba Viva', 'organisation'],
    ['Its chief operating officer, Ravi Castellanos, will step in.', 'Ravi Castellanos', 'person'],
    ['Amara Quist, the union’s regional director, posted on Monday.', 'Amara Quist', 'person'],
    ['“Water does not wait,” said Eszter Halmos, who led the delegation.', 'Eszter Halmos', 'person'],
    ['Fire officials spoke.\nMARISELA QUINTERO-HOBBS: If you got the order, go.', 'Marisela Quintero-Hobbs', 'person'],
    ['The crowd cheered the bartender, Marisela Quintero-Hobbs.', 'Marisela Quintero-Hobbs', 'person'],
  ])('%s → %s', (text, name, type) => {
    const usage = usageOf(text, name);
    const other = type === 'person' ? 'organisation' : 'person';
    expect(usage[type as 'person' | 'organisation']).toBeGreaterThan(usage[other]);
    expect(usage.cues.length).toBeGreaterThan(0);
  });

  test('no evidence either way', () => {
    expect(usageOf('Tiszai Napló was there.', 'Tiszai Napló')).toEqual({ organisation: 0, person: 0, cues: [] });
  });
});

describe('onlyAsTitle', () => {
  test('a book named in quotation marks names no one', () => {
    expect(onlyAsTitle('She won for “The Salt Ledger,” her third book.', 'Salt Ledger')).toBe(true);
  });
  test('a name used outside quotation marks too is a name', () => {
    expect(onlyAsTitle('“The Salt Ledger” sold well. Salt Ledger Press printed it.', 'Salt Ledger')).toBe(false);
  });
});
