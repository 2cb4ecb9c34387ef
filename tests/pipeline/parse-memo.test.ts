/**
 * parse/parse-memo.ts: a reading with the memo is the reading without it; the next reading parses only the files
 * whose bytes changed; files with problems and results that JSON would change are never remembered.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/model/content-error.ts';
import { openParseMemo } from '../../src/parse/parse-memo.ts';
import { readContent } from '../../src/parse/read-content.ts';
import { copyContent, writeContent } from '../helpers.ts';

const scratch = mkdtempSync(join(tmpdir(), 'news-parse-memo-'));
const copy = copyContent();
afterAll(() => {
  copy.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

/** Reads the copy with the memo in `file`; returns the reading and what the memo did. */
function read(file: string) {
  const memo = openParseMemo(file);
  return { content: readContent(copy.root, undefined, { memo }), counts: { ...memo.counts } };
}

const entries = (file: string) => Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object).length;

describe('the memo of parsed files', () => {
  const file = join(scratch, 'memo.json');
  const article = 'articles/us-general-urges-ukraine-diplomacy.md';

  it('gives the reading a parse gives, and the next reading parses nothing', () => {
    const first = read(file);
    expect(first.content).toEqual(readContent(copy.root));
    expect(first.counts.hits).toBe(0);
    const files = first.counts.misses;
    expect(files).toBe(
      first.content.articles.length + first.content.people.length + first.content.organisations.length,
    );
    expect(entries(file)).toBe(files);
    const second = read(file);
    expect(second.counts).toEqual({ hits: files, misses: 0 });
    expect(second.content).toEqual(first.content);
  });

  it('parses again only a file whose bytes changed, and forgets a file removed', () => {
    const before = read(file).counts.hits;
    const text = readFileSync(join(copy.root, article), 'utf8');
    writeContent(copy.root, article, text.replace(/^title: (.*)$/m, 'title: A new headline'));
    const edited = read(file);
    expect(edited.counts).toEqual({ hits: before - 1, misses: 1 });
    expect(edited.content).toEqual(readContent(copy.root));
    expect(edited.content.articles.find((a) => a.file.endsWith(article))?.data.title).toBe('A new headline');
    const person = edited.content.people[0]!;
    unlinkSync(join(copy.root, '..', person.file));
    try {
      readContent(copy.root, undefined, { memo: openParseMemo(file) });
    } catch (error) {
      // A person some article names is missing now: the reading fails, but the memo keeps what it used.
      expect(error).toBeInstanceOf(ContentError);
    }
    expect(entries(file)).toBe(before - 1);
  });

  it('never remembers a file with problems: its messages come from a parse every time', () => {
    const memo = openParseMemo(join(scratch, 'bad.json'));
    const bad = () => ({ ok: false as const, problems: [{ file: 'x', field: '', message: 'wrong' }] });
    memo.parse('person', 'x', 'x', new Uint8Array([1]), bad);
    memo.parse('person', 'x', 'x', new Uint8Array([1]), bad);
    expect(memo.counts).toEqual({ hits: 0, misses: 2 });
  });

  it('never remembers a result that would not come back from JSON as it went in', () => {
    const odd = join(scratch, 'odd.json');
    const parse = () => ({ ok: true as const, value: { kept: 1, dropped: undefined } });
    const memo = openParseMemo(odd);
    memo.parse('person', 'x', 'x', new Uint8Array([1]), parse);
    memo.save();
    const again = openParseMemo(odd);
    expect(again.parse('person', 'x', 'x', new Uint8Array([1]), parse)).toEqual(parse());
    expect(again.counts).toEqual({ hits: 0, misses: 1 });
  });
});

describe('a read-only memo', () => {
  it('gives the same reading from the memo, and leaves the file to the reading that keeps it', () => {
    const own = copyContent();
    try {
      const kept = join(scratch, 'kept.json');
      const article = 'articles/us-general-urges-ukraine-diplomacy.md';
      const first = openParseMemo(kept);
      readContent(own.root, undefined, { memo: first });
      const before = readFileSync(kept, 'utf8');
      const text = readFileSync(join(own.root, article), 'utf8');
      writeContent(own.root, article, text.replace(/^title: (.*)$/m, 'title: Another headline'));
      const memo = openParseMemo(kept, { readOnly: true });
      const content = readContent(own.root, undefined, { memo });
      expect(memo.counts).toEqual({ hits: first.counts.misses - 1, misses: 1 });
      expect(content).toEqual(readContent(own.root));
      expect(readFileSync(kept, 'utf8')).toBe(before);
    } finally {
      own.cleanup();
    }
  });
});
