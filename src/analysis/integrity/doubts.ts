/**
 * What a reader should know about the restored words of a reading edition: which were checked against an
 * independent copy of the original (the ledger entry has `evidence`) and which are the editors' best guess, and
 * where each guess sits in the reading edition, so the page can mark it where the reader reads.
 */
import type { Ledger, LedgerEntry } from '../../model/ledger.ts';
import { applyLedger } from './apply-ledger.ts';
import { indexOfWhole, receivedParagraphs } from './text.ts';

/** A restored word that no copy confirms, placed in the reading edition. */
export interface Doubt {
  /** 0-based index of the reading edition's paragraph (its blocks in order). */
  paragraph: number;
  /** The reading words, as the body has them. */
  reading: string;
  /** How many whole-word occurrences of `reading` come before it in its paragraph. */
  occurrence: number;
  /** What the received text had. */
  received: string;
  /** Other readings the editors considered, when the ledger lists them. */
  alternatives: string[];
}

/**
 * The restored words of an article, counted by what they rest on. A correction without evidence rests on the
 * source it names (a checked fact), so it is neither: it is counted with the corrections.
 */
export interface RestorationChecks {
  /** Restored or corrected words checked against a copy of the original. */
  evidenced: number;
  /** Restored words (spinner edits) no copy confirms: the editors' best guess. */
  conjectures: number;
  /** Where each guess sits, for the page to mark. */
  doubts: Doubt[];
}

/** An entry that puts words of the editors' choosing into the text: a restoration or a correction. */
export function restoresWords(entry: LedgerEntry): boolean {
  return (entry.kind === 'spinner' || entry.kind === 'correction') && entry.reading.trim() !== '';
}

/** Counts the restored words of a ledger and places the unconfirmed ones in the reading edition. */
export function restorationChecks(received: string, ledger: Ledger): RestorationChecks {
  const { placements } = applyLedger(received, ledger.edits);
  const doubts: Doubt[] = [];
  let evidenced = 0;
  let conjectures = 0;
  let index = 0;
  for (const paragraph of receivedParagraphs(received)) {
    const end = paragraph.start + paragraph.text.length;
    let text = '';
    let at = paragraph.start;
    const here: { start: number; entry: LedgerEntry }[] = [];
    for (const placement of placements) {
      if (placement.start < paragraph.start || placement.start >= end) continue;
      text += received.slice(at, placement.start);
      here.push({ start: text.length, entry: placement.entry });
      text += placement.entry.reading;
      at = placement.end;
    }
    text += received.slice(at, end);
    if (text.trim() === '') continue;
    for (const { start, entry } of here) {
      if (!restoresWords(entry)) continue;
      if (entry.evidence) {
        evidenced++;
        continue;
      }
      if (entry.kind !== 'spinner') continue;
      conjectures++;
      doubts.push({
        paragraph: index,
        reading: entry.reading,
        occurrence: wholeWordOccurrences(text.slice(0, start), entry.reading),
        received: entry.received,
        alternatives: entry.alternatives ?? [],
      });
    }
    index++;
  }
  return { evidenced, conjectures, doubts };
}

/** Whole-word occurrences of `needle` in `text`. */
export function wholeWordOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = indexOfWhole(text, needle); at !== -1; at = indexOfWhole(text, needle, at + 1)) count++;
  return count;
}
