/**
 * Splits news prose into sentences. Honorifics and initials ("Mr.", "Gen.", "Ana B. Silva", "U.S.") end in a
 * full stop without ending a sentence, so they are listed here rather than guessed.
 */
import { findQuoteSpans } from './quote-spans.ts';

/** A sentence as offsets into its paragraph, with its text. */
export interface Sentence {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character (after any closing quotation mark). */
  end: number;
  /** The sentence, trimmed. */
  text: string;
}

/**
 * Abbreviations that end in a full stop but do not end a sentence: titles, months, companies, units and the
 * US states' AP abbreviations that datelines use ("ALTON, Ill. —").
 */
export const abbreviations: ReadonlySet<string> = new Set(
  [
    'mr mrs ms dr gen sen rep gov lt col sgt capt adm prof st jr sr vs etc jan feb aug sept sep oct nov dec corp inc co',
    'mi ft lb lbs oz approx dept univ est',
    'ala ariz ark calif colo conn del fla ga ill ind kan ky md mich minn mont neb nev okla ore tenn tex vt wis wyo',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Tells whether the word before a full stop is an abbreviation rather than a sentence's last word: a listed one, a
 * single letter (an initial, the tail of “U.S.”), or a dotted one such as “a.m.” and “e.g.”.
 */
export function isAbbreviationWord(word: string): boolean {
  return abbreviations.has(word.toLowerCase()) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

const candidate = /[.?!]+[”»"’)]*(?=\s+[“«"A-Z0-9])/g;

/** Splits a paragraph into sentences, ignoring boundaries that fall strictly inside any of the `masked` ranges. */
export function splitSentences(text: string, masked: ReadonlyArray<{ start: number; end: number }> = []): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const cut of sentenceEnds(text, masked)) {
    push(sentences, text, from, cut);
    from = cut;
  }
  push(sentences, text, from, text.length);
  return sentences;
}

/** Offsets just past each sentence-ending punctuation run in `text` (not counting the end of the text). */
export function sentenceEnds(text: string, masked: ReadonlyArray<{ start: number; end: number }> = []): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(candidate)) {
    const at = match.index;
    const end = at + match[0].length;
    if (match[0].startsWith('.') && isAbbreviation(text, at, end)) continue;
    if (masked.some((m) => end > m.start && end < m.end)) continue;
    ends.push(end);
  }
  return ends;
}

function isAbbreviation(text: string, dot: number, end: number): boolean {
  const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  // "No." abbreviates "number" only before a figure ("No. 2"); "said no. Then…" ends a sentence.
  if (word.toLowerCase() === 'no') return /^\s+\d/.test(text.slice(end));
  // A lone capital is an initial ("Silva, Ana B.") or the tail of "U.S."; neither ends a sentence in our texts.
  if (/^[A-Z]$/.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

function push(sentences: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
}

/** The sentence of `text` that holds the character at `offset`, trimmed (quotations are kept whole). */
export function sentenceAt(text: string, offset: number): string {
  return sentenceFinder(text)(offset);
}

/**
 * sentenceAt for one text and many offsets: the text is split once. A paragraph naming several people is asked
 * once per name.
 */
export function sentenceFinder(text: string): (offset: number) => string {
  const sentences = splitSentences(text, findQuoteSpans(text));
  return (offset) => (sentences.findLast((s) => s.start <= offset) ?? sentences[0])?.text ?? '';
}
