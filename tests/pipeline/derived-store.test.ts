import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DerivedBody } from '../../src/derive/corpus.ts';
import { CODE_DIGEST_VARIABLE, codeDigest, openDerivedStore } from '../../src/derive/derived-store.ts';

const scratch = mkdtempSync(join(tmpdir(), 'news-derived-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project folder with one source file, and a cache folder beside it. */
function project(name: string, source = 'export const a = 1;\n') {
  const root = join(scratch, name);
  mkdirSync(join(root, 'src', 'markdown'), { recursive: true });
  writeFileSync(join(root, 'src', 'markdown', 'a.ts'), source);
  return { root, cache: join(root, 'cache') };
}

const body = (html: string): DerivedBody => ({
  html,
  paragraphs: [{ id: 'p-1', number: 1, text: 'Ana Silva said so.' }],
  mentions: [{ type: 'person', id: 'ana-silva', text: 'Ana Silva', paragraph: 'p-1', offset: 0 }],
  quotes: [],
  policyNotes: [],
  doubtsUnplaced: 0,
  wordCount: 4,
  attributions: [{ kind: 'named', paragraph: 0, phrase: 'Ana Silva said', start: 0, person: 'ana-silva' }],
  timeline: [],
});

describe('openDerivedStore', () => {
  it('hands back, in a later build, what an earlier build stored, and counts what it found and wrote', () => {
    const { root, cache } = project('round-trip');
    const first = openDerivedStore(root, cache);
    expect(first.get('k1')).toBeUndefined();
    first.set('k1', body('<p>One</p>'));
    expect(first.counts).toEqual({ hits: 0, writes: 1 });
    const second = openDerivedStore(root, cache);
    expect(second.get('k1')).toEqual(body('<p>One</p>'));
    expect(second.get('k2')).toBeUndefined();
    expect(second.counts).toEqual({ hits: 1, writes: 0 });
  });

  it('starts afresh when the code changes, and removes what other code stored', () => {
    const { root, cache } = project('code-change');
    const before = openDerivedStore(root, cache);
    before.set('k1', body('<p>One</p>'));
    writeFileSync(join(root, 'src', 'markdown', 'a.ts'), 'export const a = 2;\n');
    const after = openDerivedStore(root, cache);
    expect(after.dir).not.toBe(before.dir);
    expect(after.get('k1')).toBeUndefined();
    expect(readdirSync(cache)).toEqual([after.dir.split(/[\\/]/).at(-1)]);
  });

  it('digests every file of the rendering stages by path and content, and nothing else under src/', () => {
    const a = project('digest-a');
    const b = project('digest-b');
    expect(codeDigest(a.root)).toBe(codeDigest(b.root));
    for (const folder of ['components', 'styles', 'pages', 'emit', 'build']) {
      mkdirSync(join(b.root, 'src', folder), { recursive: true });
      writeFileSync(join(b.root, 'src', folder, 'x.ts'), 'export const x = 1;\n');
    }
    expect(codeDigest(a.root)).toBe(codeDigest(b.root));
    mkdirSync(join(b.root, 'src', 'derive'));
    writeFileSync(join(b.root, 'src', 'derive', 'b.ts'), '');
    expect(codeDigest(a.root)).not.toBe(codeDigest(b.root));
  });

  it('takes an unreadable entry for a miss', () => {
    const { root, cache } = project('broken');
    const store = openDerivedStore(root, cache);
    writeFileSync(join(store.dir, 'k1.json'), '{"html": "<p>cut off');
    expect(store.get('k1')).toBeUndefined();
    expect(store.counts.hits).toBe(0);
  });

  it('prunes the entries this build neither read nor wrote', () => {
    const { root, cache } = project('prune');
    const earlier = openDerivedStore(root, cache);
    for (const key of ['kept', 'rewritten', 'stale']) earlier.set(key, body(key));
    const store = openDerivedStore(root, cache);
    store.get('kept');
    store.set('rewritten', body('again'));
    store.prune();
    expect(readdirSync(store.dir).sort()).toEqual([
      'kept.facts.json',
      'kept.json',
      'rewritten.facts.json',
      'rewritten.json',
    ]);
  });

  it('keeps the facts of each body beside it, and hands them back without the body', () => {
    const { root, cache } = project('facts');
    const first = openDerivedStore(root, cache);
    first.set('k1', body('<p>One</p>'));
    const second = openDerivedStore(root, cache);
    const { html: _html, paragraphs: _paragraphs, ...rest } = body('<p>One</p>');
    expect(second.facts('k1')).toEqual({ ...rest, paragraphNumbers: [['p-1', 1]] });
    expect(second.facts('k2')).toBeUndefined();
    expect(second.counts).toEqual({ hits: 1, writes: 0 });
    // Facts whose body is gone are a miss: a page may still ask for the body.
    rmSync(join(second.dir, 'k1.json'));
    expect(openDerivedStore(root, cache).facts('k1')).toBeUndefined();
  });

  it('takes the facts of a body stored without them from the body, and keeps them', () => {
    const { root, cache } = project('facts-later');
    const first = openDerivedStore(root, cache);
    first.set('k1', body('<p>One</p>'));
    rmSync(join(first.dir, 'k1.facts.json'));
    const second = openDerivedStore(root, cache);
    expect(second.facts('k1')).toMatchObject({ wordCount: 4, paragraphNumbers: [['p-1', 1]] });
    expect(existsSync(join(second.dir, 'k1.facts.json'))).toBe(true);
  });

  it('keeps nothing a build stored when the code changed while it ran', () => {
    const { root, cache } = project('edited-mid-build');
    const store = openDerivedStore(root, cache);
    store.set('k1', body('<p>From the code before the edit</p>'));
    writeFileSync(join(root, 'src', 'markdown', 'a.ts'), 'export const a = 3;\n');
    store.prune();
    expect(existsSync(store.dir)).toBe(false);
    // This build's pages may still read what it stored; the next build finds none of it.
    expect(store.get('k1')).toEqual(body('<p>From the code before the edit</p>'));
    expect(openDerivedStore(root, cache).get('k1')).toBeUndefined();
    expect(store.get('k1')).toBeUndefined();
  });

  it('files entries under the digest the build command took before Astro started', () => {
    const { root, cache } = project('digest-from-build');
    process.env[CODE_DIGEST_VARIABLE] = codeDigest(root);
    try {
      writeFileSync(join(root, 'src', 'markdown', 'a.ts'), 'export const a = 4;\n');
      const store = openDerivedStore(root, cache);
      expect(store.dir).toBe(join(cache, process.env[CODE_DIGEST_VARIABLE]));
      store.set('k1', body('<p>One</p>'));
      store.prune();
      expect(existsSync(store.dir)).toBe(false);
    } finally {
      delete process.env[CODE_DIGEST_VARIABLE];
    }
  });

  it('removes files left half-written over an hour ago, not those of a build still writing', () => {
    const { root, cache } = project('leftovers');
    const store = openDerivedStore(root, cache);
    const old = join(store.dir, 'k1.json.123.abc.tmp');
    const fresh = join(store.dir, 'k2.json.456.def.tmp');
    writeFileSync(old, '{');
    writeFileSync(fresh, '{');
    const twoHoursAgo = (Date.now() - 7_200_000) / 1000;
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    store.prune();
    expect(readdirSync(store.dir)).toEqual(['k2.json.456.def.tmp']);
  });
});
