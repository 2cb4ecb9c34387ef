/**
 * The received text cut into segments for the page `/articles/<slug>/received/`: unchanged runs and edits, in
 * order, so the page can show every edit beside its reading words. The received sides of the segments, joined,
 * are the received text exactly: nothing is lost.
 */
import { checkLedger } from './check-ledger.ts';
import { editKinds, type EditKind } from '../../model/edit-kinds.ts';
import type { Ledger } from '../../model/ledger.ts';

/** One segment of the received text. */
export type Segment =
  | {
      /** Text the reading edition keeps as received. */
      kind: 'same';
      /** The received text of the run, line breaks included. */
      text: string;
    }
  | {
      /** Text the reading edition changes. */
      kind: 'edit';
      /** The received text of the edit, exactly. */
      received: string;
      /** What the reading edition has instead ('' for a removal). */
      reading: string;
      /** The ledger's kind for the edit. */
      editKind: EditKind;
      /** The entry's own reason, or the kind's standard one. */
      why: string;
      /** The source of a correction. */
      source?: string;
      /** Where the reading words were read in a copy of the original: the copy's id and its words. */
      evidence?: { copy: string; words: string };
    };

/**
 * Cuts the received text into segments from its ledger, after checking that the ledger explains the reading
 * edition exactly; throws the check's problems otherwise, since a page built from a wrong ledger would mislead.
 */
export function receivedSegments(received: string, readingBody: string, ledger: Ledger, file = 'ledger'): Segment[] {
  const check = checkLedger(received, readingBody, ledger, file);
  if (check.problems.length > 0)
    throw new Error(`The ledger does not match the reading edition:\n${check.problems.join('\n')}`);
  const segments: Segment[] = [];
  let at = 0;
  for (const { entry, start, end } of check.placements) {
    if (start > at) segments.push({ kind: 'same', text: received.slice(at, start) });
    segments.push({
      kind: 'edit',
      received: received.slice(start, end),
      reading: entry.reading,
      editKind: entry.kind,
      why: entry.why ?? editKinds[entry.kind],
      ...(entry.source !== undefined ? { source: entry.source } : {}),
      ...(entry.evidence !== undefined ? { evidence: entry.evidence } : {}),
    });
    at = end;
  }
  if (at < received.length) segments.push({ kind: 'same', text: received.slice(at) });
  return segments;
}

/** Counts a ledger's edits by kind, for the notice at the top of a restored article. */
export function countEditsByKind(ledger: Pick<Ledger, 'edits'>): Record<EditKind, number> {
  const counts = Object.fromEntries(Object.keys(editKinds).map((kind) => [kind, 0])) as Record<EditKind, number>;
  for (const entry of ledger.edits) counts[entry.kind]++;
  return counts;
}
