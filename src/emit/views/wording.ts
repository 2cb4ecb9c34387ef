/**
 * Small pieces of generated English that several pages print: how a quotation was said, and a contributor's credit
 * as a sentence. Pure functions of the data, so the wording is tested once and reads the same everywhere.
 */

/**
 * How a quotation was said, as the parts printed between " · ": the verb and the venue, but the venue alone when it
 * already begins with the verb ("told" and "told reporters on Thursday" print "told reporters on Thursday").
 */
export function howSaid(verb: string | null | undefined, venue: string | null | undefined): string[] {
  const v = verb?.trim() ?? '';
  const where = venue?.trim() ?? '';
  if (v && where && startsWithWord(where, v)) return [where];
  return [v, where].filter(Boolean);
}

function startsWithWord(text: string, word: string): boolean {
  const lower = text.toLocaleLowerCase('en');
  const w = word.toLocaleLowerCase('en');
  return lower.startsWith(w) && (lower.length === w.length || /[\s,;:]/.test(lower[w.length]!));
}

/** A credit line split around the contributor's name: `before` name `after`, ending with a full stop. */
export interface CreditWords {
  before: string;
  after: string;
}

/** Words that end a note leading into the name: "with help from", "additional reporting by". */
const LEAD_IN = /\b(?:from|by|of|with)$/i;

/**
 * A contributor credit as a sentence. A note that leads into the name ("with help from") goes before it, capitalised:
 * "With help from Ann Smith."; any other note follows it: "Ann Smith contributed reporting from Kyiv."; no note gives
 * "Ann Smith contributed to this article."
 */
export function creditWords(note: string | undefined): CreditWords {
  const text = (note ?? '').trim().replace(/[.;,]+$/, '');
  if (!text) return { before: '', after: ' contributed to this article.' };
  if (LEAD_IN.test(text)) return { before: `${text[0]!.toLocaleUpperCase('en')}${text.slice(1)} `, after: '.' };
  return { before: '', after: ` ${text}.` };
}

/** A run of a sentence, marked when it is the name the reader came for. */
export interface MarkedRun {
  text: string;
  marked: boolean;
}

/** Splits `sentence` so that every whole-word occurrence of `name` is a marked run. */
export function markName(sentence: string, name: string): MarkedRun[] {
  if (!name) return [{ text: sentence, marked: false }];
  const runs: MarkedRun[] = [];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  let at = 0;
  for (const m of sentence.matchAll(pattern)) {
    if (m.index > at) runs.push({ text: sentence.slice(at, m.index), marked: false });
    runs.push({ text: m[0], marked: true });
    at = m.index + m[0].length;
  }
  if (at < sentence.length) runs.push({ text: sentence.slice(at), marked: false });
  return runs;
}
