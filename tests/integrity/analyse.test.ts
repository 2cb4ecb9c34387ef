import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analysis/integrity/analyse.ts';
import { loadArticleIntegrity } from './files.ts';

// The frozen seed content (tests/helpers.ts), not content/, so that an editor's new article changes nothing here.
const root = fileURLToPath(new URL('../fixtures/seed-site/', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

const clean = `The council met on Tuesday in the town hall. Its chairman, a former teacher, said the budget would be tight.

“We have to be careful,” he said. “But we will find the money for the library.”

Arsenic was found in one well last year, and the water board said tests would continue.`;

const spun = `The assembly met connected Tuesday successful the municipality hall. Its president, a erstwhile teacher, said the fund volition beryllium tight.

“We person to beryllium careful,” helium said. “But we volition find the wealth for the library.”

Officials said astatine the gathering that they would proceed testing arsenic the h2o committee requested.`;

describe('analyse, on prose written for the test', () => {
  it.each([
    ['clean prose', 'clean', clean],
    ['spun prose', 'spun', spun],
    ['a caption and an orphan word', 'debris', `A report.\n\nThe headline again scaled | ltc-a\n\nMore text. answer.`],
    ['only mixed quotation styles', 'untidy', `He said “yes.” She said « no ».`],
    ['an empty text', 'clean', ''],
  ])('%s is %s', (_, verdict, text) => {
    expect(analyse(text).verdict).toBe(verdict);
  });

  it('gives evidence for spun prose: collocations with the word they stood for, and density', () => {
    const report = analyse(spun);
    expect(report.collocations.map((e) => e.what)).toEqual(
      expect.arrayContaining([
        '“successful the” (for “in …”)',
        '“helium said” (for “he …”)',
        '“astatine the” (for “at …”)',
      ]),
    );
    expect(report.spinnerDensity).toBeGreaterThan(5);
  });

  it('weighs a form once however often it comes: a text about one element is clean', () => {
    const element = Array.from(
      { length: 8 },
      (_, i) => `Astatine-21${i} is the isotope studied in run ${i + 1}; astatine decays fast, and helium is released.`,
    ).join('\n\n');
    const report = analyse(element);
    expect(report.evidence.filter((e) => e.kind === 'spinner-form').map((e) => [e.what, e.count])).toEqual([
      ['astatine', 16],
      ['helium', 8],
    ]);
    expect(report.verdict).toBe('clean');
    expect(report.score).toBe(1);
  });

  it('says how sure it is: far from the threshold is surer than near it', () => {
    const far = analyse(spun);
    const near = analyse('We met astatine the door. Then we left.');
    const none = analyse(clean);
    expect(far.verdict).toBe('spun');
    expect(near.verdict).toBe('clean');
    expect(far.confidence).toBe(1);
    expect(none.confidence).toBeGreaterThan(near.confidence);
    for (const r of [far, near, none]) expect(r.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['a time', 'The session would start at 10 a.m. sharp. It did.'],
    ['a unit', 'A pair was seen near Alton, Ill., about 20 mi. upriver.'],
    ['a state', 'She grew up in Fresno, Calif. and moved.'],
  ])('reads an abbreviation before a lower-case word as no sentence end (%s)', (_, text) => {
    expect(analyse(text).evidence).toEqual([]);
  });

  it('does not take a chemical formula for a date run into a word', () => {
    expect(analyse('The sample was buffered with NH3/NH4Cl solution at pH 10.').verdict).toBe('clean');
    expect(analyse('Published 12 May 2022Updated 13 May').debris.map((e) => e.kind)).toEqual(['run-together']);
  });

  it.each([
    ['Advertisement'],
    ['Story continues below advertisement'],
    ['Sign up for our newsletter'],
    ['Read more: Heatwave warning extended'],
    ['Updated 14:32 GMT'],
    ['© 2024 Northgate Media Group. All rights reserved.'],
    ['Photo: Helen Marsh/Northgate Media'],
  ])('finds page furniture on a line of its own: %s', (line) => {
    const report = analyse(`The council met on Tuesday.\n\n${line}\n\nIt agreed the budget.`);
    expect(report.debris.map((e) => [e.kind, e.what])).toEqual([['furniture', line]]);
    expect(report.verdict).toBe('debris');
  });

  it('does not take a long paragraph that happens to start like furniture for furniture', () => {
    const long = `Updated ${'figures from the council show that the budget grew again this year, '.repeat(3)}as planned.`;
    expect(analyse(long).verdict).toBe('clean');
  });

  it('counts a genuine “arsenic” as a form, but one form does not make a text spun', () => {
    const report = analyse(clean);
    expect(report.evidence).toEqual([{ kind: 'spinner-form', what: 'arsenic', paragraphs: [3], count: 1 }]);
    expect(report.verdict).toBe('clean');
  });
});

describe('analyse, on the received texts', () => {
  it('calls the Times text spun, with evidence', () => {
    const report = analyse(read('content/received/us-general-urges-ukraine-diplomacy.txt'));
    expect(report.verdict).toBe('spun');
    expect(report.collocations[0]).toEqual({
      kind: 'collocation',
      what: '“astatine the” (for “at …”)',
      paragraphs: [1, 3, 4, 14, 19, 21, 26, 27, 29],
      count: 9,
    });
    expect(report.evidence.find((e) => e.kind === 'spinner-form' && e.what === 'astatine')?.count).toBe(18);
    expect(report.debris.map((e) => e.kind)).toEqual(['run-together']);
  });

  it('does not call the POLITICO text spun, but reports its debris and mixed quotes', () => {
    const report = analyse(read('content/received/biden-backchannel-to-russia.txt'));
    expect(report.verdict).toBe('debris');
    expect(report.spinnerDensity).toBe(0);
    expect(report.debris.map((e) => [e.kind, e.what, e.paragraphs])).toEqual([
      ['caption', 'Inside Bidens dramatic backchannel to Russia as a near coup unfolds scaled | ltc-a', [2]],
      ['repeated-headline', 'Inside Biden’s dramatic backchannel to Russia as a near-coup unfolds', [1, 2]],
      ['orphan-word', 'answer.', [6]],
    ]);
    expect(report.evidence.at(-1)).toEqual({
      kind: 'mixed-quotes',
      what: 'curly “ ” ×5, guillemets « » ×11',
      paragraphs: [3, 8, 10, 13, 14],
      count: 2,
    });
  });
});

describe('analyse, on the reading editions', () => {
  it.each(['us-general-urges-ukraine-diplomacy', 'biden-backchannel-to-russia'])('calls %s clean', (slug) => {
    const report = analyse(loadArticleIntegrity(root, slug).readingBody);
    expect(report.evidence).toEqual([]);
    expect(report.verdict).toBe('clean');
  });
});
