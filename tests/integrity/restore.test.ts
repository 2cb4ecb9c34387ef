import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyLedger } from '../../src/analysis/integrity/apply-ledger.ts';
import { loadArticleIntegrity } from './files.ts';
import { restore } from '../../src/analysis/integrity/restore.ts';
import type { SubstitutionTable } from '../../src/model/substitution-table.ts';
import { parseSubstitutionTable } from '../../src/parse/policy-files.ts';

// The frozen seed content (tests/helpers.ts), not content/, so that an editor's new article changes nothing here.
const root = fileURLToPath(new URL('../fixtures/seed-site/', import.meta.url));
const tableFile = 'content/policy/spinner-substitutions.yaml';
const table = parseSubstitutionTable(readFileSync(`${root}${tableFile}`, 'utf8'), tableFile);

describe('restore, rule by rule', () => {
  const small: SubstitutionTable = parseSubstitutionTable(
    `substitutions:
  - { spun: astatine, original: at }
  - { spun: arsenic good arsenic, original: as well as }
  - { spun: arsenic, original: as }
  - { spun: warfare, original: war, rules: [{ previous: [trench], original: warfare }] }
  - { spun: cardinal, rules: [{ previous: ['#'], original: million }] }
  - { spun: president, original: president, rules: [{ next: [of the joint chiefs], original: chairman }] }
  - { spun: immoderate, rules: [{ previous: [astatine], original: some }], alternatives: [any] }
  - { spun: helium, original: he }
  - { spun: '2', original: two }
  - { spun: tin, original: can }
`,
    'small.yaml',
  );
  it.each([
    ['a plain form', 'We met astatine noon.', 'We met at noon.', []],
    ['a longer form before a shorter one', 'guns arsenic good arsenic tanks', 'guns as well as tanks', []],
    ['a capital kept', 'Helium said so.', 'He said so.', []],
    ['a rule that keeps the genuine word', 'years of trench warfare', 'years of trench warfare', []],
    ['a rule on the previous number', 'another $400 cardinal in aid', 'another $400 million in aid', []],
    ['a rule on the next phrase', 'the president of the Joint Chiefs', 'the chairman of the Joint Chiefs', []],
    ['the genuine word by default', 'the president’s adviser', 'the president’s adviser', []],
    ['a decided ambiguous form', 'astatine immoderate point', 'at some point', []],
    [
      'an undecided form left as received',
      'from immoderate experts',
      'from immoderate experts',
      ['immoderate: some | any'],
    ],
    [
      'no edit inside a number',
      'It took 8.2 hours, cost $2.2m and 1,2 or 2:40.',
      'It took 8.2 hours, cost $2.2m and 1,2 or 2:40.',
      [],
    ],
    [
      'no edit inside a hyphenated term',
      'astatine-210 and tin-plated cans and a 5-2 win',
      'astatine-210 and tin-plated cans and a 5-2 win',
      [],
    ],
    ['capitals kept in capitals', 'ASTATINE THE DOOR', 'AT THE DOOR', []],
    [
      'a figure at a sentence start becomes a capital',
      'Done. 2 officials said so; 2 more agreed.',
      'Done. Two officials said so; two more agreed.',
      [],
    ],
  ])('%s', (_, received, reading, undecided) => {
    const proposal = restore(received, small);
    expect(proposal.reading).toBe(reading);
    expect(proposal.undecided.map((u) => `${u.received}: ${u.candidates.join(' | ')}`)).toEqual(undecided);
  });

  it('never edits a protected name, whole or in part', () => {
    const proposal = restore('Tin Helium said astatine noon that helium said so.', small, {
      protectedNames: ['Tin Helium'],
    });
    expect(proposal.reading).toBe('Tin Helium said at noon that he said so.');
    expect(restore('Tin Helium said so.', small).reading).toBe('Can He said so.');
  });

  it('lets a copy of the original decide where it lines up, with its words as evidence, and the table do the rest', () => {
    const spun = [
      'Officials met astatine the end of a gathering chiefly focused on other issues, and the president said little about the plan.',
      'Later helium said the talks would go on astatine the ministry.',
    ].join('\n');
    // The copy covers the first paragraph only; there it says "mainly" (which no table knows) and shows that
    // "president" was the writer's word, which the table's rule would otherwise never touch anyway.
    const copy =
      'Officials met at the end of a meeting mainly focused on other issues, and the president said little about the plan.';
    const table: SubstitutionTable = parseSubstitutionTable(
      'substitutions:\n  - { spun: astatine, original: at }\n  - { spun: helium, original: he }\n  - { spun: gathering, original: meeting }\n',
      't.yaml',
    );
    const proposal = restore(spun, table, { copies: [{ id: 'mirror', text: copy }] });
    expect(proposal.reading).toBe(
      'Officials met at the end of a meeting mainly focused on other issues, and the president said little about the plan.\n\n' +
        'Later he said the talks would go on at the ministry.',
    );
    const byWord = Object.fromEntries(proposal.edits.map((e) => [`${e.paragraph}:${e.received}`, e]));
    expect(byWord['1:chiefly']).toMatchObject({ reading: 'mainly', evidence: { copy: 'mirror' } });
    expect(byWord['1:chiefly']!.evidence!.words).toContain('meeting mainly focused');
    expect(byWord['1:astatine']?.evidence?.copy).toBe('mirror');
    expect(byWord['2:helium']).toMatchObject({ reading: 'he' });
    expect(byWord['2:helium']!.evidence).toBeUndefined();
  });

  it('never changes a word that a copy shows was original', () => {
    const table: SubstitutionTable = parseSubstitutionTable(
      'substitutions:\n  - { spun: astatine, original: at }\n  - { spun: see, original: consider }\n',
      't.yaml',
    );
    const spun = 'We will see what they do astatine the end of the day, the minister told reporters in the hall.';
    const copy = 'We will see what they do at the end of the day, the minister told reporters in the hall.';
    expect(restore(spun, table).reading).toContain('We will consider');
    expect(restore(spun, table, { copies: [{ id: 'c', text: copy }] }).reading).toBe(copy);
  });

  it('gives an entry a context when an earlier kept occurrence would be taken', () => {
    const proposal = restore('the president and the president of the Joint Chiefs', small);
    expect(proposal.edits).toEqual([
      { paragraph: 1, received: 'president', reading: 'chairman', kind: 'spinner', context: 'president of' },
    ]);
    expect(applyLedger('the president and the president of the Joint Chiefs', proposal.edits).paragraphs[0]?.text).toBe(
      'the president and the chairman of the Joint Chiefs',
    );
  });
});

