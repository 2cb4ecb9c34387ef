/**
 * Replays a ledger on the received text: each entry replaces the first whole-word occurrence of its received words
 * in its paragraph after the previous entry (or inside its `context`), which is what makes an entry's place exact.
 */
import type { LedgerEntry } from '../../model/ledger.ts';
import { excerpt, indexOfWhole, receivedParagraphs } from './text.ts';

/** Where one ledger entry landed in the received text. */
export interface Placement {
  /** The entry. */
  entry: LedgerEntry;
  /** Its 1-based position in the ledger, for messages. */
  number: number;
  /** Offset in the received text where the replaced span starts. */
  start: number;
  /** Offset where it ends; a removal also takes one neighbouring space so no double space is left. */
  end: number;
}

/** A received paragraph after the ledger's edits. */
export interface ReplayedParagraph {
  /** Its number in the received text. */
  number: number;
  /** Its text after the edits. */
  text: string;
}

/** The outcome of replaying a ledger. */
export interface Replay {
  /** Paragraphs that still have text after the edits, in order. */
  paragraphs: ReplayedParagraph[];
  /** Every entry that was found, in text order. */
  placements: Placement[];
  /** Entries that could not be placed, written for editors. */
  problems: string[];
}

/** Applies ledger entries to the received text and reports entries that do not occur. */
export function applyLedger(received: string, edits: readonly LedgerEntry[]): Replay {
  const paragraphs = receivedParagraphs(received);
  const placements: Placement[] = [];
  const problems: string[] = [];
  const cursors = new Map<number, number>();
  let lastParagraph = 0;
  edits.forEach((entry, i) => {
    const label = `edit ${i + 1} (paragraph ${entry.paragraph}, “${entry.received}”)`;
    const paragraph = paragraphs[entry.paragraph - 1];
    if (!paragraph) {
      problems.push(`${label}: the received text has only ${paragraphs.length} paragraphs`);
      return;
    }
    if (entry.paragraph < lastParagraph) {
      problems.push(`${label}: comes after an edit in paragraph ${lastParagraph}; keep the ledger in text order`);
      return;
    }
    lastParagraph = entry.paragraph;
    const cursor = cursors.get(entry.paragraph) ?? 0;
    const at = locate(paragraph.text, entry, cursor);
    if (at === -1) {
      const earlier = indexOfWhole(paragraph.text, entry.received) !== -1;
      const where = entry.context ? `“${entry.context}”` : `“${entry.received}”`;
      problems.push(
        `${label}: ${where} does not occur in paragraph ${entry.paragraph} after the previous edit` +
          (earlier
            ? ' (it occurs earlier: is the entry out of order?)'
            : ` (the paragraph reads “${excerpt(paragraph.text, 0, 0, 60)}”)`),
      );
      return;
    }
    const [start, end] = span(paragraph.text, at, at + entry.received.length, entry.reading === '');
    cursors.set(entry.paragraph, end);
    placements.push({ entry, number: i + 1, start: paragraph.start + start, end: paragraph.start + end });
  });
  return { paragraphs: replay(received, paragraphs, placements), placements, problems };
}

function locate(text: string, entry: LedgerEntry, cursor: number): number {
  if (!entry.context) return indexOfWhole(text, entry.received, cursor);
  const contextAt = indexOfWhole(text, entry.context, cursor);
  if (contextAt === -1) return -1;
  const at = indexOfWhole(text, entry.received, contextAt);
  return at !== -1 && at + entry.received.length <= contextAt + entry.context.length ? at : -1;
}

// A removal takes the space after it (or, at the end of a paragraph, the space before it) so that
// "statements. answer." loses "answer." without leaving "statements. " behind.
function span(text: string, start: number, end: number, removal: boolean): [number, number] {
  if (!removal) return [start, end];
  if (text[end] === ' ' && (start === 0 || text[start - 1] === ' ')) return [start, end + 1];
  if (end === text.length && text[start - 1] === ' ') return [start - 1, end];
  return [start, end];
}

function replay(
  received: string,
  paragraphs: ReturnType<typeof receivedParagraphs>,
  placements: readonly Placement[],
): ReplayedParagraph[] {
  const result: ReplayedParagraph[] = [];
  for (const paragraph of paragraphs) {
    const end = paragraph.start + paragraph.text.length;
    let text = '';
    let at = paragraph.start;
    for (const placement of placements) {
      if (placement.start < paragraph.start || placement.start >= end) continue;
      text += received.slice(at, placement.start) + placement.entry.reading;
      at = placement.end;
    }
    text += received.slice(at, end);
    if (text.trim() !== '') result.push({ number: paragraph.number, text });
  }
  return result;
}
