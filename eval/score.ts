/**
 * Scores the site's real analysis on the evaluation set (eval/README.md): quotations found and their speakers,
 * attributions and their kinds, mentions, relative dates, per task and per style, as precision, recall and F1.
 * Pure: the caller reads the files.
 */
import { buildAliasIndex, findMentions, mentionFinder } from '../src/analysis/alias-index.ts';
import { extractAttributions } from '../src/analysis/attributions.ts';
import { extractQuotes } from '../src/analysis/quotes.ts';
import { extractTimelineEvents } from '../src/analysis/timeline.ts';
import type { EntityType } from '../src/model/entity.ts';
import type { AttributionVocabulary } from '../src/model/vocabulary.ts';

/** One evaluation article as its gold file holds it. */
export interface EvalArticle {
  id: string;
  style: string;
  date: string;
  entities: Array<{ id: string; type: EntityType; name: string; aliases?: string[] }>;
  text: string;
  gold: {
    quotes?: Array<{ text: string; speaker: string | null; verb?: string | null }>;
    attributions?: Array<{ phrase: string; kind: string; paragraph: number }>;
    mentions?: Array<{ text: string; entity: string; paragraph: number }>;
    dates?: Array<{ expression: string; paragraph: number; from: string | null; to: string | null }>;
  };
}

/** Counts for one task: true positives against what the system said and what the gold holds. */
export interface Tally {
  matched: number;
  system: number;
  gold: number;
}

/** The tasks scored, in the order the table prints them. */
export const TASKS = [
  'quotation found',
  'speaker right',
  'attribution found',
  'attribution kind',
  'mention',
  'date found',
  'date right',
] as const;
export type Task = (typeof TASKS)[number];

const empty = (): Tally => ({ matched: 0, system: 0, gold: 0 });
const norm = (text: string) =>
  text
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.;:!?—–-]+$/, '')
    .toLowerCase();
const words = (text: string) => new Set(norm(text).split(/\W+/).filter(Boolean));
/** Two phrases name the same thing: one holds the other, or they share most of their words. */
function overlaps(a: string, b: string): boolean {
  const [x, y] = [norm(a), norm(b)];
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const [wa, wb] = [words(a), words(b)];
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 0.6;
}

/** Pairs each gold item with at most one system item, in order; returns the matched pairs. */
function pair<G, S>(gold: readonly G[], system: readonly S[], same: (g: G, s: S) => boolean): Array<[G, S]> {
  const used = new Set<number>();
  const pairs: Array<[G, S]> = [];
  for (const g of gold) {
    const at = system.findIndex((s, i) => !used.has(i) && same(g, s));
    if (at === -1) continue;
    used.add(at);
    pairs.push([g, system[at]!]);
  }
  return pairs;
}

/** The paragraphs of an evaluation text, as the site reads a body: blank-line separated, whitespace collapsed. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** One thing the analysis got wrong, for `npm run eval -- --misses`. */
export interface Miss {
  article: string;
  task: Task | 'drafted';
  /** what the gold holds (null: the system said something the gold lacks) */
  gold: string | null;
  /** what the system said (null: it found nothing) */
  system: string | null;
}