describe('restore on the received Times text', () => {
  const times = loadArticleIntegrity(root, 'us-general-urges-ukraine-diplomacy');
  const proposal = restore(times.received, table);
  const key = (paragraph: number, start: number, received: string) => `${paragraph}@${start}:${received}`;
  const proposed = applyLedger(times.received, proposal.edits).placements;
  const committed = applyLedger(times.received, times.ledger.edits).placements;
  const undecided = new Set(proposal.undecided.map((u) => key(u.paragraph, u.offset, u.received)));
  // Entries the editor made by hand (dek, date line, dateline) cover whole spans the tool
  // restores word by word; the tool's entries inside them are not part of the reading edition.
  const editorial = committed.filter((p) => p.entry.kind !== 'spinner');
  const insideEditorial = (start: number) => editorial.some((p) => start >= p.start && start < p.end);

  it('reproduces every committed spinner edit, except the spots it lists as undecided', () => {
    const proposedKeys = new Map(
      proposed.map((p) => [key(p.entry.paragraph, p.start, p.entry.received), p.entry.reading]),
    );
    const missed = committed
      .filter((p) => p.entry.kind === 'spinner')
      .filter((p) => proposedKeys.get(key(p.entry.paragraph, p.start, p.entry.received)) !== p.entry.reading)
      .filter((p) => !undecided.has(key(p.entry.paragraph, p.start, p.entry.received)))
      .map((p) => `${p.entry.paragraph}: ${p.entry.received} -> ${p.entry.reading}`);
    expect(missed).toEqual([]);
  });

  it('proposes nothing the committed ledger does not have', () => {
    const committedKeys = new Map(
      committed.map((p) => [key(p.entry.paragraph, p.start, p.entry.received), p.entry.reading]),
    );
    const extra = proposed
      .filter((p) => !insideEditorial(p.start))
      .filter((p) => committedKeys.get(key(p.entry.paragraph, p.start, p.entry.received)) !== p.entry.reading)
      .map((p) => `${p.entry.paragraph}: ${p.entry.received} -> ${p.entry.reading}`);
    expect(extra).toEqual([]);
  });

  it("leaves every undecided spot as received and offers the table's candidates for it", () => {
    const reading = applyLedger(times.received, proposal.edits).placements;
    for (const spot of proposal.undecided) {
      expect(
        reading.some((p) => p.start <= spot.offset && p.end > spot.offset),
        spot.received,
      ).toBe(false);
      const entry = table.substitutions.find((s) => s.spun === spot.received.toLowerCase());
      expect(entry?.original, spot.received).toBeUndefined();
      expect(spot.candidates.length, spot.received).toBeGreaterThan(0);
    }
  });
});

describe('the substitution table', () => {
  it('refuses a duplicated spun form, naming it', () => {
    expect(() =>
      parseSubstitutionTable(
        'substitutions:\n  - { spun: tin, original: can }\n  - { spun: tin, original: tin }\n',
        't.yaml',
      ),
    ).toThrow('t.yaml: “tin” is listed twice');
  });
  it('refuses a rule with no context, naming the entry and field', () => {
    expect(() =>
      parseSubstitutionTable('substitutions:\n  - { spun: tin, rules: [{ original: can }] }\n', 't.yaml'),
    ).toThrow('substitution 1 (“tin”), field "rules.0": a rule needs "previous" or "next"');
  });
});
