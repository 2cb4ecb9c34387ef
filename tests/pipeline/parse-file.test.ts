import { describe, expect, it } from 'vitest';
import { parseArticle, parseOrganisation, parsePerson, MAX_FRONTMATTER_BYTES } from '../../src/parse/parse-file.ts';

const FILE = 'content/articles/example.md';
const frontmatter = (fields: string) => `---\n${fields}\n---\n\nThe body of the article.\n`;
const VALID = [
  'title: A headline',
  'date: 2022-11-10',
  'publication: new-york-times',
  'authors: [peter-baker]',
  'provenance:',
  '  received: example.txt',
].join('\n');

/** Parses an article and returns its problems as "field: message" lines (or [] when it parsed). */
function problems(source: string | Uint8Array): string[] {
  const result = parseArticle(FILE, 'example', source);
  return result.ok ? [] : result.problems.map((p) => `${p.field}: ${p.message}`);
}

describe('parseArticle', () => {
  it('accepts a minimal valid article and applies defaults', () => {
    const result = parseArticle(FILE, 'example', frontmatter(VALID));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data.date).toBe('2022-11-10');
    expect(result.value.data.people).toEqual([]);
    expect(result.value.body).toBe('The body of the article.\n');
  });

  it.each([
    ['a BOM', `\uFEFF${frontmatter(VALID)}`],
    ['CRLF line ends', frontmatter(VALID).replace(/\n/g, '\r\n')],
    ['a quoted date', frontmatter(VALID.replace('2022-11-10', '"2022-11-10"'))],
  ])('builds correctly with %s', (_, source) => {
    const result = parseArticle(FILE, 'example', source);
    expect(result.ok && result.value.data.date).toBe('2022-11-10');
    expect(result.ok && result.value.body).toBe('The body of the article.\n');
  });

  it.each([
    [
      'missing title',
      VALID.replace('title: A headline\n', ''),
      /^title: this field is required: expected a piece of text/,
    ],
    [
      'impossible date',
      VALID.replace('2022-11-10', '2026-02-30'),
      /^date: found "2026-02-30", expected a real calendar date written YYYY-MM-DD/,
    ],
    [
      'unparseable date',
      VALID.replace('2022-11-10', 'last Tuesday'),
      /^date: found "last Tuesday", expected a real calendar date/,
    ],
    [
      'list given as text',
      VALID.replace('authors: [peter-baker]', 'authors: peter-baker'),
      /^authors: expected a list .*found "peter-baker"/,
    ],
    [
      'empty author list',
      VALID.replace('authors: [peter-baker]', 'authors: []'),
      /^authors: found \[\], expected at least one author/,
    ],
    [
      'badly formed id',
      VALID.replace('new-york-times', 'New York Times'),
      /^publication: found "New York Times", expected an id in lower-case kebab-case/,
    ],
    ['unknown field', `${VALID}\nheadline: x`, /^headline: "headline" is not a field here\. Known fields: title, dek/],
    ['misspelt field', `${VALID}\ndatline: WASHINGTON`, /^datline: .* Did you mean "dateline"\?/],
    [
      'javascript: URL',
      `${VALID}\n  original: "javascript:alert(1)"`,
      /^provenance\.original: found "javascript:alert\(1\)", expected/,
    ],
    [
      'data: URL',
      `${VALID}\n  original: "data:text/html,<script>alert(1)</script>"`,
      /^provenance\.original: found "data:text\/html/,
    ],
    [
      'bad source kind',
      `${VALID}\nsources:\n  - kind: rumour\n    who: someone`,
      /^sources\.0\.kind: found "rumour", expected one of "named", "anonymous", "document", "outlet"/,
    ],
  ])('reports %s with the field and what was expected', (_, fields, pattern) => {
    const found = problems(frontmatter(fields));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(pattern);
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['whitespace only', '  \n\n', /the file is empty/],
    ['invalid YAML', frontmatter('title: [unclosed\ndate: 2022-11-10'), /not valid YAML/],
    ['a duplicate key', frontmatter(`${VALID}\ntitle: Again`), /not valid YAML.*(duplicate|unique)/i],
    ['no frontmatter', 'Just text.\n', /starts with its frontmatter/],
    ['unclosed frontmatter', '---\ntitle: x\n', /not closed/],
    [
      'JavaScript frontmatter',
      '---js\n{ title: (() => { throw new Error("ran") })() }\n---\nBody\n',
      /frontmatter must be YAML, found "---js"/,
    ],
    ['a binary file', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]), /binary file/],
    ['invalid UTF-8', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]), /not valid UTF-8/],
    ['no body', frontmatter(VALID).replace('The body of the article.\n', ''), /has no body/],
    ['huge frontmatter', frontmatter(`${VALID}\ndek: "${'x'.repeat(MAX_FRONTMATTER_BYTES)}"`), /the limit is 65536/],
  ])('refuses %s with one clear message', (_, source, pattern) => {
    const found = problems(source);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(pattern);
  });

  it('never runs code from a frontmatter engine', () => {
    let ran = false;
    (globalThis as Record<string, unknown>).__ran = () => (ran = true);
    problems('---javascript\n__ran()\n---\nBody\n');
    expect(ran).toBe(false);
  });
});

