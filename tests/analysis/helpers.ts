/** Test helpers: a mention finder over a fixed alias list, the real vocabulary file and the two articles' paragraphs. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/parse/parse-file.ts';
import type { MentionFinder } from '../../src/analysis/types.ts';
import type { Mention } from '../../src/model/entity.ts';
import type { AttributionVocabulary } from '../../src/model/vocabulary.ts';
import { parseAttributionVocabulary } from '../../src/parse/policy-files.ts';

// The frozen seed content (tests/helpers.ts), not content/, so that an editor's new article changes nothing here.
const root = fileURLToPath(new URL('../fixtures/seed-site/', import.meta.url));

/** Aliases of the test finder: [alias, id, type]. Longer aliases win over their parts ("Gen. Mark A. Milley"). */
const aliases: Array<[string, string, Mention['type']]> = [
  ['Gen. Mark A. Milley', 'mark-milley', 'person'],
  ['General Milley', 'mark-milley', 'person'],
  ['Milley', 'mark-milley', 'person'],
  ['President Biden', 'joe-biden', 'person'],
  ['Mr. Biden', 'joe-biden', 'person'],
  ['Biden', 'joe-biden', 'person'],
  ['Jake Sullivan', 'jake-sullivan', 'person'],
  ['Mr. Sullivan', 'jake-sullivan', 'person'],
  ['Charles A. Kupchan', 'charles-kupchan', 'person'],
  ['President Barack Obama', 'barack-obama', 'person'],
  ['Daniel Fried', 'daniel-fried', 'person'],
  ['Alexandria Ocasio-Cortez', 'alexandria-ocasio-cortez', 'person'],
  ['Steven Pifer', 'steven-pifer', 'person'],
  ['Mr. Zelensky', 'volodymyr-zelensky', 'person'],
  ['Zelensky', 'volodymyr-zelensky', 'person'],
  ['Mr. Putin', 'vladimir-putin', 'person'],
  ['Putin', 'vladimir-putin', 'person'],
  ['Ian Bremmer', 'ian-bremmer', 'person'],
  ['Bremmer', 'ian-bremmer', 'person'],
  ['Antony Blinken', 'antony-blinken', 'person'],
  ['Blinken', 'antony-blinken', 'person'],
  ['Prigozhin', 'yevgeny-prigozhin', 'person'],
  ['Alex Ward', 'alex-ward', 'person'],
  ['Christina Gallardo', 'cristina-gallardo', 'person'],
  ['Maria Lopez', 'maria-lopez', 'person'],
  ['Ana Silva', 'ana-silva', 'person'],
  ['The Wall Street Journal', 'wall-street-journal', 'organisation'],
  ['Eurasia Group', 'eurasia-group', 'organisation'],
  ['the Intercept', 'the-intercept', 'organisation'],
  ['CNBC', 'cnbc', 'organisation'],
  ['MSNBC', 'msnbc', 'organisation'],
  ['Atlantic Council', 'atlantic-council', 'organisation'],
  ['the White House', 'white-house', 'organisation'],
  ['Reuters', 'reuters', 'organisation'],
];

/** A tiny mention finder: every alias occurrence on word boundaries, longest alias first, no overlaps. */
export const findMentions: MentionFinder = (text) => {
  const taken: Mention[] = [];
  for (const [alias, id, type] of [...aliases].sort((a, b) => b[0].length - a[0].length)) {
    const pattern = new RegExp(`(?<![\\w])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + alias.length;
      if (!taken.some((t) => start < t.end && end > t.start)) taken.push({ id, type, text: m[0], start, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
};

/** The real vocabulary file, parsed. */
export const vocabulary: AttributionVocabulary = parseAttributionVocabulary(
  readFileSync(`${root}content/policy/attribution-vocabulary.yaml`, 'utf8'),
  'content/policy/attribution-vocabulary.yaml',
);

/** An article's date and its body split into paragraphs on blank lines. */
export function loadArticle(name: string): { date: string; paragraphs: string[] } {
  const file = `content/articles/${name}.md`;
  const parsed = parseArticle(file, name, readFileSync(`${root}${file}`));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  const { date } = parsed.value.data;
  const paragraphs = parsed.value.body
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return { date, paragraphs };
}
