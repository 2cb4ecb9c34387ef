/**
 * The restoration tool's core: from a received text and the substitution table, propose a reading edition, the
 * ledger entries that produce it, and the spots only an editor can decide. It never guesses: a spun form with no
 * matching rule and no default is left as received and listed.
 */
import { applyLedger } from './apply-ledger.ts';
import { alignCopies, type OriginalCopy } from './copy-alignment.ts';
import type { LedgerEntry } from '../../model/ledger.ts';
import type { Substitution, SubstitutionTable } from '../../model/substitution-table.ts';
import { excerpt, indexOfWhole, receivedParagraphs } from './text.ts';

/** A spot the table cannot decide. */
export interface Undecided {
  /** Received paragraph number. */
  paragraph: number;
  /** Offset of the spun form in the received text. */
  offset: number;
  /** The spun form as received. */
  received: string;
  /** The received words around it. */
  context: string;
  /** What it may stand for, from the table. */
  candidates: string[];
}

/** What the tool proposes. */
export interface Proposal {
  /** The proposed reading edition: received paragraphs with the decided restorations, separated by blank lines. */
  reading: string;
  /** Ledger entries (kind spinner) that turn the received text into the proposal. */
  edits: LedgerEntry[];
  /** Spots left as received for the editor to decide. */
  undecided: Undecided[];
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** What restore must leave alone besides the table's own rules. */
export interface RestoreOptions {
  /** Names (registered names and aliases) whose words are never edited, matched whole and case-sensitively. */
  protectedNames?: readonly string[];
  /**
   * Independent copies of the original. Where a copy lines up with the received text, it decides: a word the copy
   * has too is left alone, a word the copy has another word for takes that word, with the copy's words as evidence;
   * only the rest falls back to the table.
   */
  copies?: readonly OriginalCopy[];
}

/**
 * Proposes a reading edition, its ledger entries and the undecided spots for one received text. It never edits a
 * word inside a number ("8.1", "1,400", "2:40", "$3.2m"), a hyphenated term ("astatine-210", "5-2") or a
 * protected name: the spinner replaced whole words between spaces, so a word joined to a digit or a hyphen is the
 * writer's.
 */
export function restore(received: string, table: SubstitutionTable, options: RestoreOptions = {}): Proposal {
  const byFirstWord = indexTable(table);
  const names = (options.protectedNames ?? []).filter((name) => /[\p{L}\p{N}]/u.test(name));
  const copies = alignCopies(received, options.copies ?? []);
  const edits: LedgerEntry[] = [];
  const undecided: Undecided[] = [];
  for (const paragraph of receivedParagraphs(received)) {
    const words = [...paragraph.text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
    const found: { start: number; received: string; reading: string; evidence?: LedgerEntry['evidence'] }[] = [];
    const fenced = protectedSpans(paragraph.text, names);
    for (let i = 0; i < words.length;) {
      if (joined(paragraph.text, words[i]!) || overlaps(fenced, words[i]!, words[i]!)) {
        i++;
        continue;
      }
      const copy = copies.get(paragraph.start + words[i]!.start);
      if (copy) {
        if (copy.kind === 'differs' && copy.original.toLowerCase() !== words[i]!.text.toLowerCase())
          found.push({
            start: words[i]!.start,
            received: words[i]!.text,
            reading: copy.original,
            evidence: { copy: copy.copy, words: copy.words },
          });
        i++;
        continue;
      }
      const match = longestMatch(paragraph.text, words, i, byFirstWord.get(words[i]!.text.toLowerCase()) ?? []);
      if (!match) {
        i++;
        continue;
      }
      const { substitution, length } = match;
      const last = words[i + length - 1]!;
      if (joined(paragraph.text, last) || overlaps(fenced, words[i]!, last)) {
        i++;
        continue;
      }
      const spunText = paragraph.text.slice(words[i]!.start, words[i + length - 1]!.end);
      const original = decide(substitution, words.slice(0, i), words.slice(i + length));
      if (original === undefined) {
        undecided.push({
          paragraph: paragraph.number,
          offset: paragraph.start + words[i]!.start,
          received: spunText,
          context: excerpt(paragraph.text, words[i]!.start, words[i + length - 1]!.end),
          candidates: candidates(substitution),
        });
      } else if (original.toLowerCase() !== spunText.toLowerCase()) {
        const sentenceStart = /(?:^|[.?!:—–][”’"')*]*\s+)[“‘"'(*]*$/u.test(paragraph.text.slice(0, words[i]!.start));
        found.push({
          start: words[i]!.start,
          received: spunText,
          reading: matchCase(original, spunText, sentenceStart),
        });
      }
      i += length;
    }
    edits.push(...placeEntries(paragraph.number, paragraph.text, found));
  }
  const replay = applyLedger(received, edits);
  return { reading: replay.paragraphs.map((p) => p.text).join('\n\n'), edits, undecided };
}

function indexTable(table: SubstitutionTable): Map<string, { substitution: Substitution; words: string[] }[]> {
  const index = new Map<string, { substitution: Substitution; words: string[] }[]>();
  for (const substitution of table.substitutions) {
    const words = substitution.spun.toLowerCase().split(/\s+/);
    const list = index.get(words[0]!) ?? [];
    list.push({ substitution, words });
    index.set(words[0]!, list);
  }
  // Longest spun forms first, so that "arsenic good arsenic" wins over "arsenic".
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function longestMatch(
  text: string,
  words: readonly Word[],
  i: number,
  options: readonly { substitution: Substitution; words: string[] }[],
): { substitution: Substitution; length: number } | undefined {
  for (const option of options) {
    const last = words[i + option.words.length - 1];
    if (!last) continue;
    const slice = text.slice(words[i]!.start, last.end).toLowerCase();
    if (slice === option.words.join(' ')) return { substitution: option.substitution, length: option.words.length };
  }
  return undefined;
}

function decide(substitution: Substitution, before: readonly Word[], after: readonly Word[]): string | undefined {
  for (const rule of substitution.rules) {
    const previousOk = rule.previous === undefined || rule.previous.some((p) => endsWith(before, p));
    const nextOk = rule.next === undefined || rule.next.some((p) => startsWith(after, p));
    if (previousOk && nextOk) return rule.original;
  }
  return substitution.original;
}

function endsWith(words: readonly Word[], phrase: string): boolean {
  const wanted = phrase.toLowerCase().split(/\s+/);
  return (
    wanted.length <= words.length && wanted.every((w, k) => same(words[words.length - wanted.length + k]!.text, w))
  );
}

function startsWith(words: readonly Word[], phrase: string): boolean {
  const wanted = phrase.toLowerCase().split(/\s+/);
  return wanted.length <= words.length && wanted.every((w, k) => same(words[k]!.text, w));
}

function same(word: string, wanted: string): boolean {
  return wanted === '#' ? /^\p{N}+$/u.test(word) : word.toLowerCase() === wanted;
}

function candidates(substitution: Substitution): string[] {
  const all = [
    ...substitution.rules.map((r) => r.original),
    ...(substitution.original ? [substitution.original] : []),
    ...substitution.alternatives,
  ];
  return [...new Set(all)];
}

// A spun form in capitals ("SUCCESSFUL THE ROOM") gives an original in capitals; a capital first letter, or a
// digit at the start of a sentence ("2 officials said" for "Two officials said"), a capital first letter.
function matchCase(original: string, spun: string, sentenceStart: boolean): string {
  if (/\p{Lu}/u.test(spun) && !/\p{Ll}/u.test(spun) && /\p{L}.*\p{L}/u.test(spun)) return original.toUpperCase();
  const capital = /^\p{Lu}/u.test(spun) || (/^\p{N}/u.test(spun) && sentenceStart);
  return capital ? original.charAt(0).toUpperCase() + original.slice(1) : original;
}

/** A word joined to a hyphen ("astatine-210", "5-2") or to a number's punctuation ("3.2", "1,400", "2:40", "$3"). */
function joined(text: string, word: Word): boolean {
  const before = text.slice(Math.max(0, word.start - 2), word.start);
  const after = text.slice(word.end, word.end + 2);
  const hyphenated = /[\p{L}\p{N}][-‐‑]$/u.test(before) || /^[-‐‑][\p{L}\p{N}]/u.test(after);
  const inNumber = /\p{N}[.,:/]$/u.test(before) || /^[.,:/]\p{N}/u.test(after) || /[$£€¥]$/u.test(before);
  return hyphenated || inNumber;
}

function overlaps(spans: readonly [number, number][], first: Word, last: Word): boolean {
  return spans.some(([from, to]) => first.start < to && last.end > from);
}

/** The spans of a paragraph taken by protected names, matched whole. */
function protectedSpans(text: string, names: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const name of names) {
    for (let at = indexOfWhole(text, name); at !== -1; at = indexOfWhole(text, name, at + 1))
      spans.push([at, at + name.length]);
  }
  return spans;
}

/**
 * Turns edits found at known offsets of one paragraph into ledger entries, adding a `context` where an earlier
 * occurrence of the same words after the previous entry would otherwise be taken.
 */
export function placeEntries(
  paragraph: number,
  text: string,
  found: readonly {
    start: number;
    received: string;
    reading: string;
    kind?: LedgerEntry['kind'];
    evidence?: LedgerEntry['evidence'];
  }[],
): LedgerEntry[] {
  let cursor = 0;
  return found.map(({ start, received, reading, kind, evidence }) => {
    const entry: LedgerEntry = { paragraph, received, reading, kind: kind ?? 'spinner', ...(evidence && { evidence }) };
    if (indexOfWhole(text, received, cursor) !== start) {
      let end = start + received.length;
      do end = nextWordEnd(text, end);
      while (indexOfWhole(text, text.slice(start, end), cursor) !== start && end < text.length);
      entry.context = text.slice(start, end);
    }
    cursor = start + received.length;
    return entry;
  });
}

function nextWordEnd(text: string, from: number): number {
  const match = /\s*\S+/y;
  match.lastIndex = from;
  return match.exec(text) ? match.lastIndex : text.length;
}