describe('registry files', () => {
  it('parses a person and keeps dates as text', () => {
    const result = parsePerson(
      'content/people/x.yaml',
      'x',
      'name: X Y\ndescription: A person.\nroles:\n  - title: Chair\n    from: 2019-10-01\n',
    );
    expect(result.ok && result.value.data.roles[0]?.from).toBe('2019-10-01');
  });

  it('refuses a role that ends before it starts', () => {
    const result = parsePerson(
      'p.yaml',
      'x',
      'name: X\ndescription: D.\nroles:\n  - title: T\n    from: 2020-01-01\n    to: 2019-01-01\n',
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({
      field: 'roles.0.to',
      message: expect.stringMatching(/"from" on or before "to"/),
    });
  });

  it('suggests the nearest organisation kind', () => {
    const result = parseOrganisation('o.yaml', 'o', 'name: O\ndescription: D.\nkind: universty\n');
    expect(!result.ok && result.problems[0]?.message).toMatch(/Did you mean "university"\?/);
  });

  it('refuses a file that is a list, not fields', () => {
    const result = parseOrganisation('o.yaml', 'o', '- a\n- b\n');
    expect(!result.ok && result.problems[0]?.message).toMatch(/fields written as "name: value"/);
  });
});

describe('YAML problems', () => {
  it.each([
    ['a bad line in an article', 'article', '---\ntitle: x\ndek: a: b\n---\nBody\n', /line 3, column \d+/],
    [
      'a duplicate field in an article',
      'article',
      '---\ntitle: x\ntitle: y\n---\nBody\n',
      /line 3, column 1: .*duplicate/,
    ],
    [
      'an unknown tag',
      'article',
      '---\ntitle: !!js/function "x"\n---\nBody\n',
      /line 2, .*tag !!js\/function is not allowed/,
    ],
    ['a bad line in a person', 'person', 'name: X\n  description: [\n', /line \d+, column \d+/],
  ])('places %s at the line the editor sees', (_, kind, source, pattern) => {
    const result =
      kind === 'article'
        ? parseArticle('content/articles/x.md', 'x', source)
        : parsePerson('content/people/x.yaml', 'x', source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('\n')).toMatch(pattern);
  });
});

describe('unknown fields', () => {
  it('lists the fields of the group the unknown field stands in', () => {
    const source = frontmatter(VALID.replace(/^provenance:\n/m, 'provenance:\n  recieved: x.txt\n'));
    const found = problems(source).join('\n');
    expect(found).toMatch(/provenance\.recieved: "recieved" is not a field here\. Did you mean "received"\?/);
    expect(found).toMatch(/Known fields: received, original, note, copies\./);
  });
});

describe('the text policy in content files', () => {
  it('refuses a control character in frontmatter, naming the field and the character', () => {
    const found = problems(frontmatter(VALID.replace('title: A headline', 'title: "A\\u0007 head\\u001Bline"')));
    expect(found).toEqual([expect.stringMatching(/^title: holds a control character \(U\+0007\)/)]);
  });

  it('refuses a bidirectional override in a person’s name', () => {
    const result = parsePerson('content/people/x.yaml', 'x', 'name: "Ana \u202ESilva"\ndescription: A person.\n');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ field: 'name', message: expect.stringMatching(/U\+202E/) });
  });

  it('removes control characters from a body, with a warning at the line and column the editor sees', () => {
    const source = `${frontmatter(VALID)}Second \u0001paragraph with a bell\u0007.\n`;
    const result = parseArticle(FILE, 'example', source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.body).toContain('Second paragraph with a bell.');
    expect(result.value.body).not.toMatch(/[\u0001\u0007]/);
    const lines = source.split('\n');
    const line = lines.findIndex((l) => l.includes('Second')) + 1;
    expect(result.warnings?.map((w) => w.message)).toEqual([
      expect.stringContaining(`line ${line}, column 8: a control character (U+0001) was removed`),
      expect.stringContaining(`line ${line}, column 30: a control character (U+0007) was removed`),
    ]);
  });

  it('says which fields an article needs when it is empty or has no frontmatter', () => {
    for (const source of ['\n\n', 'Just text.\n'])
      expect(problems(source)[0]).toMatch(/An article needs at least: title, date, publication, authors, provenance\./);
  });

  it('refuses more YAML aliases than an editor writes, at the line of the first one too many', () => {
    const anchors = Array.from({ length: 25 }, () => `  - *a`).join('\n');
    const result = parsePerson(
      'content/people/x.yaml',
      'x',
      `name: &a X\ndescription: A person.\naliases:\n${anchors}\n`,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/line 24, column 5: more than 20 aliases/);
  });
});
