import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArticleIntegrity } from './files.ts';
import { countEditsByKind, receivedSegments } from '../../src/analysis/integrity/received-segments.ts';

// The frozen seed content (tests/helpers.ts), not content/, so that an editor's new article changes nothing here.
const root = fileURLToPath(new URL('../fixtures/seed-site/', import.meta.url));

describe.each(['us-general-urges-ukraine-diplomacy', 'biden-backchannel-to-russia'])(
  'receivedSegments for %s',
  (slug) => {
    const { received, readingBody, ledger, ledgerFile } = loadArticleIntegrity(root, slug);
    const segments = receivedSegments(received, readingBody, ledger, ledgerFile);

    it('covers the received text exactly: its received sides join to the received file', () => {
      expect(segments.map((s) => (s.kind === 'same' ? s.text : s.received)).join('')).toBe(received);
    });

    it('has one edit segment per ledger entry, each with a reason', () => {
      const edits = segments.filter((s) => s.kind === 'edit');
      expect(edits).toHaveLength(ledger.edits.length);
      expect(edits.every((s) => s.why.length > 0)).toBe(true);
    });

    it('counts every entry once by kind', () => {
      const counts = countEditsByKind(ledger);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(ledger.edits.length);
    });
  },
);

describe('receivedSegments', () => {
  it('marks a correction with its source and keeps the rest as received', () => {
    const ledger = {
      received: 'r.txt',
      article: 'a.md',
      edits: [
        {
          paragraph: 1,
          received: 'Christina',
          reading: 'Cristina',
          kind: 'correction' as const,
          why: 'her name',
          source: 'notes',
        },
      ],
    };
    expect(receivedSegments('by Christina Gallardo.\n', 'by Cristina Gallardo.', ledger)).toEqual([
      { kind: 'same', text: 'by ' },
      {
        kind: 'edit',
        received: 'Christina',
        reading: 'Cristina',
        editKind: 'correction',
        why: 'her name',
        source: 'notes',
      },
      { kind: 'same', text: ' Gallardo.\n' },
    ]);
  });

  it('refuses a ledger that does not explain the reading edition', () => {
    const ledger = { received: 'r.txt', article: 'a.md', edits: [] };
    expect(() => receivedSegments('one two', 'one three', ledger, 'x.yaml')).toThrow(
      'x.yaml: paragraph 1, after “one”: the reading edition has “three” where the received text has “two”',
    );
  });
});
