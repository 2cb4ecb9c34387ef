import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArticleIntegrity } from './files.ts';
import { checkLedger } from '../../src/analysis/integrity/check-ledger.ts';
import type { Ledger } from '../../src/model/ledger.ts';
import { parseLedger } from '../../src/parse/policy-files.ts';

// The frozen seed content (tests/helpers.ts), not content/, so that an editor's new article changes nothing here.
const root = fileURLToPath(new URL('../fixtures/seed-site/', import.meta.url));
const slugs = ['us-general-urges-ukraine-diplomacy', 'biden-backchannel-to-russia'];

describe('the committed ledgers explain the reading editions exactly', () => {
  it.each(slugs)('%s', (slug) => {
    const { received, readingBody, ledger, ledgerFile } = loadArticleIntegrity(root, slug);
    expect(checkLedger(received, readingBody, ledger, ledgerFile).problems).toEqual([]);
  });
});

// In-memory copies only: the real files are never touched.
const times = loadArticleIntegrity(root, 'us-general-urges-ukraine-diplomacy');
const check = (body: string, ledger: Ledger = times.ledger) =>
  checkLedger(times.received, body, ledger, times.ledgerFile).problems;

describe('the ledger check fails on an unexplained difference', () => {
  it('when a word of the reading edition is changed without a ledger entry', () => {
    const body = times.readingBody.replace(
      '“Seize the moment,” he said in a speech',
      '“Seize the moment,” he said in a talk',
    );
    expect(body).not.toBe(times.readingBody);
    expect(check(body)).toEqual([
      'content/ledgers/us-general-urges-ukraine-diplomacy.yaml: paragraph 6, after “he said in a”: ' +
        'the reading edition has “talk” where the received text has “speech”, and no ledger entry explains the change',
    ]);
  });

  it('when a received word disappears without a ledger entry', () => {
    const body = times.readingBody.replace('showing that the Russians are digging', 'showing that the Russians are');
    expect(check(body)).toEqual([
      'content/ledgers/us-general-urges-ukraine-diplomacy.yaml: paragraph 26, after “that the Russians are”: ' +
        'the received “digging” is missing from the reading edition and no ledger entry removes it',
    ]);
  });

  it('when the reading edition adds words', () => {
    const body = times.readingBody.replace('Gray Eagle MQ-1C drones', 'Gray Eagle MQ-1C attack drones');
    expect(check(body)).toHaveLength(1);
    expect(check(body)[0]).toContain('the reading edition adds “attack”');
  });

  it('when a paragraph break is added', () => {
    const body = times.readingBody.replace('he said. “Now, what', 'he said.\n\n“Now, what');
    expect(check(body)[0]).toContain('paragraph 7');
  });

  it('when a ledger entry does not occur in the received text', () => {
    const edits = times.ledger.edits.map((e) =>
      e.paragraph === 31 && e.received === 'tin' ? { ...e, received: 'tinned' } : e,
    );
    const problems = check(times.readingBody, { ...times.ledger, edits });
    expect(problems[0]).toMatch(/edit \d+ \(paragraph 31, “tinned”\): “tinned” does not occur in paragraph 31/);
  });

  it('when a ledger entry is missing, naming the paragraph and the words', () => {
    const edits = times.ledger.edits.filter((e) => !(e.paragraph === 11 && e.received === 'deed'));
    expect(check(times.readingBody, { ...times.ledger, edits })).toEqual([
      'content/ledgers/us-general-urges-ukraine-diplomacy.yaml: paragraph 11, after “could be used to”: ' +
        'the reading edition has “hit” where the received text has “deed”, and no ledger entry explains the change',
    ]);
  });

  it('when entries are out of text order', () => {
    const edits = [...times.ledger.edits];
    const [first, second] = [edits[3]!, edits[4]!];
    edits[3] = second;
    edits[4] = first;
    expect(check(times.readingBody, { ...times.ledger, edits }).join('\n')).toContain('out of order');
  });
});

describe('ledger validation names the file, the entry and the field', () => {
  const head = 'received: received/r.txt\narticle: articles/a.md\nedits:\n';
  it.each([
    [
      'an unknown kind, with a near match',
      '  - { paragraph: 3, received: astatine, reading: at, kind: spiner }',
      'x.yaml: the edit ledger has 1 problem(s):\n  - edit 1 (paragraph 3, “astatine”), field "kind": found “spiner”, ' +
        'expected one of spinner, debris, punctuation, structure, correction; did you mean “spinner”?',
    ],
    [
      'a correction without its source',
      '  - { paragraph: 5, received: Christina, reading: Cristina, kind: correction, why: a name }',
      'x.yaml: the edit ledger has 1 problem(s):\n  - edit 1 (paragraph 5, “Christina”), field "source": ' +
        'a correction needs both "why" and "source"',
    ],
    [
      'a misspelt field',
      '  - { paragraph: 2, received: a, reading: b, kind: debris, contxt: x a }',
      'x.yaml: the edit ledger has 1 problem(s):\n  - edit 1 (paragraph 2, “a”): unknown field “contxt” (did you mean “context”?)',
    ],
    [
      'a context without the received words',
      '  - { paragraph: 2, received: a, reading: b, kind: debris, context: x y }',
      'x.yaml: the edit ledger has 1 problem(s):\n  - edit 1 (paragraph 2, “a”), field "context": "context" must contain the received words',
    ],
  ])('%s', (_, entry, message) => {
    expect(() => parseLedger(head + entry, 'x.yaml')).toThrow(message);
  });

  it('accepts an empty ledger', () => {
    expect(parseLedger('received: received/r.txt\narticle: articles/a.md\nedits: []\n', 'x.yaml').edits).toEqual([]);
  });
});
