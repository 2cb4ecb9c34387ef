/**
 * Editors' notes: factual errors the editors found in the received text but did not change in it (a wrong day, a
 * wrong title), placed in the reading edition so the page can show each beside its paragraph, and the timeline can
 * date an event by the corrected day.
 */
import type { Ledger } from '../../model/ledger.ts';
import { applyLedger } from './apply-ledger.ts';
import { indexOfWhole, receivedParagraphs } from './text.ts';

/** An editors' note placed in the reading edition. */
export interface PlacedNote {
  /** 0-based index of the reading edition's paragraph. */
  paragraph: number;
  /** The words the note is about, as the text has them. */
  words: string;
  /** The note, a sentence for readers. */
  note: string;
  /** The corrected date of an event the words date, YYYY-MM-DD. */
  date?: string;
  /** Where the corrected fact comes from. */
  source: string;
}

/** Places a ledger's notes; a note whose words are not in its paragraph's reading text is returned in `problems`. */
export function placeNotes(received: string, ledger: Ledger): { notes: PlacedNote[]; problems: string[] } {
  const replay = applyLedger(received, ledger.edits);
  const index = new Map(replay.paragraphs.map((p, i) => [p.number, i]));
  const notes: PlacedNote[] = [];
  const problems: string[] = [];
  const count = receivedParagraphs(received).length;
  (ledger.notes ?? []).forEach((n, i) => {
    const at = index.get(n.paragraph);
    const text = at === undefined ? undefined : replay.paragraphs[at]!.text;
    if (n.paragraph > count || text === undefined || indexOfWhole(text, n.words) === -1) {
      problems.push(
        `note ${i + 1}: the words “${n.words}” are not in paragraph ${n.paragraph} of the reading edition; ` +
          'quote them as the reading edition has them, from the received paragraph the note names.',
      );
      return;
    }
    notes.push({ paragraph: at!, words: n.words, note: n.note, source: n.source, ...(n.date && { date: n.date }) });
  });
  return { notes, problems };
}
