import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLedger } from '../../src/analysis/integrity/check-ledger.ts';
import { parseSubstitutionTable, parseAttributionVocabulary } from '../../src/parse/policy-files.ts';
import { readContent } from '../../src/parse/read-content.ts';
import { draftArticle, type RegistryEntry } from '../../src/tools/ingest/draft.ts';
import { bylineNames, creditLines, dateline, printedDate } from '../../src/tools/ingest/structure.ts';
import { buildEnv, CONTENT, copyContent } from '../helpers.ts';

const vocabulary = parseAttributionVocabulary(
  readFileSync(join(CONTENT, 'policy/attribution-vocabulary.yaml'), 'utf8'),
  'attribution-vocabulary.yaml',
);
const table = parseSubstitutionTable(
  'substitutions:\n  - { spun: astatine, original: at }\n  - { spun: helium, original: he }\n  - { spun: successful, original: in }\n',
  'table.yaml',
);
const registry: RegistryEntry[] = [
  { type: 'person', id: 'ana-silva', name: 'Ana Silva', aliases: ['Silva'] },
  { type: 'organisation', id: 'harbour-gazette', name: 'Harbour Gazette', aliases: [], kind: 'news outlet' },
  { type: 'organisation', id: 'port-authority', name: 'Port Authority', aliases: ['the authority'], kind: 'agency' },
];

const received = [
  'Dockworkers vote to end the strike',
  'By ANA SILVA and Tom Reyes',
  'Published June 3, 2024',
  'KELBY — Dockworkers voted on Monday to end a nine-day strike, the Port Authority said.',
  '"This is a fair deal," said Marta Kowal, president of the Kelby Dockers Union. Kowal said members would return on Tuesday.',
  'Advertisement',
  'Two people familiar with the talks said the vote was close.',
  'Additional reporting by Lee Chan.',
  '© 2024 Harbour Gazette',
].join('\n');

const draft = draftArticle({
  received,
  fileName: 'upload-17.txt',
  registry,
  vocabulary,
  substitutions: table,
  today: '2026-12-01',
});

describe('draftArticle', () => {
  it('fills the frontmatter from the furniture of the text', () => {
    expect(draft.slug).toBe('dockworkers-vote-to-end-the-strike');
    expect(draft.frontmatter).toMatchObject({
      title: 'Dockworkers vote to end the strike',
      date: '2024-06-03',
      dateline: 'KELBY',
      publication: 'harbour-gazette',
      authors: ['ana-silva', 'tom-reyes'],
      contributors: [{ person: 'lee-chan', note: 'additional reporting by' }],
      organisations: ['port-authority', 'kelby-dockers-union'],
      provenance: { received: 'upload-17.txt' },
    });
    expect(draft.frontmatter['people']).toEqual(['marta-kowal']);
  });

  it('drafts the names the registry lacks, with the aliases the text uses and a description from it', () => {
    const byId = Object.fromEntries(draft.newEntities.map((e) => [e.id, e]));
    expect(Object.keys(byId).sort()).toEqual(['kelby-dockers-union', 'lee-chan', 'marta-kowal', 'tom-reyes']);
    expect(byId['marta-kowal']).toMatchObject({
      type: 'person',
      name: 'Marta Kowal',
      aliases: ['Kowal'],
      description: 'President of the Kelby Dockers Union.',
    });
    expect(byId['kelby-dockers-union']).toMatchObject({ type: 'organisation', kind: 'other' });
  });

  it('lists the sources the attribution extractor finds', () => {
    expect(draft.frontmatter['sources']).toEqual(
      expect.arrayContaining([
        { kind: 'named', person: 'marta-kowal' },
        { kind: 'anonymous', who: 'Two people familiar with the talks' },
      ]),
    );
  });

  it('writes a ledger that explains every difference between the received text and the body', () => {
    expect(draft.edits.map((e) => [e.paragraph, e.kind])).toEqual([
      [1, 'structure'],
      [2, 'structure'],
      [3, 'structure'],
      [4, 'structure'],
      [6, 'debris'],
      [8, 'structure'],
      [9, 'debris'],
    ]);
    expect(draft.body.startsWith('Dockworkers voted on Monday')).toBe(true);
    expect(draft.body).not.toContain('Advertisement');
    const check = checkLedger(received, draft.body, { received: 'r', article: 'a', edits: draft.edits }, 'l');
    expect(check.problems).toEqual([]);
  });

  it('restores a spun text and says what it could not decide', () => {
    const spun = [
      'A vote successful the harbour',
      'Dockers met astatine the hall successful the morning. Helium said astatine the door that they would vote successful the evening.',
    ].join('\n');
    const result = draftArticle({
      received: spun,
      fileName: 's.txt',
      registry,
      vocabulary,
      substitutions: table,
      today: '2026-12-01',
    });
    expect(result.integrity.verdict).toBe('spun');
    expect(result.frontmatter['title']).toBe('A vote in the harbour');
    expect(result.body).toBe(
      'Dockers met at the hall in the morning. He said at the door that they would vote in the evening.',
    );
    // The headline's own spinner edit goes with the headline, which the ledger removes whole.
    expect(result.edits.filter((e) => e.kind === 'spinner')).toHaveLength(5);
    expect(checkLedger(spun, result.body, { received: 'r', article: 'a', edits: result.edits }, 'l').problems).toEqual(
      [],
    );
  });

  it('reads a credit that shares the byline’s line (“By A | With help from B and C”)', () => {
    const result = draftArticle({
      received:
        'Council passes the budget\nBy Nadia Fairbrook | With help from Priya Halvorsen and Marcus Oduya\nThe council met.',
      fileName: 'c.txt',
      registry,
      vocabulary,
      substitutions: table,
      today: '2026-12-01',
    });
    expect(result.newEntities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Nadia Fairbrook', 'Priya Halvorsen', 'Marcus Oduya']),
    );
  });

  it('says what it is unsure of', () => {
    const bare = draftArticle({
      received: 'the council met. it agreed the budget.',
      fileName: 'x.txt',
      registry,
      vocabulary,
      substitutions: table,
      today: '2026-12-01',
    });
    expect(bare.unsure).toEqual(
      expect.arrayContaining([
        'No headline was found on the first line: write the `title`.',
        'No byline was found: list the `authors` (at least one person id).',
        'The outlet was not recognised: set `publication` to its organisation id.',
        'No date is printed: `date` is set to the day of the ingest, 2026-12-01.',
      ]),
    );
  });
});

