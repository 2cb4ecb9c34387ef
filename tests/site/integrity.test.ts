import { readFileSync } from 'node:fs';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { CONTENT } from '../helpers.ts';
import { restorationChecks } from '../../src/analysis/integrity/doubts.ts';
import { parseLedger } from '../../src/parse/policy-files.ts';
import { readContent } from '../../src/parse/read-content.ts';
import { createUrls } from '../../src/model/urls.ts';
import { hrefs, page, SITE, texts } from './site.ts';

const urls = createUrls('/');
const SLUGS = ['us-general-urges-ukraine-diplomacy', 'biden-backchannel-to-russia'];
const ledger = (slug: string) => parseLedger(readFileSync(join(CONTENT, `ledgers/${slug}.yaml`), 'utf8'), slug);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(SLUGS)('%s', (slug) => {
  it('says in one plain sentence near the top that the copy was repaired, how much, linking to the record', () => {
    const tree = page(urls.article(slug));
    const notice = squash(texts(tree, '.integrity-notice')[0] ?? '');
    const edits = ledger(slug).edits.length;
    expect(notice).toContain(`the editors repaired it (${edits.toLocaleString('en-GB')} change`);
    // One sentence, then the link; no verdict codes or analyser terms.
    expect(notice.replace(/How the text was repaired$/, '').match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(notice).not.toMatch(/\b(spun|debris|verdict|collocation|ledger)\b/i);
    expect(hrefs(tree, '.integrity-notice a')).toEqual([urls.received(slug)]);
  });

  it('shows the received text word for word, every edit marked and explained', () => {
    const tree = page(urls.received(slug));
    const received = readFileSync(join(CONTENT, `received/${slug}.txt`), 'utf8');
    const text = selectAll('.received-text', tree)[0]!;
    // Reading words and screen-reader labels are additions; without them the page holds the received text exactly.
    const stripped = structuredClone(text);
    for (const node of selectAll('ins, .sr-only, sup', stripped)) (node as Element).children = [];
    const paragraphs = selectAll('p', stripped).map((p) => toString(p));
    expect(squash(paragraphs.join(' '))).toBe(squash(received));
    expect(texts(tree, '.ledger > li')).toHaveLength(ledger(slug).edits.length);
    expect(hrefs(tree, '.received-text sup a')).toEqual(ledger(slug).edits.map((_, i) => `#edit-${i + 1}`));
  });
});

it('says in words what the analyser found in each received text', () => {
  const verdict = (slug: string) =>
    selectAll('p.verdict', page(urls.received(slug))).map((p) => String((p as Element).properties.dataVerdict));
  expect(verdict('us-general-urges-ukraine-diplomacy')).toEqual(['spun']);
  expect(verdict('biden-backchannel-to-russia')).toEqual(['debris']);
  const words = texts(page(urls.received('us-general-urges-ukraine-diplomacy')), '#analysis-heading ~ *').join(' ');
  expect(words).toMatch(/rewriting program/);
  expect(words).not.toMatch(/\b(spun|collocation|spinner-form|verdict)\b/i);
});

describe('what the text rests on, for every article with a ledger', () => {
  const content = readContent(CONTENT);
  const slugs = [...content.ledgers.keys()];

  it.each(slugs)(
    '%s: each guess is underlined where it stands, and the notice counts guesses and checked words',
    (slug) => {
      const { received, ledger: parsed } = content.ledgers.get(slug)!;
      const checks = restorationChecks(received, parsed);
      const tree = page(urls.article(slug));
      const inText = selectAll('.integrity-notice ~ * .doubt, .prose .doubt', tree).filter(
        (node) => !selectAll('.integrity-notice .doubt', tree).includes(node),
      );
      // A guess spread over several text nodes has one wrapper per node; each carries the note once.
      expect(inText.filter((n) => selectAll('.sr-only', n).length > 0)).toHaveLength(checks.conjectures);
      const notice = squash(texts(tree, '.integrity-notice')[0] ?? '');
      if (checks.evidenced > 0) expect(notice).toContain(`${checks.evidenced} of the restored words checked against`);
      if (checks.conjectures > 0)
        expect(notice).toMatch(new RegExp(`the ${checks.conjectures} words? that (is|are) the editors’ best guess`));
    },
  );

  it.each(slugs)('%s: the received page links each checked edit to its copy and quotes the copy', (slug) => {
    const { ledger: parsed } = content.ledgers.get(slug)!;
    const article = content.articles.find((a) => a.slug === slug)!;
    const copies = new Map(article.data.provenance.copies.map((c) => [c.id, c.url]));
    const items = selectAll('.ledger > li', page(urls.received(slug)));
    parsed.edits.forEach((edit, i) => {
      const item = items[i]!;
      const links = selectAll('.evidence a', item).map((a) => String((a as Element).properties.href));
      if (edit.evidence) {
        expect(links).toEqual([copies.get(edit.evidence.copy)]);
        expect(squash(toString(item))).toContain(squash(edit.evidence.words));
      } else expect(links).toEqual([]);
    });
  });
});

describe("editors' notes, for every ledger that has them", () => {
  const content = readContent(CONTENT);
  const noted = [...content.ledgers].filter(([, l]) => (l.ledger.notes ?? []).length > 0);
  const events = JSON.parse(readFileSync(join(SITE, 'data', 'timeline.json'), 'utf8')) as Array<{
    article: string;
    expression: string;
    from: string | null;
    reason: string;
  }>;

  it.each(noted.map(([slug]) => slug))(
    '%s: each note beside its paragraph, each corrected date on the timeline',
    (slug) => {
      const notes = content.ledgers.get(slug)!.ledger.notes ?? [];
      const asides = texts(page(urls.article(slug)), '.prose aside.editors-note').map(squash);
      expect(asides).toHaveLength(notes.length);
      for (const n of notes) {
        expect(asides.some((a) => a.includes(squash(n.note)))).toBe(true);
        if (!n.date) continue;
        const event = events.find(
          (e) => e.article === slug && n.words.includes(e.expression) && e.reason.includes(n.note),
        );
        expect(event?.from, n.words).toBe(n.date);
      }
    },
  );
});
