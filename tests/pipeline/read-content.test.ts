import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/model/content-error.ts';
import { readContent } from '../../src/parse/read-content.ts';
import { CONTENT, copyContent, writeContent } from '../helpers.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function problemsIn(root: string): string[] {
  try {
    readContent(root);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((p) => `${p.file.replace(/^.*content\//, 'content/')} | ${p.field} | ${p.message}`);
  }
}

/** Copies the real content, edits one article's frontmatter, and returns the problems. */
function withArticleEdit(edit: (text: string) => string): string[] {
  const copy = copyContent();
  cleanup = copy.cleanup;
  const path = 'articles/us-general-urges-ukraine-diplomacy.md';
  writeContent(copy.root, path, edit(readFileSync(join(copy.root, path), 'utf8')));
  return problemsIn(copy.root);
}

describe('readContent on the real content folder', () => {
  it('reads every article, person and organisation with no problem', () => {
    const content = readContent(CONTENT);
    expect(content.articles.map((a) => a.slug).sort()).toEqual([
      'biden-backchannel-to-russia',
      'us-general-urges-ukraine-diplomacy',
    ]);
    expect(content.people.length).toBeGreaterThan(20);
    expect(content.organisations.length).toBeGreaterThan(20);
  });
});

describe('reference checks', () => {
  it('names the file, the field, the unknown id and the nearest known ids', () => {
    const found = withArticleEdit((t) => t.replace('  - jake-sullivan\n', '  - jake-sulivan\n'));
    expect(found).toEqual([
      'content/articles/us-general-urges-ukraine-diplomacy.md | people.4 | no person has the id "jake-sulivan". Did you mean "jake-sullivan"? Use an existing id or add content/people/jake-sulivan.yaml.',
    ]);
  });

  it.each([
    [
      'publication',
      (t: string) => t.replace('publication: new-york-times', 'publication: new-york-time'),
      'publication',
      /no organisation has the id "new-york-time"\. Did you mean "new-york-times"/,
    ],
    [
      'an author',
      (t: string) => t.replace('authors: [peter-baker]', 'authors: [peter-bakr]'),
      'authors.0',
      /no person has the id "peter-bakr"/,
    ],
    [
      'a contributor',
      (t: string) => t.replace('person: helene-cooper', 'person: helen-cooper'),
      'contributors.0.person',
      /"helen-cooper"\. Did you mean "helene-cooper"/,
    ],
    [
      'a source organisation',
      (t: string) => t.replace('organisation: wall-street-journal', 'organisation: wsj'),
      'sources.4.organisation',
      /no organisation has the id "wsj"/,
    ],
  ])('checks %s', (_, edit, field, message) => {
    const found = withArticleEdit(edit);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`| ${field} |`);
    expect(found[0]).toMatch(message);
  });

  it('checks role organisations and organisation parents, and finds loops', () => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    writeContent(
      copy.root,
      'people/test-person.yaml',
      'name: Test Person\ndescription: D.\nroles:\n  - title: T\n    organisation: no-such-org\n',
    );
    writeContent(copy.root, 'organisations/loop-a.yaml', 'name: A\nkind: other\ndescription: D.\nparent: loop-b\n');
    writeContent(copy.root, 'organisations/loop-b.yaml', 'name: B\nkind: other\ndescription: D.\nparent: loop-a\n');
    const found = problemsIn(copy.root);
    expect(found).toContainEqual(
      expect.stringMatching(
        /people\/test-person\.yaml \| roles\.0\.organisation \| no organisation has the id "no-such-org"/,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /organisations\/loop-a\.yaml \| parent \| the parent chain loops back \(loop-a → loop-b → loop-a\)/,
      ),
    );
  });

  it('checks the ids of a file that fails on another field, in the same run', () => {
    const found = withArticleEdit((t) =>
      t.replace(/^date: .*$/m, 'date: 2022-02-30').replace('  - jake-sullivan\n', '  - jake-sulivan\n'),
    );
    expect(found).toEqual([
      expect.stringMatching(/us-general-urges-ukraine-diplomacy\.md \| date \| found "2022-02-30"/),
      expect.stringMatching(
        /us-general-urges-ukraine-diplomacy\.md \| people\.4 \| no person has the id "jake-sulivan"/,
      ),
    ]);
  });

  it('writes positions in lists as an editor counts them', () => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    const path = 'articles/us-general-urges-ukraine-diplomacy.md';
    writeContent(
      copy.root,
      path,
      readFileSync(join(copy.root, path), 'utf8').replace('  - jake-sullivan\n', '  - jake-sulivan\n'),
    );
    expect(() => readContent(copy.root)).toThrow(
      /content\/articles\/us-general-urges-ukraine-diplomacy\.md → people \(5th\): no person has the id "jake-sulivan"/,
    );
  });

  it('reports every problem at once, not only the first', () => {
    const found = withArticleEdit((t) =>
      t.replace('  - jake-sullivan\n', '  - nobody-a\n').replace('  - cnbc\n', '  - nothing-b\n'),
    );
    expect(found).toHaveLength(2);
  });
});

describe('file names', () => {
  it('fails on two files that give the same slug (Unicode normalisation or case)', () => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    const text = readFileSync(join(copy.root, 'articles/biden-backchannel-to-russia.md'));
    writeContent(copy.root, 'articles/caf\u00e9-story.md', text);
    writeContent(copy.root, 'articles/cafe\u0301-story.md', text);
    const found = problemsIn(copy.root);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /gives the same id "cafe-story" as content\/articles\/caf.*-story\.md; rename one of them/,
    );
  });

  it('gives an accented file name an ASCII slug', () => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    writeContent(
      copy.root,
      'articles/Zürich-Talks.md',
      readFileSync(join(copy.root, 'articles/biden-backchannel-to-russia.md')),
    );
    expect(readContent(copy.root).articles.map((a) => a.slug)).toContain('zurich-talks');
  });

  it('refuses a stray file type in a content folder', () => {
    const copy = copyContent();
    cleanup = copy.cleanup;
    writeContent(copy.root, 'people/notes.txt', 'hello');
    expect(problemsIn(copy.root)).toEqual([expect.stringMatching(/people\/notes\.txt \|  \| this folder holds only/)]);
  });
});
