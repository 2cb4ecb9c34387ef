/**
 * Aligns a received text with an independent copy of the original, word by word, so that restore can settle from
 * the copy what the substitution table can only guess: where the copy has the received word, the word was original
 * and is left alone; where it has another word in the same place, that word is the original, with the copy's words
 * around it as evidence. Only differences inside a passage where most words agree count, so a copy that is cut short
 * or follows another version settles nothing it does not clearly line up with.
 */
import { diffArrays } from 'diff';

/** A received word as restore sees it: its text and offsets in the received text. */
export interface AlignedWord {
  text: string;
  start: number;
  end: number;
}

/** What one copy says about a received word. */
export type CopyReading =
  { kind: 'same'; copy: string } | { kind: 'differs'; copy: string; original: string; words: string };

/** A copy of the original given to restore. */
export interface OriginalCopy {
  /** Its id, for the ledger's evidence. */
  id: string;
  text: string;
}

/**
 * A received word counts as covered by a copy when, of the WINDOW words before and after it, at least WINDOW stand
 * where the copy has them too: a spinner leaves about half the words alone, an unrelated passage far fewer.
 */
const WINDOW = 6;
/** The copy's words quoted on each side of a settled word as evidence. */
const AROUND = 4;

const wordsOf = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index }));
const fold = (word: string) => word.toLowerCase();

/**
 * For each received word (by its start offset), what the copies say: the first copy that lines up with it wins.
 * A run of differing words is settled only when it has as many words on each side (one to three) and sits in a
 * passage the copy covers.
 */
export function alignCopies(received: string, copies: readonly OriginalCopy[]): Map<number, CopyReading> {
  const readings = new Map<number, CopyReading>();
  const ours = wordsOf(received);
  for (const copy of copies) {
    const theirs = wordsOf(copy.text);
    const changes = diffArrays(
      ours.map((w) => fold(w.text)),
      theirs.map((w) => fold(w.text)),
    );
    // Which received words the copy has in the same place, to tell a passage the copy covers from one it lacks.
    const equal = new Array<boolean>(ours.length).fill(false);
    let at = 0;
    for (const change of changes) {
      const count = change.count ?? change.value.length;
      if (change.added) continue;
      if (!change.removed) for (let n = 0; n < count; n++) equal[at + n] = true;
      at += count;
    }
    const covered = (index: number) => {
      let agree = 0;
      for (let n = index - WINDOW; n <= index + WINDOW; n++) if (n !== index && equal[n]) agree++;
      return agree >= WINDOW;
    };
    let i = 0;
    let j = 0;
    for (let k = 0; k < changes.length; k++) {
      const change = changes[k]!;
      const count = change.count ?? change.value.length;
      if (!change.added && !change.removed) {
        for (let n = 0; n < count; n++) {
          const start = ours[i + n]!.start;
          if (covered(i + n) && !readings.has(start)) readings.set(start, { kind: 'same', copy: copy.id });
        }
        i += count;
        j += count;
        continue;
      }
      const next = changes[k + 1];
      if (change.removed && next?.added) {
        const theirCount = next.count ?? next.value.length;
        if (count === theirCount && count <= 3 && covered(i)) {
          const from = Math.max(0, j - AROUND);
          const to = Math.min(theirs.length, j + theirCount + AROUND);
          const words = copy.text.slice(theirs[from]!.start, theirs[to - 1]!.start + theirs[to - 1]!.text.length);
          for (let n = 0; n < count; n++) {
            const start = ours[i + n]!.start;
            if (readings.get(start)?.kind !== 'differs')
              readings.set(start, { kind: 'differs', copy: copy.id, original: theirs[j + n]!.text, words });
          }
        }
        i += count;
        j += theirCount;
        k++;
        continue;
      }
      if (change.removed) i += count;
      else j += count;
    }
  }
  return readings;
}