/** Scores one article; returns a tally per task, and pushes what it got wrong onto `misses` when given. */
export function scoreArticle(
  article: EvalArticle,
  vocabulary: AttributionVocabulary,
  misses?: Miss[],
): Record<Task, Tally> {
  const tally = Object.fromEntries(TASKS.map((t) => [t, empty()])) as Record<Task, Tally>;
  const paragraphs = paragraphsOf(article.text);
  // A registry an editor writes holds names as they are spelt, not in a newsletter's capitals: those are left out of
  // the evaluation's registries, so the site must find "MARIA OKAFOR" from "Maria Okafor" itself.
  const written = (alias: string) => !(/\s/.test(alias) && alias === alias.toUpperCase() && /\p{Lu}/u.test(alias));
  const index = buildAliasIndex(article.entities.map((e) => ({ ...e, aliases: (e.aliases ?? []).filter(written) })));
  const finder = mentionFinder(index);
  const gold = article.gold;

  // Quotations: every quoted stretch the extractor does not call a scare quote.
  const quotes = extractQuotes(paragraphs, finder, vocabulary).filter((q) => q.kind !== 'scare');
  const goldQuotes = gold.quotes ?? [];
  const quotePairs = pair(goldQuotes, quotes, (g, s) => {
    const [a, b] = [norm(g.text), norm(s.text)];
    return (
      a === b || ((a.includes(b) || b.includes(a)) && Math.min(a.length, b.length) / Math.max(a.length, b.length) > 0.5)
    );
  });
  tally['quotation found'] = { matched: quotePairs.length, system: quotes.length, gold: goldQuotes.length };
  const speakerOk = (g: (typeof goldQuotes)[number], s: (typeof quotes)[number]) => {
    if (g.speaker === null) return s.speaker === null;
    if (!s.speaker) return false;
    if ('id' in s.speaker) return s.speaker.id === g.speaker;
    const isId = article.entities.some((e) => e.id === g.speaker);
    return !isId && overlaps(s.speaker.description, g.speaker);
  };
  const speakerRight = quotePairs.filter(([g, s]) => speakerOk(g, s)).length;
  tally['speaker right'] = { matched: speakerRight, system: quotes.length, gold: goldQuotes.length };
  if (misses) {
    const miss = (task: Task, g: string | null, s: string | null) =>
      misses.push({ article: article.id, task, gold: g, system: s });
    const who = (s: (typeof quotes)[number]) =>
      !s.speaker ? 'nobody' : 'id' in s.speaker ? s.speaker.id : `"${s.speaker.description}"`;
    for (const g of goldQuotes) if (!quotePairs.some(([pg]) => pg === g)) miss('quotation found', g.text, null);
    for (const s of quotes)
      if (!quotePairs.some(([, ps]) => ps === s)) miss('quotation found', null, `${s.text} [${s.kind}]`);
    for (const [g, s] of quotePairs)
      if (!speakerOk(g, s))
        miss('speaker right', `${g.speaker} ← ${g.text.slice(0, 50)}`, `${who(s)} (${s.verb ?? '-'})`);
  }

  // Attributions: the same paragraph and overlapping words; then the same kind.
  const attributions = extractAttributions(paragraphs, finder, vocabulary);
  const goldAttributions = gold.attributions ?? [];
  const attributionPairs = pair(
    goldAttributions,
    attributions,
    (g, s) => g.paragraph - 1 === s.paragraph && overlaps(g.phrase, s.phrase),
  );
  tally['attribution found'] = {
    matched: attributionPairs.length,
    system: attributions.length,
    gold: goldAttributions.length,
  };
  tally['attribution kind'] = {
    matched: attributionPairs.filter(([g, s]) => g.kind === s.kind).length,
    system: attributions.length,
    gold: goldAttributions.length,
  };
  if (misses) {
    const miss = (task: Task, g: string | null, s: string | null) =>
      misses.push({ article: article.id, task, gold: g, system: s });
    for (const g of goldAttributions)
      if (!attributionPairs.some(([pg]) => pg === g))
        miss('attribution found', `¶${g.paragraph} ${g.kind}: ${g.phrase}`, null);
    for (const s of attributions)
      if (!attributionPairs.some(([, ps]) => ps === s))
        miss('attribution found', null, `¶${s.paragraph + 1} ${s.kind}: ${s.phrase}`);
    for (const [g, s] of attributionPairs)
      if (g.kind !== s.kind) miss('attribution kind', `${g.kind}: ${g.phrase}`, `${s.kind}: ${s.phrase}`);
  }

  // Mentions: the same paragraph, words and entity.
  const mentions = paragraphs.flatMap((p, i) => findMentions(p, index).map((m) => ({ ...m, paragraph: i })));
  const goldMentions = gold.mentions ?? [];
  const mentionPairs = pair(
    goldMentions,
    mentions,
    (g, s) => g.paragraph - 1 === s.paragraph && g.entity === s.id && g.text === s.text,
  );
  tally.mention = { matched: mentionPairs.length, system: mentions.length, gold: goldMentions.length };
  if (misses) {
    for (const g of goldMentions)
      if (!mentionPairs.some(([pg]) => pg === g))
        misses.push({
          article: article.id,
          task: 'mention',
          gold: `¶${g.paragraph} ${g.text} → ${g.entity}`,
          system: null,
        });
    for (const s of mentions)
      if (!mentionPairs.some(([, ps]) => ps === s))
        misses.push({
          article: article.id,
          task: 'mention',
          gold: null,
          system: `¶${s.paragraph + 1} ${s.text} → ${s.id}`,
        });
  }

  // Relative dates: the same paragraph and expression; then the same days.
  const events = extractTimelineEvents(paragraphs, article.date);
  const goldDates = gold.dates ?? [];
  const datePairs = pair(
    goldDates,
    events,
    (g, s) => g.paragraph - 1 === s.paragraph && overlaps(g.expression, s.expression),
  );
  tally['date found'] = { matched: datePairs.length, system: events.length, gold: goldDates.length };
  tally['date right'] = {
    matched: datePairs.filter(
      ([g, s]) => (g.from ?? null) === (s.date?.from ?? null) && (g.to ?? null) === (s.date?.to ?? null),
    ).length,
    system: events.length,
    gold: goldDates.length,
  };
  if (misses) {
    for (const g of goldDates)
      if (!datePairs.some(([pg]) => pg === g))
        misses.push({ article: article.id, task: 'date found', gold: `¶${g.paragraph} ${g.expression}`, system: null });
    for (const s of events)
      if (!datePairs.some(([, ps]) => ps === s))
        misses.push({
          article: article.id,
          task: 'date found',
          gold: null,
          system: `¶${s.paragraph + 1} ${s.expression}`,
        });
  }
  if (misses)
    for (const [g, s] of datePairs)
      if ((g.from ?? null) !== (s.date?.from ?? null) || (g.to ?? null) !== (s.date?.to ?? null))
        misses.push({
          article: article.id,
          task: 'date right',
          gold: `¶${g.paragraph} ${g.expression}: ${g.from}…${g.to}`,
          system: `${s.expression}: ${s.date?.from ?? null}…${s.date?.to ?? null}`,
        });
  return tally;
}

/** Precision, recall and F1 of a tally (1 when there was nothing to find or nothing said). */
export function rates({ matched, system, gold }: Tally): { precision: number; recall: number; f1: number } {
  const precision = system === 0 ? 1 : matched / system;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Adds tallies together. */
export function sum(tallies: ReadonlyArray<Record<Task, Tally>>): Record<Task, Tally> {
  const total = Object.fromEntries(TASKS.map((t) => [t, empty()])) as Record<Task, Tally>;
  for (const t of tallies)
    for (const task of TASKS) {
      total[task].matched += t[task].matched;
      total[task].system += t[task].system;
      total[task].gold += t[task].gold;
    }
  return total;
}
