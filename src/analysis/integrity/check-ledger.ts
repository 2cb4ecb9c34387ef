/**
 * The ledger check: replays the ledger on the received text and compares the result with the reading edition
 * word by word. Any remaining difference is an edit the ledger does not explain.
 */
import { applyLedger, type Placement } from './apply-ledger.ts';
import type { Ledger } from '../../model/ledger.ts';
import { bodyParagraphs, paragraphBreak } from './text.ts';
import { wordDiff, type Hunk } from './word-diff.ts';

/** What the check found. */
export interface LedgerCheck {
  /** Every problem, written for the editor; empty when the ledger explains the reading edition exactly. */
  problems: string[];
  /** Where each entry landed in the received text. */
  placements: Placement[];
}

/** Checks that `ledger` turns `received` into `readingBody` exactly; `file` names the ledger in messages. */
export function checkLedger(received: string, readingBody: string, ledger: Ledger, file: string): LedgerCheck {
  const replay = applyLedger(received, ledger.edits);
  const hunks = wordDiff(
    replay.paragraphs.map((p) => p.text),
    bodyParagraphs(readingBody),
  );
  const unexplained = hunks.map((hunk) => describe(hunk, replay.paragraphs[hunk.paragraph]?.number));
  const problems = [...replay.problems, ...unexplained].map((problem) => `${file}: ${problem}`);
  return { problems, placements: replay.placements };
}

function describe(hunk: Hunk, paragraph: number | undefined): string {
  const where = `${paragraph === undefined ? 'at the end' : `paragraph ${paragraph}`}${hunk.context ? `, after “${hunk.context}”` : ''}`;
  const before = show(hunk.before);
  const after = show(hunk.after);
  if (hunk.after === '')
    return `${where}: the received “${before}” is missing from the reading edition and no ledger entry removes it`;
  if (hunk.before === '') return `${where}: the reading edition adds “${after}”, which no ledger entry explains`;
  return `${where}: the reading edition has “${after}” where the received text has “${before}”, and no ledger entry explains the change`;
}

function show(text: string): string {
  const shown = text.replaceAll(paragraphBreak, ' ¶ ').trim();
  return shown === '' ? '(a space)' : shown;
}