describe('the furniture readers', () => {
  it.each([
    ['June 28, 2023', '2023-06-28'],
    ['Published Nov. 10, 2022, 5:04 a.m. ET', '2022-11-10'],
    ['10 November 2022', '2022-11-10'],
    ['2023-06-28', '2023-06-28'],
    ['February 30, 2023', undefined],
    ['No date here', undefined],
  ])('reads the date in “%s”', (line, date) => {
    expect(printedDate(line)).toBe(date);
  });

  it('reads bylines, credit lines and datelines', () => {
    expect(bylineNames('By Helene Cooper, Eric Schmitt and Julian E. Barnes')).toEqual([
      'Helene Cooper',
      'Eric Schmitt',
      'Julian E. Barnes',
    ]);
    expect(bylineNames('By the way, the vote is on')).toBeUndefined();
    expect(creditLines('Good morning. With help from JORDAN PIKE and ELLIOT NG.')).toEqual([
      { names: ['JORDAN PIKE', 'ELLIOT NG'], note: 'with help from', wholeLine: false },
    ]);
    expect(dateline('WASHINGTON (Reuters) — The Senate voted.')).toEqual({
      text: 'WASHINGTON (Reuters) — ',
      place: 'WASHINGTON',
      outlet: 'Reuters',
    });
    expect(dateline('KYIV, Ukraine — Shelling went on.')?.place).toBe('KYIV, Ukraine');
    expect(dateline('The Senate — at last — voted.')).toBeUndefined();
  });
});

describe('npm run ingest', () => {
  const { root, cleanup } = copyContent();
  afterAll(cleanup);
  const file = join(root, '..', 'wire-copy.txt');
  writeFileSync(
    file,
    [
      'Harbour strike ends after nine days',
      'By Marta Kowal',
      'June 3, 2024',
      'KELBY (Kelby Wire) — Dockworkers voted on Monday to end a strike, their union said.',
      '"It is over," said Piet Brandt, the union\'s secretary. Brandt said work would resume on Tuesday.',
    ].join('\n'),
  );
  const run = () =>
    spawnSync(process.execPath, ['src/tools/ingest.ts', file], {
      encoding: 'utf8',
      env: buildEnv({ CONTENT_DIR: root }),
    });

  it('writes a draft that the content check accepts, and lists what it is unsure of', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('wrote ');
    expect(result.stdout).toContain('Unsure');
    const content = readContent(root);
    const article = content.articles.find((a) => a.slug === 'harbour-strike-ends-after-nine-days');
    expect(article?.data).toMatchObject({ date: '2024-06-03', publication: 'kelby-wire', authors: ['marta-kowal'] });
    expect(content.people.map((p) => p.id)).toEqual(expect.arrayContaining(['marta-kowal', 'piet-brandt']));
    expect(content.ledgers.get('harbour-strike-ends-after-nine-days')?.received).toBe(readFileSync(file, 'utf8'));
  });

  it('never overwrites a file: a second run writes nothing and says why', () => {
    const before = readdirSync(join(root, 'people')).length;
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ingest never overwrites a file');
    expect(result.stderr).toContain('articles/harbour-strike-ends-after-nine-days.md');
    expect(readdirSync(join(root, 'people'))).toHaveLength(before);
  });
});
